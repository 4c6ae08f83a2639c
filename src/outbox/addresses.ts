/** Where the bot can post proactively: a channel or a personal chat, as Teams described it to us. */
export interface ConversationTarget {
  readonly serviceUrl: string;
  readonly conversationId: string;
  readonly conversationType: string;
  readonly tenantId: string;
  /** For channels: the channel's name, for `links`. */
  readonly name?: string;
  /** For channels: the channel's own id (the conversation id of a message in it has `;messageid=…` after it). */
  readonly channelId?: string;
  /** For channels: the team's id. */
  readonly teamId?: string;
}

export interface ChannelLink extends ConversationTarget {
  /** "partnerships" or a service id. */
  readonly purpose: string;
  readonly linkedBy: string;
  readonly linkedAt: string;
}

/**
 * The Conversations table. Partition "link": the channel for each purpose (RowKey "partnerships" or a service
 * id). Partition "person": each person's personal chat with the bot (RowKey aadObjectId), remembered from their
 * last message, so the bot can reach them later.
 */
export interface ConversationRepository {
  link(link: ChannelLink): Promise<void>;
  links(): Promise<ChannelLink[]>;
  linkFor(purpose: string): Promise<ChannelLink | undefined>;
  rememberPersonalChat(aadObjectId: string, target: ConversationTarget): Promise<void>;
  personalChat(aadObjectId: string): Promise<ConversationTarget | undefined>;
}
