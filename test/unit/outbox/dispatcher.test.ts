import assert from 'node:assert/strict';
import { createDispatcher, type Send } from '../../../src/outbox/dispatcher';
import type { Address, NewMessage, OutboxMessage } from '../../../src/outbox/types';
import { createLogger } from '../../../src/kernel/log';
import { createLanes } from '../../../src/outbox/lanes';
import type { LaneStore, OutboxStore } from '../../../src/outbox/store';
import { EMPTY_LANE, type Lane } from '../../../src/outbox/throttle';

/** An outbox store in memory: enough to test the dispatcher's decisions (storage itself is tested on Azurite). */
function memoryStore(name: string, messages: OutboxMessage[]): OutboxStore {
  let version = 0;
  return {
    name,
    enqueue: async (message: NewMessage, now: Date) => {
      if (!messages.some((m) => m.id === message.id))
        messages.push(row(name, 'outbox', message.id, now.toISOString(), message));
    },
    listWaiting: async () =>
      messages.filter((m) => m.status === 'pending' || m.status === 'sending').map((m) => ({ ...m })),
    listOpen: async () => messages.filter((m) => m.status !== 'sent').map((m) => ({ ...m })),
    get: async (_partition, id) => {
      const found = messages.find((m) => m.id === id);
      return found && { ...found };
    },
    update: async (message, patch) => {
      const index = messages.findIndex((m) => m.id === message.id);
      if (messages[index]!.etag !== message.etag) return undefined;
      messages[index] = { ...messages[index]!, ...patch, etag: `e${++version}` };
      return { ...messages[index]! };
    },
  };
}

/** Lanes in memory (the real ones, on Azurite, are tested in test/integration/delivery-limits.test.ts). */
function memoryLanes(): LaneStore {
  const lanes = new Map<string, { lane: Lane; etag: string }>();
  let version = 0;
  return {
    read: async (conversation) => lanes.get(conversation) ?? { lane: EMPTY_LANE },
    write: async (conversation, lane, etag) => {
      if (lanes.get(conversation)?.etag !== etag) return false;
      lanes.set(conversation, { lane, etag: `l${++version}` });
      return true;
    },
  };
}

/** What every dispatcher here shares: the clock, lanes, one instance, a day to give up in. */
const edges = (now: Date) => ({
  clock: { now: () => now },
  lanes: createLanes(memoryLanes(), { now: () => now }),
  instances: { heartbeat: async () => undefined, alive: async () => 1 },
  instanceId: 'test',
  giveUpAfterMs: 24 * 3_600_000,
  log: createLogger(() => undefined),
  sleep: async () => undefined,
});

function row(
  store: string,
  partition: string,
  id: string,
  createdAt: string,
  extra: Partial<OutboxMessage> = {},
): OutboxMessage {
  return {
    id,
    store,
    partition,
    rowKey: `outbox|${id}`,
    to: { kind: 'partnerships' },
    kind: 'post',
    summary: id,
    activity: { text: id },
    status: 'pending',
    attempts: 0,
    nextAttemptAt: createdAt,
    createdAt,
    etag: 'e0',
    ...extra,
  };
}

