import assert from 'node:assert/strict';
import { renderNudge } from '../../src/cards/nudge-card';
import { loadForms } from '../../src/visits/forms';
import { actionsOf } from '../support/card-driver';
import { cardOf, cardProblems, cardText } from '../support/cards';

describe('nudge messages', () => {
  const form = loadForms().latest('signs-of-safety');

  it('sends most nudges as one escaped line', () => {
    const activity = renderNudge(
      { key: 'k', to: { kind: 'partnerships' }, text: 'ChECS (Crewe) is *overdue*.' },
      form,
    );
    assert.deepEqual(activity, { text: 'ChECS \\(Crewe\\) is \\*overdue\\*.', textFormat: 'markdown' });
  });

  it('sends the reminder before a booked visit as a card with the guidance and a Start button', () => {
    const activity = renderNudge(
      {
        key: 'k',
        to: { kind: 'person', aadObjectId: 'a' },
        text: 'Your visit to ChECS is on 2026-12-01.',
        startsBooking: 'b-1',
      },
      form,
    );
    const card = cardOf(activity)!;
    assert.deepEqual(cardProblems(card), []);
    assert.match(
      cardText(card),
      /Outcomes for children:\*\* How are you making a real difference for children\?/,
    );
    assert.deepEqual(
      actionsOf(card).map((a) => [a.title, a.verb, a.data]),
      [['Start the form', 'visit.create', { bookingId: 'b-1' }]],
    );
  });
});
