import type { TableClient } from '@azure/data-tables';
import type { HoldRelabelling } from '../records/store';
import type { HoldStore } from '../retention/store';
import type { Hold, HoldSubject } from '../retention/types';
import { getOrUndefined, isConflict, listPartition } from './table-helpers';

type Row = { partitionKey: string; rowKey: string; etag: string } & Record<string, unknown>;
const PARTITION = 'hold';

/**
 * The Holds table: legal holds, PartitionKey "hold", RowKey the hold's id. A hold is never deleted: lifting it
 * records who and when, so the table is also the holds' history (it is a handful of rows, read whole).
 */
export function createHoldRepository(table: TableClient): HoldStore & HoldRelabelling {
  return {
    list: async () =>
      (await listPartition<Row>(table, PARTITION))
        .map(toHold)
        .sort((a, b) => a.placedAt.localeCompare(b.placedAt)),
    async get(id) {
      const row = await getOrUndefined<Row>(table, PARTITION, id);
      return row && toHold(row);
    },
    async create(hold) {
      try {
        await table.createEntity(toRow(hold));
        return true;
      } catch (error) {
        if (isConflict(error)) return false;
        throw error;
      }
    },
    async lift(hold, lifted) {
      const row = await getOrUndefined<Row>(table, PARTITION, hold.id);
      if (!row || row.liftedAt !== undefined) return false;
      try {
        await table.updateEntity(toRow({ ...hold, lifted }), 'Replace', { etag: row.etag });
        return true;
      } catch (error) {
        if (isConflict(error)) return false;
        throw error;
      }
    },
    async relabelHolds(aadObjectId, label) {
      let changed = 0;
      for (const row of await listPartition<Row>(table, PARTITION)) {
        const names = {
          ...(row.placedById === aadObjectId && row.placedByName !== label ? { placedByName: label } : {}),
          ...(row.liftedById === aadObjectId && row.liftedByName !== label ? { liftedByName: label } : {}),
        };
        if (Object.keys(names).length === 0) continue;
        const { partitionKey, rowKey } = row;
        await table.updateEntity({ partitionKey, rowKey, ...names }, 'Merge', { etag: row.etag });
        changed++;
      }
      return changed;
    },
  };
}

function toRow(hold: Hold) {
  return {
    partitionKey: PARTITION,
    rowKey: hold.id,
    subjectKind: hold.subject.kind,
    subjectId: hold.subject.id,
    reason: hold.reason,
    placedById: hold.placedBy.id,
    placedByName: hold.placedBy.name,
    placedAt: hold.placedAt,
    ...(hold.lifted
      ? { liftedById: hold.lifted.by.id, liftedByName: hold.lifted.by.name, liftedAt: hold.lifted.at }
      : {}),
  };
}

function toHold(row: Row): Hold {
  const text = (name: string): string => String(row[name] ?? '');
  return {
    id: row.rowKey,
    subject: { kind: text('subjectKind') as HoldSubject['kind'], id: text('subjectId') },
    reason: text('reason'),
    placedBy: { id: text('placedById'), name: text('placedByName') },
    placedAt: text('placedAt'),
    ...(typeof row.liftedAt === 'string'
      ? { lifted: { by: { id: text('liftedById'), name: text('liftedByName') }, at: row.liftedAt } }
      : {}),
  };
}
