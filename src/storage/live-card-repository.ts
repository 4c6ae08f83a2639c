import type { TableClient } from '@azure/data-tables';
import type { LiveCardForgetting } from '../records/store';
import type { LiveCardRepository } from '../visits/store';
import { deleteIfThere, getOrUndefined } from './table-helpers';

/** Partition "card" of the Conversations table, RowKey aadObjectId. */
export function createLiveCardRepository(table: TableClient): LiveCardRepository & LiveCardForgetting {
  return {
    async get(aadObjectId) {
      const row = await getOrUndefined<{ activityId: string; label?: string }>(table, 'card', aadObjectId);
      return row && { activityId: row.activityId, label: row.label ?? '' };
    },
    async put(aadObjectId, card) {
      await table.upsertEntity({ partitionKey: 'card', rowKey: aadObjectId, ...card }, 'Replace');
    },
    forget: (aadObjectId) => deleteIfThere(table, 'card', aadObjectId),
  };
}
