import type { DirectoryLookup } from '../directory/directory';
import type { Dispatcher } from '../outbox/dispatcher';
import { explainWaiting, nameOf, recipientNames } from '../outbox/explain';
import { whyWaiting } from '../outbox/waiting';

/** A message that failed, or cannot be delivered until someone acts: what it was, for whom, why and the fix. */
export interface Undelivered {
  readonly store: string;
  readonly partition: string;
  readonly id: string;
  readonly summary: string;
  readonly to: string;
  readonly why: string;
  readonly fix: string;
  /** Failed for good: Retry puts it back in the queue (a message waiting for a channel or chat goes by itself). */
  readonly canRetry: boolean;
}

/**
 * The outbox's failed deliveries and those waiting for a channel to be linked or a chat to be opened, oldest
 * first, worded as the `outbox` card words them. Messages that go by themselves (queued, retrying) are left out.
 */
export async function undelivered(
  deps: {
    readonly dispatcher: Pick<Dispatcher, 'review'>;
    readonly directory: Pick<DirectoryLookup, 'services' | 'person'>;
  },
  now: Date,
): Promise<Undelivered[]> {
  const stuck = (await deps.dispatcher.review())
    .map((entry) => ({ entry, why: whyWaiting(entry, now) }))
    .filter(({ why }) => ['failed', 'no-chat', 'no-channel'].includes(why.kind));
  const names = await recipientNames(
    stuck.map(({ entry }) => entry.message),
    deps.directory,
  );
  return stuck.map(({ entry: { message }, why }) => ({
    store: message.store,
    partition: message.partition,
    id: message.id,
    summary: message.summary,
    to: nameOf(message.to, names),
    ...explainWaiting(why, message.to, names),
    canRetry: why.kind === 'failed',
  }));
}
