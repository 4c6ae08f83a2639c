import assert from 'node:assert/strict';
import { OUTBOX_CARD_ITEMS, renderOutboxCard } from '../../../src/cards/outbox-card';
import type { OutboxMessage } from '../../../src/outbox/types';
import { actionsOf, type Card } from '../../support/card-driver';
import { cardProblems, cardText } from '../../support/cards';

const now = new Date('2026-11-24T10:00:00Z');
const message = (id: string, extra: Partial<OutboxMessage> = {}): OutboxMessage => ({
  id,
  store: 'Visits',
  partition: 'v1',
  rowKey: `outbox|${id}`,
  to: { kind: 'service', serviceId: 'checs' },
  kind: 'post',
  summary: `Message ${id}`,
  activity: {},
  status: 'pending',
  attempts: 0,
  nextAttemptAt: '2026-11-24T09:00:00Z',
  createdAt: '2026-11-24T09:00:00Z',
  etag: '',
  ...extra,
});

describe('the outbox card', () => {
  it('counts what it lists, and says how many more there are beyond the first 20', () => {
    const open = Array.from({ length: 25 }, (_, i) => ({ message: message(`m${i}`), reachable: true }));
    const card = renderOutboxCard(open, new Map(), now) as Card;
    assert.deepEqual(cardProblems(card), []);
    const text = cardText(card);
    assert.match(text, /^Outbox\n25 messages waiting to be sent, no failed deliveries\./);
    assert.equal(text.match(/^Message m\d+$/gm)?.length, OUTBOX_CARD_ITEMS);
    assert.match(text, /…and 5 more, not listed \(oldest first above\)\.$/);
  });

  it('a failed delivery says why and offers Retry; a retrying one says when; a gone channel says re-link', () => {
    const open = [
      { message: message('dead', { status: 'dead', lastError: '400: Bad request' }), reachable: true },
      {
        message: message('retry', {
          attempts: 2,
          lastError: '503: Unavailable',
          nextAttemptAt: '2026-11-24T10:05:00Z',
        }),
        reachable: true,
      },
      {
        message: message('gone', { status: 'dead', lastError: 'channel not found (404), re-link it: …' }),
        reachable: true,
      },
    ];
    const card = renderOutboxCard(open, new Map([['service:checs', 'ChECS']]), now, 'Queued again.') as Card;
    const text = cardText(card);
    assert.match(text, /1 message waiting to be sent, 2 failed deliveries\./);
    assert.match(
      text,
      /\*\*Failed:\*\* Teams answered 400 \(bad request\)\n\*\*What to do:\*\* press Retry once the cause is fixed\./,
    );
    assert.match(text, /\*\*Waiting:\*\* Teams answered 503 \(unavailable\); next try 24 Nov 2026, 10:05\./);
    assert.match(
      text,
      /\*\*What to do:\*\* mention the bot in the right channel and type \*\*link checs\*\*/,
    );
    assert.deepEqual(
      actionsOf(card).map((a) => [a.title, a.data.id]),
      [
        ['Retry', 'dead'],
        ['Retry', 'gone'],
      ],
    );
  });
});
