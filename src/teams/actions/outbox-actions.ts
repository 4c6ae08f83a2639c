import { renderOutboxCard } from '../../cards/outbox-card';
import { VERB } from '../../cards/verbs';
import type { DirectoryLookup } from '../../directory/directory';
import type { Clock } from '../../kernel/clock';
import { RETRIES_DELIVERIES, type Dispatcher } from '../../outbox/dispatcher';
import { recipientNames } from '../../outbox/explain';
import { bad, forRoles, ok, text, type CardAction } from './card-action';

export interface OutboxDeps {
  readonly dispatcher: Pick<Dispatcher, 'review' | 'retry'>;
  readonly directory: Pick<DirectoryLookup, 'services' | 'person'>;
  readonly clock: Clock;
  /** Tells the outbox that messages were queued. */
  readonly queued: () => void;
}

/** The `outbox` card as it stands now, with the directory's names for each recipient. */
export async function outboxCard(deps: OutboxDeps, notice?: string): Promise<object> {
  const open = await deps.dispatcher.review();
  const names = await recipientNames(
    open.map((o) => o.message),
    deps.directory,
  );
  return renderOutboxCard(open, names, deps.clock.now(), notice);
}

/** Retry on a failed delivery, in the `outbox` card. */
export function outboxActions(deps: OutboxDeps): CardAction[] {
  return [
    forRoles({
      ...RETRIES_DELIVERIES,
      verb: VERB.outboxRetry,
      parse: (data) => {
        const message = {
          store: text(data, 'store'),
          partition: text(data, 'partition'),
          id: text(data, 'id'),
        };
        return message.store && message.partition && message.id ? ok(message) : bad('message');
      },
      async run({ store, partition, id }) {
        const retried = await deps.dispatcher.retry(store, partition, id);
        deps.queued();
        return outboxCard(
          deps,
          retried
            ? 'Queued again: it will be sent shortly.'
            : 'That message is no longer waiting to be retried.',
        );
      },
    }),
  ];
}
