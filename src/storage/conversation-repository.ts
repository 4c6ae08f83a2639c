import type { TableClient } from '@azure/data-tables';
import { getOrUndefined, listPartition } from './table-helpers';

/** Where the bot can post proactively: a channel or a personal chat, as Teams described it to us. */
export interface ConversationTarget {
  readonly serviceUrl: string;
  readonly conversationId: string;
  readonly conversationType: string;
  readonly tenantId: string;
  /** For channels: the channel's name, for `links`. */
  readonly name?: string;
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

export function createConversationRepository(table: TableClient): ConversationRepository {
  const toLink = (row: ChannelLink & { rowKey: string }): ChannelLink => ({
    purpose: row.rowKey,
    serviceUrl: row.serviceUrl,
    conversationId: row.conversationId,
    conversationType: row.conversationType,
    tenantId: row.tenantId,
    ...(row.name ? { name: row.name } : {}),
    linkedBy: row.linkedBy,
    linkedAt: row.linkedAt,
  });
  return {
    async link(link) {
      const { purpose, ...rest } = link;
      await table.upsertEntity({ partitionKey: 'link', rowKey: purpose, ...rest }, 'Replace');
    },
    links: async () => (await listPartition<ChannelLink & { rowKey: string }>(table, 'link')).map(toLink),
    async linkFor(purpose) {
      const row = await getOrUndefined<ChannelLink & { rowKey: string }>(table, 'link', purpose);
      return row && toLink(row);
    },
    async rememberPersonalChat(aadObjectId, target) {
      await table.upsertEntity({ partitionKey: 'person', rowKey: aadObjectId, ...target }, 'Replace');
    },
    async personalChat(aadObjectId) {
      const row = await getOrUndefined<ConversationTarget>(table, 'person', aadObjectId);
      return (
        row && {
          serviceUrl: row.serviceUrl,
          conversationId: row.conversationId,
          conversationType: row.conversationType,
          tenantId: row.tenantId,
        }
      );
    },
  };
}
