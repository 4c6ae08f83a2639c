import { actor, type AuditTrail } from '../audit/trail';
import type { Person } from '../directory/types';
import type { Clock } from '../kernel/clock';
import type { ConversationRepository, ConversationTarget } from './addresses';
import type { Dispatcher } from './dispatcher';

export interface ChannelLinksDeps {
  readonly conversations: Pick<ConversationRepository, 'link'>;
  readonly dispatcher: Pick<Dispatcher, 'requeueFor'>;
  readonly clock: Clock;
  /** Where each link is recorded. */
  readonly audit: AuditTrail;
}

/** Which channel receives what: the partnerships team links a channel to a service or to themselves. */
export function createChannelLinks(deps: ChannelLinksDeps) {
  return {
    /**
     * Makes `where` the channel for `purpose` ("partnerships" or a service id), records who did, and queues
     * again the messages for that purpose that could not be delivered before. Answers how many.
     */
    async link(by: Person, where: ConversationTarget, purpose: string): Promise<number> {
      await deps.conversations.link({
        ...where,
        purpose,
        linkedBy: by.aadObjectId,
        linkedAt: deps.clock.now().toISOString(),
      });
      await deps.audit.record({
        by: actor(by),
        kind: 'channel.linked',
        record: { kind: 'channel', id: purpose },
        detail: purpose === 'partnerships' ? 'partnerships' : 'service',
      });
      return deps.dispatcher.requeueFor(
        purpose === 'partnerships' ? { kind: 'partnerships' } : { kind: 'service', serviceId: purpose },
      );
    },
  };
}

export type ChannelLinks = ReturnType<typeof createChannelLinks>;
