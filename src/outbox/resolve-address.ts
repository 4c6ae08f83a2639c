import type { ConversationRepository, ConversationTarget } from './addresses';
import type { Address } from './types';

/** The conversation a message goes to now: a linked channel, or a person's personal chat with the bot. */
export function resolveAddress(
  to: Address,
  conversations: ConversationRepository,
): Promise<ConversationTarget | undefined> {
  switch (to.kind) {
    case 'service':
      return conversations.linkFor(to.serviceId);
    case 'partnerships':
      return conversations.linkFor('partnerships');
    case 'person':
      return conversations.personalChat(to.aadObjectId);
  }
}
