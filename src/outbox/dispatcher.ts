import type { Clock } from '../kernel/clock';
import type { Logger } from '../kernel/log';
import type { ConversationTarget } from './addresses';
import type { OutboxStore } from './store';
import { createPacer } from './pacer';
import type { OpenMessage } from './waiting';
import { MAX_ATTEMPTS, nextAttemptDelayMs } from './retry-policy';
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
  readonly clock: Clock;
  readonly log: Logger;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** How long a claim on a message lasts: if its holder dies mid-send, another instance may take it after this. */
const LEASE_MS = 60_000;
/** A message whose channel is not linked yet is looked at again after this. */
const UNADDRESSED_RETRY_MS = 60_000;

/**
 * Delivers outbox messages: in order within each partition and recipient, paced within Teams' limits, retried with
 * backoff, each claimed before it is sent so that one instance sends it, at most once.
 */
export function createDispatcher(deps: DispatcherDeps) {
  const { clock, log } = deps;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const pacer = createPacer(clock);
  const later = (ms: number): string => new Date(clock.now().getTime() + ms).toISOString();

  async function deliver(message: OutboxMessage): Promise<'done' | 'blocked'> {
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
      if (!original || original.status === 'dead') {
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
    const claimed = await store(message).update(message, { status: 'sending', leaseUntil: later(LEASE_MS) });
    if (!claimed) return 'blocked'; // another instance claimed it first

    const wait = pacer.delayMs(target.conversationId);
    if (wait > 0) await sleep(wait);
    const result = await deps.send(target, message.activity, replace);
    pacer.sent(target.conversationId);
    const attempts = message.attempts + 1;
    if (result.ok) {
      await store(message).update(claimed, {
        status: 'sent',
        attempts,
        ...(result.activityId ? { sentActivityId: result.activityId } : {}),
        ...(result.conversationId ? { sentConversationId: result.conversationId } : {}),
      });
      return 'done';
    }
    const gone = unreachable(message.to, result.status);
    const delay = gone ? undefined : nextAttemptDelayMs(attempts, result.status, result.retryAfterSeconds);
    const error = (gone ?? `${result.status ?? 'no answer'}: ${result.error}`).slice(0, 500);
    if (delay === undefined) {
      await store(message).update(claimed, { status: 'dead', attempts, lastError: error });
      log.error('Outbox message is dead', { id: message.id, summary: message.summary, attempts, error });
      await reportDead(message, attempts, error, gone !== undefined);
      return 'blocked';
    }
    await store(message).update(claimed, {
      status: 'pending',
      attempts,
      lastError: error,
      nextAttemptAt: later(delay),
    });
    log.warn('Outbox send failed; will retry', {
      id: message.id,
      attempts,
      error,
      retryInMs: Math.round(delay),
    });
    return 'blocked';
  }

  const store = (message: OutboxMessage): OutboxStore =>
    deps.stores.find((s) => s.name === message.store) ?? deps.standalone;

  async function reportDead(
    message: OutboxMessage,
    attempts: number,
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
          : `I could not deliver "${message.summary}" after ${attempts} attempt${attempts === 1 ? '' : 's'} (last error ${error.split(':')[0]}). ` +
            'Type "outbox" here to see it and retry.',
        textFormat: 'plain',
      },
    };
    await deps.standalone.enqueue(notice, clock.now());
  }

  return {
    /** One pass over every waiting message; answers how many were delivered. */
    async tick(): Promise<number> {
      let delivered = 0;
      const now = clock.now().toISOString();
      // A message that is not due (waiting to retry, or claimed by a live sender) holds back the later
      // messages of its lane, so each visit's messages reach each recipient in the order they were written;
      // a recipient who cannot be reached (a channel not linked yet) holds back nobody else.
      const isDue = (m: OutboxMessage): boolean =>
        m.status === 'pending' ? m.nextAttemptAt <= now : (m.leaseUntil ?? '') < now;
      const laneOf = (m: OutboxMessage): string => `${m.partition}|${addressKey(m.to)}`;
      for (const outbox of deps.stores) {
        const waiting = await outbox.listWaiting();
        const blocked = new Set<string>();
        for (const message of waiting) {
          if (blocked.has(laneOf(message))) continue;
          if (!isDue(message)) {
            blocked.add(laneOf(message));
            continue;
          }
          const outcome = await deliver(message).catch((error: unknown) => {
            log.error('Outbox delivery failed unexpectedly', { id: message.id, error });
            return 'blocked' as const;
          });
          if (outcome === 'done') delivered++;
          else blocked.add(laneOf(message));
        }
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
          store(m).update(m, { status: 'pending', attempts: 0, nextAttemptAt: clock.now().toISOString() }),
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

export { MAX_ATTEMPTS };
