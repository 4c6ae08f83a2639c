import assert from 'node:assert/strict';
import { renderDraftReminder } from '../../../src/cards/draft-reminder-card';
import { actionsOf } from '../../support/card-driver';
import { cardOf, cardProblems, cardText } from '../../support/cards';

describe('the draft deletion reminder', () => {
  const reminder = {
    visit: {
      id: 'v-1',
      serviceId: 'checs',
      serviceName: 'ChECS (Crewe)',
      date: '2026-08-20',
      status: 'draft' as const,
      councillorIds: ['alex'],
      people: ['alex'],
      lastActivityAt: '2026-08-20T11:00:00Z',
    },
    councillorId: 'alex',
    idleDue: '2026-11-18',
    deleteOn: '2026-11-18',
  };

  it('says which draft goes on which day, and offers to continue it', () => {
    const { summary, activity } = renderDraftReminder(reminder, 90);
    const card = cardOf(activity)!;
    assert.deepEqual(cardProblems(card), []);
    const text = cardText(card);
    assert.match(text, /ChECS \\\(Crewe\\\) on Thu, 20 Aug 2026 was never submitted/);
    assert.match(
      text,
      /deleted 90 days after they were last changed, so this one will be deleted on Wed, 18 Nov 2026/,
    );
    assert.equal(summary, 'Draft deletion reminder: ChECS (Crewe), Thu, 20 Aug 2026');
    assert.deepEqual(
      actionsOf(card).map((a) => [a.title, a.verb, a.data]),
      [['Continue the form', 'visit.open', { visitId: 'v-1' }]],
    );
  });
});
