import assert from 'node:assert/strict';
import { renderDigest } from '../../../src/cards/digest-card';
import { cardOf, cardProblems, cardText } from '../../support/cards';

describe('weekly digest card', () => {
  const now = new Date('2026-11-24T14:05:00Z');

  it('shows each heading with its lines, escaped, and when it last changed', () => {
    const { summary, activity } = renderDigest(
      {
        weekOf: '2026-11-23',
        mayPost: true,
        sections: [{ title: 'Services to book', lines: ['ChECS (Crewe): overdue *since* Sun, 15 Nov 2026'] }],
      },
      now,
    );
    const card = cardOf(activity)!;
    assert.equal(summary, 'Weekly digest: week of Mon, 23 Nov 2026');
    assert.deepEqual(cardProblems(card), []);
    assert.equal(
      cardText(card),
      [
        'Weekly digest: week of Mon, 23 Nov 2026',
        'Everything open as of 24 Nov 2026, 14:05. This card updates itself through the week.',
        'Services to book',
        '- ChECS \\(Crewe\\): overdue \\*since\\* Sun, 15 Nov 2026',
      ].join('\n'),
    );
  });

  it('shows overdue actions with their owner and month, the count of the rest last', () => {
    const { activity } = renderDigest(
      {
        weekOf: '2026-11-23',
        mayPost: true,
        sections: [
          {
            title: 'Actions from visits overdue',
            lines: ['ChECS: Review the duty rota — Ruth Evans, due October 2026', 'and 4 more'],
          },
        ],
      },
      now,
    );
    const card = cardOf(activity)!;
    assert.deepEqual(cardProblems(card), []);
    assert.match(
      cardText(card),
      /Actions from visits overdue\n- ChECS: Review the duty rota — Ruth Evans, due October 2026\n- and 4 more$/,
    );
  });

  it('says so when nothing is open', () => {
    const card = cardOf(renderDigest({ weekOf: '2026-11-23', mayPost: true, sections: [] }, now).activity)!;
    assert.deepEqual(cardProblems(card), []);
    assert.match(cardText(card), /Nothing is open/);
  });
});