describe('outbox dispatcher', () => {
  const now = new Date('2026-11-24T10:00:00Z');
  const target = {
    serviceUrl: 'http://connector',
    conversationId: 'c',
    conversationType: 'channel',
    tenantId: 't',
  };
  const make = (
    messages: OutboxMessage[],
    send: Send,
    resolve = async (_to: Address) => target as typeof target | undefined,
  ) => {
    const store = memoryStore('Visits', messages);
    const standalone = memoryStore('Outbox', []);
    return createDispatcher({
      stores: [store, standalone],
      standalone,
      resolve,
      send,
      ...edges(now),
    });
  };

  it("keeps a partition's messages in order: one waiting to retry holds back the later ones", async () => {
    const sent: string[] = [];
    const messages = [
      row('Visits', 'v1', 'first', '2026-11-24T09:00:00Z', {
        attempts: 1,
        nextAttemptAt: '2026-11-24T10:05:00Z',
      }),
      row('Visits', 'v1', 'second', '2026-11-24T09:01:00Z'),
      row('Visits', 'v2', 'other visit', '2026-11-24T09:02:00Z'),
    ];
    const delivered = await make(
      messages,
      async (_t, activity) => (sent.push(String(activity.text)), { ok: true, activityId: 'a' }),
    ).tick();
    assert.equal(delivered, 1);
    assert.deepEqual(sent, ['other visit']);
  });

  it('sends an update only after the post it replaces, to that post in the conversation its post answered', async () => {
    const replaced: unknown[] = [];
    const messages = [
      row('Visits', 'v1', 'post', '2026-11-24T09:00:00Z'),
      row('Visits', 'v1', 'update', '2026-11-24T09:01:00Z', { kind: 'update', replaces: 'post' }),
    ];
    const dispatcher = make(
      messages,
      async (_t, _a, replace) => (
        replaced.push(replace),
        { ok: true, activityId: 'teams-1', conversationId: 'c;messageid=teams-1' }
      ),
    );
    assert.equal(await dispatcher.tick(), 2);
    assert.deepEqual(replaced, [undefined, { conversationId: 'c;messageid=teams-1', activityId: 'teams-1' }]);
  });

  it('a recipient that cannot be reached yet holds back its own messages only', async () => {
    const sent: string[] = [];
    const alex: Address = { kind: 'person', aadObjectId: 'alex' };
    const messages = [
      row('Visits', 'outbox', 'to an unlinked channel', '2026-11-24T09:00:00Z'),
      row('Visits', 'outbox', 'to Alex', '2026-11-24T09:01:00Z', { to: alex }),
      row('Visits', 'outbox', 'to the channel again', '2026-11-24T09:02:00Z'),
    ];
    const delivered = await make(
      messages,
      async (_t, activity) => (sent.push(String(activity.text)), { ok: true }),
      async (to) => (to.kind === 'person' ? target : undefined),
    ).tick();
    assert.equal(delivered, 1);
    assert.deepEqual(sent, ['to Alex']);
    assert.equal(messages[0]?.status, 'pending', 'the unaddressed message waits for its link');
  });

  it('gives up on an update whose post died, without holding back what follows', async () => {
    const sent: string[] = [];
    const messages = [
      row('Visits', 'v1', 'post', '2026-11-24T09:00:00Z', { status: 'dead' }),
      row('Visits', 'v1', 'update', '2026-11-24T09:01:00Z', { kind: 'update', replaces: 'post' }),
      row('Visits', 'v1', 'next', '2026-11-24T09:02:00Z'),
    ];
    const dispatcher = make(
      messages,
      async (_t, activity) => (sent.push(String(activity.text)), { ok: true }),
    );
    await dispatcher.tick();
    await dispatcher.tick();
    assert.equal(messages[1]?.status, 'dead');
    assert.match(String(messages[1]?.lastError), /never delivered/);
    assert.deepEqual(sent, ['next']);
  });

  it('does not send a message another instance has claimed, while its claim lasts', async () => {
    let sends = 0;
    const messages = [
      row('Visits', 'v1', 'm', '2026-11-24T09:00:00Z', {
        status: 'sending',
        leaseUntil: '2026-11-24T10:00:30Z',
      }),
    ];
    assert.equal(await make(messages, async () => (sends++, { ok: true })).tick(), 0);
    messages[0] = { ...messages[0]!, leaseUntil: '2026-11-24T09:59:00Z' };
    assert.equal(
      await make(messages, async () => (sends++, { ok: true })).tick(),
      1,
      'an expired claim is taken over',
    );
    assert.equal(sends, 1);
  });

  it('marks a message dead on a permanent failure and queues one notice for the partnerships channel', async () => {
    const messages = [
      row('Visits', 'v1', 'm', '2026-11-24T09:00:00Z', { to: { kind: 'service', serviceId: 'checs' } }),
    ];
    const store = memoryStore('Visits', messages);
    const notices: OutboxMessage[] = [];
    const standalone = memoryStore('Outbox', notices);
    const dispatcher = createDispatcher({
      stores: [store, standalone],
      standalone,
      resolve: async () => target,
      send: async () => ({ ok: false, status: 400, error: 'Bad request' }),
      ...edges(now),
    });
    await dispatcher.tick();
    assert.equal(messages[0]?.status, 'dead');
    assert.equal(notices.length, 1);
    assert.match(
      String(notices[0]?.activity.text),
      /could not deliver "m" after 1 attempt \(last error 400\)/,
    );
  });

  it('a channel Teams cannot find (404) is not retried: it is reported as "re-link it", and linking again requeues it', async () => {
    const messages = [
      row('Visits', 'v1', 'm', '2026-11-24T09:00:00Z', { to: { kind: 'service', serviceId: 'checs' } }),
      row('Visits', 'v2', 'other', '2026-11-24T09:00:00Z', { to: { kind: 'service', serviceId: 'checs' } }),
    ];
    const store = memoryStore('Visits', messages);
    const notices: OutboxMessage[] = [];
    const standalone = memoryStore('Outbox', notices);
    const attempts: string[] = [];
    const dispatcher = createDispatcher({
      stores: [store, standalone],
      standalone,
      resolve: async () => target,
      send: async (_t, activity) => {
        attempts.push(String(activity.text));
        return activity.text === 'm' || activity.text === 'other'
          ? { ok: false, status: 404, error: 'Conversation not found' }
          : { ok: true };
      },
      ...edges(now),
    });
    await dispatcher.tick();
    assert.deepEqual(
      attempts.filter((text) => text === 'm' || text === 'other'),
      ['m', 'other'],
      'one attempt each, no retries',
    );
    assert.deepEqual(
      messages.map((m) => m.status),
      ['dead', 'dead'],
    );
    assert.match(String(messages[0]?.lastError), /^channel not found \(404\), re-link it/);
    assert.match(
      String(notices[0]?.activity.text),
      /channel not found \(404\), re-link it.*type "link checs"/,
    );
    assert.equal(await dispatcher.requeueFor({ kind: 'partnerships' }), 0);
    assert.equal(await dispatcher.requeueFor({ kind: 'service', serviceId: 'checs' }), 2);
    assert.deepEqual(
      messages.map((m) => [m.status, m.attempts]),
      [
        ['pending', 0],
        ['pending', 0],
      ],
    );
  });
});
