import type { Allowed } from '../directory/access';
import type { Clock } from '../kernel/clock';
import type { Logger } from '../kernel/log';
import type { ConversationTarget } from './addresses';
import type { Lanes, Slot } from './lanes';
import { SLACK_MS } from './throttle';
import { createTenantPacer } from './pacer';
import { nextAttemptDelayMs } from './retry-policy';
import type { InstanceRegistry, OutboxStore } from './store';
import type { OpenMessage } from './waiting';
import { addressKey, type Address, type NewMessage, type OutboxMessage, type SendResult } from './types';

/**
 * Sends one activity: a new post (in a channel, a new thread of its own; in a personal chat, a message), or a
 * replacement of an earlier post, named by the conversation and activity ids its post answered.
 */
export type Send = (
  target: ConversationTarget,
  activity: Record<string, unknown>,
  replace?: { readonly conversationId: string; readonly activityId: string },
) => Promise<SendResult>;

export interface DispatcherDeps {
  readonly stores: readonly OutboxStore[];
  /** The store for messages that belong to no other state (dead-letter notices, nudges). */
  readonly standalone: OutboxStore;
  readonly resolve: (to: Address) => Promise<ConversationTarget | undefined>;
  readonly send: Send;
  /** Each conversation's lane in storage: Teams' per-conversation limits, held across instances. */
  readonly lanes: Lanes;
  readonly instances: InstanceRegistry;
  readonly instanceId: string;
  /** A message is given up once it has been tried for this long (OUTBOX_GIVE_UP_HOURS). */
  readonly giveUpAfterMs: number;
  readonly clock: Clock;
  readonly log: Logger;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Who may put a failed delivery back in the queue (Retry). */
export const RETRIES_DELIVERIES: Allowed = {
  roles: ['partnerships'],
  refusal: 'Only the partnerships team can retry deliveries',
};

/** How long a claim on a message lasts: if its holder dies mid-send, another instance may take it after this. */
const LEASE_MS = 60_000;
/** A message whose channel is not linked yet is looked at again after this. */
const UNADDRESSED_RETRY_MS = 60_000;
/** A send waits in line for its conversation's next slot at most this long; beyond it, a later pass sends it. */
const MAX_INLINE_WAIT_MS = 500;
/** A tick makes passes while some conversation's next slot comes within this, up to MAX_PASSES. */
const WAKE_WITHIN_MS = 2_000;
const MAX_PASSES = 20;
/** How often an instance says it is alive, for the others to count it in the tenant's rate. */
const HEARTBEAT_MS = 30_000;

/**
 * Delivers outbox messages: in order within each partition and recipient, within Teams' limits per conversation
 * (kept in storage, so they hold across instances) and this instance's share of the tenant's rate, retried with
 * backoff until the message is too old, each claimed before it is sent so that one instance sends it. Delivery is
 * at least once: a message is posted twice only if its sender dies between Teams' answer and marking it sent.
 */
export function createDispatcher(deps: DispatcherDeps) {
  const { clock, log } = deps;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const tenant = createTenantPacer(clock);
  const later = (ms: number): string => new Date(clock.now().getTime() + ms).toISOString();
  let instances = 1;
  let lastHeartbeat = -Infinity;

  /** Says this instance is alive and counts the others, at most every HEARTBEAT_MS. */
  async function heartbeat(): Promise<void> {
    const now = clock.now().getTime();
    if (now - lastHeartbeat < HEARTBEAT_MS) return;
    lastHeartbeat = now;
    try {
      await deps.instances.heartbeat(deps.instanceId, new Date(now + 3 * HEARTBEAT_MS));
      instances = Math.max(1, await deps.instances.alive(new Date(now)));
    } catch (error) {
      log.warn('Could not count the sending instances; keeping the last count', {
        instances,
        error: String(error),
      });
    }
  }

  /**
   * A slot in the conversation's lane, waited for: taken again if this process was late for it (past the slack) or a
   * 429 paused the conversation while it waited, so that what is actually sent keeps within the limits.
   */
  async function slotFor(conversation: string): Promise<Slot> {
    for (let round = 0; round < 3; round++) {
      const earliest = clock.now().getTime() + tenant.delayMs(instances);
      const slot = await deps.lanes.reserve(conversation, earliest, MAX_INLINE_WAIT_MS);
      if ('busyUntil' in slot) return slot;
      const wait = slot.at - clock.now().getTime();
      if (wait > 0) await sleep(wait);
      const clear = await deps.lanes.stillClear(conversation, slot.at);
      // Checked last, right before the send: a slow read counts against the slack too.
      if (clear && clock.now().getTime() <= slot.at + SLACK_MS / 2) return slot;
    }
    return { busyUntil: clock.now().getTime() + MAX_INLINE_WAIT_MS };
  }

  async function deliver(
    message: OutboxMessage,
    busy: Set<string>,
    wake: (at: number) => void,
  ): Promise<'done' | 'blocked'> {
    const target = await deps.resolve(message.to);
    if (!target) {
      await store(message).update(message, { nextAttemptAt: later(UNADDRESSED_RETRY_MS) });
      return 'blocked';
    }
    let replace: { conversationId: string; activityId: string } | undefined;
    if (message.kind === 'update') {
      const original = message.replaces
        ? await store(message).get(message.partition, message.replaces)
        : undefined;
      if (!original || original.status === 'dead' || original.status === 'expired') {
        // Nothing was posted to replace, and nothing will be: give up on the update, not the whole queue.
        const lastError = 'the message it updates was never delivered';
        await store(message).update(message, { status: 'dead', lastError });
        return 'blocked';
      }
      if (!original.sentActivityId) return 'blocked';
      replace = {
        conversationId: original.sentConversationId ?? target.conversationId,
        activityId: original.sentActivityId,
      };
    }
    // Teams throttles per conversation: a channel's posts and the threads they start count as one.
    const conversation = target.channelId ?? target.conversationId;
    if (busy.has(conversation)) return 'blocked';
    const attempts = message.attempts + 1;
    // Claimed before a slot is taken (only the instance that sends spends one), and the attempt is recorded
    // before the send, so a sender that dies mid-send leaves a trace of it.
    const claimed = await store(message).update(message, {
      status: 'sending',
      attempts,
      leaseUntil: later(LEASE_MS),
    });
    if (!claimed) return 'blocked'; // another instance claimed it first
    if (message.status === 'sending' && message.kind === 'post') {
      log.warn('Outbox message taken over from a sender that stopped mid-send; it may be posted twice', {
        id: message.id,
      });
    }
    const slot = await slotFor(conversation);
    if ('busyUntil' in slot) {
      // Paused after a 429, or at its limit: not an attempt; a later pass sends it.
      busy.add(conversation);
      wake(slot.busyUntil);
      await store(message).update(claimed, { status: 'pending', attempts: message.attempts });
      return 'blocked';
    }
    const result = await deps.send(target, message.activity, replace);
    tenant.sent();
    if (result.ok) {
      await store(message).update(claimed, {
        status: 'sent',
        ...(result.activityId ? { sentActivityId: result.activityId } : {}),
        ...(result.conversationId ? { sentConversationId: result.conversationId } : {}),
      });
      return 'done';
    }
    const gone = unreachable(message.to, result.status);
    const delay = gone ? undefined : nextAttemptDelayMs(attempts, result.status, result.retryAfterSeconds);
    if (result.status === 429) {
      // A 429 is about the conversation, not this message: hold back everything to it until Retry-After.
      busy.add(conversation);
      await deps.lanes
        .pause(conversation, clock.now().getTime() + (result.retryAfterSeconds ?? 1) * 1000)
        .catch((error: unknown) =>
          log.warn('Could not pause the conversation after a 429', { error: String(error) }),
        );
    }
    const error = (gone ?? `${result.status ?? 'no answer'}: ${result.error}`).slice(0, 500);
    // Given up by how long it has been failing: a message that waited for a channel to be linked starts afresh.
    const now = clock.now().getTime();
    const since = Date.parse(message.tryingSince ?? '') || now;
    const tooOld = delay !== undefined && now + delay > since + deps.giveUpAfterMs;
    if (delay === undefined || tooOld) {
      await store(message).update(claimed, { status: 'dead', attempts, lastError: error });
      log.error('Outbox message is dead', { id: message.id, summary: message.summary, attempts, error });
      const tried =
        attempts === 1 ? '1 attempt' : `${attempts} attempts over ${duration(clock.now().getTime() - since)}`;
      await reportDead(message, tried, error, gone !== undefined);
      return 'blocked';
    }
    await store(message).update(claimed, {
      status: 'pending',
      attempts,
      lastError: error,
      nextAttemptAt: later(delay),
      tryingSince: new Date(since).toISOString(),
    });
    log.warn('Outbox send failed; will retry', {
      id: message.id,
      attempts,
      error,
      retryInMs: Math.round(delay),
    });
    return 'blocked';
  }

  /** Every waiting message, oldest first across stores; answers how many were delivered. */
  async function onePass(wake: (at: number) => void): Promise<number> {
    let delivered = 0;
    const busy = new Set<string>();
    const now = clock.now().toISOString();
    // A message that is not due (waiting to retry, or claimed by a live sender) holds back the later
    // messages of its lane, so each visit's messages reach each recipient in the order they were written;
    // a recipient who cannot be reached (a channel not linked yet) holds back nobody else.
    const isDue = (m: OutboxMessage): boolean =>
      m.status === 'pending' ? m.nextAttemptAt <= now : (m.leaseUntil ?? '') < now;
    const laneOf = (m: OutboxMessage): string => `${m.store}|${m.partition}|${addressKey(m.to)}`;
    const waiting = (await Promise.all(deps.stores.map((s) => s.listWaiting())))
      .flat()
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    const blocked = new Set<string>();
    for (const message of waiting) {
      if (blocked.has(laneOf(message))) continue;
      if (!isDue(message)) {
        blocked.add(laneOf(message));
        continue;
      }
      const outcome = await deliver(message, busy, wake).catch((error: unknown) => {
        log.error('Outbox delivery failed unexpectedly', { id: message.id, error });
        return 'blocked' as const;
      });
      if (outcome === 'done') delivered++;
      else blocked.add(laneOf(message));
    }
    return delivered;
  }

  const store = (message: OutboxMessage): OutboxStore =>
    deps.stores.find((s) => s.name === message.store) ?? deps.standalone;

  async function reportDead(
    message: OutboxMessage,
    tried: string,
    error: string,
    gone: boolean,
  ): Promise<void> {
    if (message.to.kind === 'partnerships') return;
    const notice: NewMessage = {
      id: `dead-${message.id}`,
      to: { kind: 'partnerships' },
      kind: 'post',
      summary: `Delivery failure: ${message.summary}`,
      activity: {
        // Plain text: the summary holds names from the directory, which must not be read as markdown.
        text: gone
          ? `I could not deliver "${message.summary}": ${error}. Type "outbox" here to see what is waiting.`
          : `I could not deliver "${message.summary}" after ${tried} (last error ${error.split(':')[0]}). ` +
            'Type "outbox" here to see it and retry.',
        textFormat: 'plain',
      },
    };
    await deps.standalone.enqueue(notice, clock.now());
  }

  return {
    /** One pass over every waiting message; answers how many were delivered. */
    async tick(): Promise<number> {
      await heartbeat();
      let delivered = 0;
      // Passes go on while a busy conversation frees up soon, so a burst to one channel is sent at its pace
      // without making every other conversation wait behind it.
      for (let pass = 0; pass < MAX_PASSES; pass++) {
        let wakeAt = Infinity;
        delivered += await onePass((at) => (wakeAt = Math.min(wakeAt, at)));
        const wait = wakeAt - clock.now().getTime();
        if (!Number.isFinite(wakeAt) || wait > WAKE_WITHIN_MS) break;
        if (wait > 0) await sleep(wait);
      }
      return delivered;
    },
    /** Every message waiting or dead, across all stores, oldest first: for the `outbox` command. */
    async open(): Promise<OutboxMessage[]> {
      const lists = await Promise.all(deps.stores.map((s) => s.listOpen()));
      return lists.flat().sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    /** Every message waiting or dead, oldest first, with whether its recipient can be reached now. */
    async review(): Promise<OpenMessage[]> {
      const reachable = new Map<string, Promise<boolean>>();
      const canReach = (to: Address): Promise<boolean> => {
        const key = addressKey(to);
        if (!reachable.has(key))
          reachable.set(
            key,
            deps.resolve(to).then((target) => target !== undefined),
          );
        return reachable.get(key)!;
      };
      return Promise.all(
        (await this.open()).map(async (message) => ({ message, reachable: await canReach(message.to) })),
      );
    },
    /** Puts every dead message to this recipient back in the queue (a channel was linked again); answers how many. */
    async requeueFor(to: Address): Promise<number> {
      const dead = (await this.open()).filter(
        (m) => m.status === 'dead' && addressKey(m.to) === addressKey(to),
      );
      const requeued = await Promise.all(
        dead.map((m) =>
          store(m).update(m, {
            status: 'pending',
            attempts: 0,
            nextAttemptAt: clock.now().toISOString(),
            tryingSince: clock.now().toISOString(),
          }),
        ),
      );
      return requeued.filter(Boolean).length;
    },
    /** Puts a dead message back in the queue, as the `outbox` card's Retry does. */
    async retry(storeName: string, partition: string, id: string): Promise<boolean> {
      const outbox = deps.stores.find((s) => s.name === storeName);
      const message = outbox && (await outbox.get(partition, id));
      if (!outbox || !message || message.status !== 'dead') return false;
      const requeued = await outbox.update(message, {
        status: 'pending',
        attempts: 0,
        nextAttemptAt: clock.now().toISOString(),
        tryingSince: clock.now().toISOString(),
      });
      return requeued !== undefined;
    },
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;

/**
 * Why a recipient cannot be reached at all (Teams answered 403 or 404: the channel or chat is gone, or the app
 * was removed), in words that say the fix; undefined for any other failure. Such a message is not retried: it
 * waits, dead, until the channel is linked again (which requeues it) or someone presses Retry.
 */
export function unreachable(to: Address, status: number | undefined): string | undefined {
  if (status !== 403 && status !== 404) return undefined;
  switch (to.kind) {
    case 'service':
      return `channel not found (${status}), re-link it: the channel linked for ${to.serviceId} was deleted or the app was removed from its team; type "link ${to.serviceId}" in the right channel`;
    case 'partnerships':
      return `channel not found (${status}), re-link it: the partnerships channel was deleted or the app was removed from its team; type "link partnerships" in the right channel`;
    case 'person':
      return `chat not found (${status}): this person has removed the app; ask them to open it in Teams once, then retry`;
  }
}

/** "3 minutes", "5 hours": how long a message was tried, for the dead-letter notice. */
function duration(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 120) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return `${Math.round(minutes / 60)} hours`;
}
