import type { TableClient } from '@azure/data-tables';
import { getOrUndefined } from './table-helpers';

/** The walkthrough card a person last got as a new message in their personal chat. */
export interface LiveCard {
  /** The posted message's id. */
  readonly activityId: string;
  /** The visit line it showed (escaped), for the short card that replaces it later; '' when it had none. */
  readonly label: string;
}

/** Each person's live walkthrough card, so a newer one can close it on any instance. */
export interface LiveCardRepository {
  get(aadObjectId: string): Promise<LiveCard | undefined>;
  put(aadObjectId: string, card: LiveCard): Promise<void>;
}

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
