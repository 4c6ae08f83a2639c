import { createHash } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import type { LaneStore } from '../outbox/store';
import { EMPTY_LANE, type Lane } from '../outbox/throttle';
import { getOrUndefined, isConflict } from './table-helpers';

type Row = { etag: string; notBefore?: number; sends?: string; minutes?: string };

/** Conversation ids hold characters keys may not (and can be long): the row is named by a hash. */
const rowKey = (conversation: string): string => createHash('sha1').update(conversation).digest('hex');

/** The Lanes table: one row per conversation (PartitionKey "lane"), its recent sends and any Retry-After pause. */
export function createLaneRepository(table: TableClient): LaneStore {
  return {
    async read(conversation) {
      const row = await getOrUndefined<Row>(table, 'lane', rowKey(conversation));
      if (!row) return { lane: EMPTY_LANE };
      return {
        lane: {
          notBefore: Number(row.notBefore ?? 0),
          sends: numbers(row.sends).filter((n): n is number => typeof n === 'number'),
          minutes: numbers(row.minutes).filter(
            (m): m is [number, number] =>
              Array.isArray(m) && m.length === 2 && m.every((n) => typeof n === 'number'),
          ),
        },
        etag: row.etag,
      };
    },
    async write(conversation, lane: Lane, etag) {
      const entity = {
        partitionKey: 'lane',
        rowKey: rowKey(conversation),
        notBefore: lane.notBefore,
        sends: JSON.stringify(lane.sends),
        minutes: JSON.stringify(lane.minutes),
      };
      try {
        if (etag) await table.updateEntity(entity, 'Replace', { etag });
        else await table.createEntity(entity);
        return true;
      } catch (error) {
        if (isConflict(error)) return false;
        throw error;
      }
    },
  };
}

/** A JSON list from a row, or an empty one if the row holds something else (it is rebuilt as sends go on). */
function numbers(text: unknown): unknown[] {
  try {
    const value: unknown = JSON.parse(String(text ?? '[]'));
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}
