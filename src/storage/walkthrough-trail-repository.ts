import type { TableClient } from '@azure/data-tables';
import type { PlaceStore } from '../visits/places';
import { getOrUndefined } from './table-helpers';

/** The walkthrough card a councillor last got as a new message in their personal chat, and the ones it closed. */
export interface CardTrail {
  /** The posted message's id. */
  readonly activityId: string;
  /** The visit line it showed (escaped), for the short card that replaces it later; '' when it had none. */
  readonly label: string;
  /** Ids of earlier walkthrough cards, newest first, that were closed: a click from one of them changes nothing. */
  readonly retired: readonly string[];
}

/** How many closed cards are remembered per person; older ones were updated in place long ago. */
export const RETIRED_KEPT = 20;

export interface CardTrailRepository {
  get(aadObjectId: string): Promise<CardTrail | undefined>;
  put(aadObjectId: string, trail: CardTrail): Promise<void>;
}

/**
 * Two partitions of the Conversations table, next to each person's personal chat: "card" (RowKey aadObjectId)
 * holds that person's live walkthrough card; "place" (RowKey "<aadObjectId>|<visitId>") the step each councillor
 * was last on in each visit, so Continue and `resume` go back there on any instance, after any restart.
 */
export function createWalkthroughTrailRepository(table: TableClient): {
  cards: CardTrailRepository;
  places: PlaceStore;
} {
  const placeKey = (aadObjectId: string, visitId: string): string => `${aadObjectId}|${visitId}`;
  return {
    cards: {
      async get(aadObjectId) {
        const row = await getOrUndefined<{ activityId: string; label?: string; retired?: string }>(
          table,
          'card',
          aadObjectId,
        );
        if (!row) return undefined;
        const retired = JSON.parse(row.retired ?? '[]') as unknown;
        return {
          activityId: row.activityId,
          label: row.label ?? '',
          retired: Array.isArray(retired) ? retired.filter((id) => typeof id === 'string') : [],
        };
      },
      async put(aadObjectId, trail) {
        await table.upsertEntity(
          {
            partitionKey: 'card',
            rowKey: aadObjectId,
            activityId: trail.activityId,
            label: trail.label,
            retired: JSON.stringify(trail.retired.slice(0, RETIRED_KEPT)),
          },
          'Replace',
        );
      },
    },
    places: {
      async get(aadObjectId, visitId) {
        const row = await getOrUndefined<{ stepId: string }>(table, 'place', placeKey(aadObjectId, visitId));
        return row?.stepId || undefined;
      },
      async set(aadObjectId, visitId, stepId) {
        await table.upsertEntity(
          { partitionKey: 'place', rowKey: placeKey(aadObjectId, visitId), stepId: stepId ?? '' },
          'Replace',
        );
      },
    },
  };
}
