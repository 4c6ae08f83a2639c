import { odata, type TableClient } from '@azure/data-tables';
import type { AuditStore } from '../audit/store';
import type { AuditEntry, AuditKind, AuditRecordRef } from '../audit/types';

interface AuditRow {
  partitionKey: string;
  rowKey: string;
  at: string;
  byId: string;
  byName: string;
  kind: string;
  recordKind: string;
  recordId: string;
  visitId?: string;
  /** The people's aadObjectIds, as JSON. */
  people: string;
  detail?: string;
  textBefore?: string;
  textAfter?: string;
}

/**
 * The Audit table: PartitionKey the entry's month ("2026-11", UTC), RowKey its id (the time, then a random
 * part), so a window is a range of partitions read in time order. Written with createEntity only: an entry is
 * never replaced, merged or deleted.
 */
export function createAuditRepository(table: TableClient): AuditStore {
  return {
    async append(entry) {
      await table.createEntity(toRow(entry));
    },
    async list(query) {
      const entries: AuditEntry[] = [];
      for (const month of monthsBetween(query.from, query.to)) {
        const filter = odata`PartitionKey eq ${month} and RowKey ge ${query.from} and RowKey lt ${query.to}`;
        for await (const row of table.listEntities<AuditRow>({ queryOptions: { filter } })) {
          const entry = toEntry(row);
          if (query.visitId !== undefined && entry.visitId !== query.visitId) continue;
          if (
            query.personId !== undefined &&
            entry.by.id !== query.personId &&
            !entry.people.includes(query.personId)
          ) {
            continue;
          }
          entries.push(entry);
        }
      }
      return entries;
    },
  };
}

/** The months ("YYYY-MM") a window [from, to) touches, oldest first. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  const last = to.slice(0, 7);
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (let key = from.slice(0, 7); key <= last;) {
    months.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

function toRow(entry: AuditEntry): AuditRow {
  return {
    partitionKey: entry.at.slice(0, 7),
    rowKey: entry.id,
    at: entry.at,
    byId: entry.by.id,
    byName: entry.by.name,
    kind: entry.kind,
    recordKind: entry.record.kind,
    recordId: entry.record.id,
    people: JSON.stringify(entry.people),
    ...(entry.visitId !== undefined ? { visitId: entry.visitId } : {}),
    ...(entry.detail !== undefined ? { detail: entry.detail } : {}),
    ...(entry.textBefore !== undefined ? { textBefore: entry.textBefore } : {}),
    ...(entry.textAfter !== undefined ? { textAfter: entry.textAfter } : {}),
  };
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.rowKey,
    at: row.at,
    by: { id: row.byId, name: row.byName },
    kind: row.kind as AuditKind,
    record: { kind: row.recordKind as AuditRecordRef['kind'], id: row.recordId },
    people: JSON.parse(row.people) as string[],
    ...(row.visitId !== undefined ? { visitId: row.visitId } : {}),
    ...(row.detail !== undefined ? { detail: row.detail } : {}),
    ...(row.textBefore !== undefined ? { textBefore: row.textBefore } : {}),
    ...(row.textAfter !== undefined ? { textAfter: row.textAfter } : {}),
  };
}
