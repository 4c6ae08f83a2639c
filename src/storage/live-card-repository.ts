import type { TableClient } from '@azure/data-tables';
import type { LiveCardRepository } from '../visits/store';
import { getOrUndefined } from './table-helpers';

/** Partition "card" of the Conversations table, RowKey aadObjectId. */
export function createLiveCardRepository(table: TableClient): LiveCardRepository {
  return {
    async get(aadObjectId) {
      const row = await getOrUndefined<{ activityId: string; label?: string }>(table, 'card', aadObjectId);
      return row && { activityId: row.activityId, label: row.label ?? '' };
    },
    async put(aadObjectId, card) {
      await table.upsertEntity({ partitionKey: 'card', rowKey: aadObjectId, ...card }, 'Replace');
    },
  };
}
