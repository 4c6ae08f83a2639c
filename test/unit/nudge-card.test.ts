import assert from 'node:assert/strict';
import { renderNudge } from '../../src/cards/nudge-card';
import { loadForms } from '../../src/visits/forms';
import { actionsOf } from '../support/card-driver';
import { cardOf, cardProblems, cardText } from '../support/cards';

describe('nudge messages', () => {
  const form = loadForms().latest('signs-of-safety');

  it('sends most nudges as one escaped line', () => {
    const activity = renderNudge(
      { key: 'k', topic: 'k', to: { kind: 'person', aadObjectId: 'a' }, text: 'ChECS (Crewe) is *overdue*.' },
      form,
    );
    assert.deepEqual(activity, { text: 'ChECS \\(Crewe\\) is \\*overdue\\*.', textFormat: 'markdown' });
  });

  it('sends the reminder before a booked visit as a card with the guidance and a Start button', () => {
    const activity = renderNudge(
      {
        key: 'k',
        topic: 'k',
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

  it('sends a partnerships nudge as a card with Book, Snooze 1 week and Mark as handled', () => {
    const activity = renderNudge(
      {
        key: 'service-overdue:checs:2026-11-15~2026-11-23T09:30:00Z',
        topic: 'service-overdue:checs:2026-11-15',
        to: { kind: 'partnerships' },
        text: 'ChECS was due a visit on Sun, 15 Nov 2026 and none is booked.',
        actions: ['book', 'snooze', 'handle'],
        serviceId: 'checs',
      },
      form,
    );
    const card = cardOf(activity)!;
    assert.deepEqual(cardProblems(card), []);
    const nudge = {
      topic: 'service-overdue:checs:2026-11-15',
      text: 'ChECS was due a visit on Sun, 15 Nov 2026 and none is booked.',
      actions: ['book', 'snooze', 'handle'],
      serviceId: 'checs',
    };
    assert.deepEqual(
      actionsOf(card).map((a) => [a.title, a.verb, a.data]),
      [
        ['Book', 'rota.open-schedule', { serviceId: 'checs' }],
        ['Snooze 1 week', 'nudge.snooze', nudge],
        ['Mark as handled', 'nudge.handle', nudge],
      ],
    );
  });
});
