import type { TableClient } from '@azure/data-tables';
import type { ConversationTarget, ChannelLink, ConversationRepository } from '../outbox/addresses';
import type { PersonalChatForgetting } from '../records/store';
import { deleteIfThere, getOrUndefined, listPartition } from './table-helpers';

/**
 * The channel a channel conversation id belongs to: a message's conversation id is the channel's id with
 * `;messageid=<thread>` after it. Links stored before channel ids were kept are read through this.
 */
const channelOf = (conversationId: string): string => conversationId.split(';')[0]!;

/**
 * The Conversations table. Partition "link": the channel for each purpose (RowKey "partnerships" or a service
 * id). Partition "person": each person's personal chat with the bot (RowKey aadObjectId), remembered from their
 * last message, so the bot can reach them later.
 */
export function createConversationRepository(
  table: TableClient,
): ConversationRepository & PersonalChatForgetting {
  const toLink = (row: ChannelLink & { rowKey: string }): ChannelLink => {
    const channelId = row.channelId || channelOf(row.conversationId);
    return {
      purpose: row.rowKey,
      serviceUrl: row.serviceUrl,
      conversationId: channelId,
      conversationType: row.conversationType,
      tenantId: row.tenantId,
      ...(row.name ? { name: row.name } : {}),
      channelId,
      ...(row.teamId ? { teamId: row.teamId } : {}),
      linkedBy: row.linkedBy,
      linkedAt: row.linkedAt,
    };
  };
  return {
    async link(link) {
      const { purpose, ...rest } = link;
      const channelId = link.channelId || channelOf(link.conversationId);
      await table.upsertEntity(
        { partitionKey: 'link', rowKey: purpose, ...rest, conversationId: channelId, channelId },
        'Replace',
      );
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
    forgetPersonalChat: (aadObjectId) => deleteIfThere(table, 'person', aadObjectId),
  };
}
