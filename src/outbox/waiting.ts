import type { OutboxMessage } from './types';

/** A message in the outbox that is not delivered yet (or never will be), as the `outbox` card lists it. */
export interface OpenMessage {
  readonly message: OutboxMessage;
  /** Whether its recipient has a conversation the bot can post in now (a linked channel, a personal chat). */
  readonly reachable: boolean;
}

/** Why a message has not gone out: each case has its own fix, which the card says. */
export type WhyWaiting =
  | { readonly kind: 'failed'; readonly error: string }
  | { readonly kind: 'no-chat' }
  | { readonly kind: 'no-channel' }
  | { readonly kind: 'retrying'; readonly error: string; readonly at: string }
  | { readonly kind: 'sending' }
  | { readonly kind: 'after-original' }
  | { readonly kind: 'queued' };

/** Why this message is waiting, at `now`. */
export function whyWaiting({ message, reachable }: OpenMessage, now: Date): WhyWaiting {
  if (message.status === 'dead') return { kind: 'failed', error: message.lastError ?? 'unknown error' };
  if (!reachable) return { kind: message.to.kind === 'person' ? 'no-chat' : 'no-channel' };
  if (message.status === 'sending' && (message.leaseUntil ?? '') > now.toISOString())
    return { kind: 'sending' };
  if (message.attempts > 0 && message.lastError)
    return { kind: 'retrying', error: message.lastError, at: message.nextAttemptAt };
  if (message.kind === 'update') return { kind: 'after-original' };
  return { kind: 'queued' };
}
