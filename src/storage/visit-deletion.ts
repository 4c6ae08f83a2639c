import { odata, type TableClient } from '@azure/data-tables';
import type { VisitDeletion } from '../retention/store';
import type { VisitFacts } from '../retention/types';
import { deleteBatch } from './table-helpers';

type Row = { partitionKey: string; rowKey: string } & Record<string, unknown>;

/** The columns retention reads: who and when, never answers' or responses' text. */
const FACT_COLUMNS = [
  ...['PartitionKey', 'RowKey', 'serviceId', 'serviceName', 'date', 'status', 'councillorIds'],
  ...['createdBy', 'createdAt', 'submittedBy', 'updatedAt', 'at', 'responderIds', 'by'],
];

/** The rows facts are read from: the visit, its request, answers, pauses and amendments (who amended it). */
const FACT_ROWS = odata`(RowKey eq ${'visit'} or RowKey eq ${'request'} or (RowKey ge ${'answer|'} and RowKey lt ${'answer}'}) or (RowKey ge ${'pause|'} and RowKey lt ${'pause}'}) or (RowKey ge ${'audit|'} and RowKey lt ${'audit}'}))`;

/** The Visits table's part in retention (merged into its repository): facts per visit, and deleting rows. */
export function createVisitDeletion(table: TableClient): VisitDeletion {
  return {
    async visitFacts() {
      const rows = new Map<string, Row[]>();
      const select = FACT_COLUMNS;
      for await (const row of table.listEntities<Row>({ queryOptions: { filter: FACT_ROWS, select } })) {
        rows.set(row.partitionKey, [...(rows.get(row.partitionKey) ?? []), row]);
      }
      return [...rows.values()].flatMap((partition) => {
        const visit = partition.find((r) => r.rowKey === 'visit');
        return visit ? [factsOf(visit, partition)] : [];
      });
    },
    async visitFactsOf(visitId) {
      const partition: Row[] = [];
      const filter = `${odata`PartitionKey eq ${visitId}`} and ${FACT_ROWS}`;
      for await (const row of table.listEntities<Row>({ queryOptions: { filter, select: FACT_COLUMNS } })) {
        partition.push(row);
      }
      const visit = partition.find((r) => r.rowKey === 'visit');
      return visit && factsOf(visit, partition);
    },
    async rowKeysOf(visitId) {
      const keys: string[] = [];
      const filter = odata`PartitionKey eq ${visitId}`;
      for await (const row of table.listEntities<Row>({ queryOptions: { filter, select: ['RowKey'] } })) {
        keys.push(row.rowKey);
      }
      // The visit's own row goes last: while it stands, the next run finds the visit and finishes it.
      return [...keys.filter((k) => k !== 'visit'), ...keys.filter((k) => k === 'visit')];
    },
    deleteRows: (visitId, rowKeys) => deleteBatch(table, visitId, rowKeys),
  };
}

function factsOf(visit: Row, partition: readonly Row[]): VisitFacts {
  const text = (row: Row, name: string): string =>
    typeof row[name] === 'string' ? (row[name] as string) : '';
  const list = (row: Row | undefined, name: string): string[] =>
    row ? (JSON.parse(text(row, name) || '[]') as string[]) : [];
  const councillorIds = list(visit, 'councillorIds');
  const request = partition.find((r) => r.rowKey === 'request');
  const times = [
    text(visit, 'createdAt'),
    ...partition.filter((r) => r.rowKey.startsWith('answer|')).map((r) => text(r, 'updatedAt')),
    ...partition.filter((r) => r.rowKey.startsWith('pause|')).map((r) => text(r, 'at')),
  ].filter((t) => t !== '');
  const people = [
    ...councillorIds,
    text(visit, 'createdBy'),
    text(visit, 'submittedBy'),
    ...list(request, 'responderIds'),
    // Who amended it, or corrected a response: a hold on them covers what they changed.
    ...partition.filter((r) => r.rowKey.startsWith('audit|')).map((r) => text(r, 'by')),
  ].filter((id) => id !== '');
  return {
    id: visit.partitionKey,
    serviceId: text(visit, 'serviceId'),
    serviceName: text(visit, 'serviceName'),
    date: text(visit, 'date'),
    status: visit.status === 'submitted' ? 'submitted' : 'draft',
    councillorIds,
    people: [...new Set(people)],
    lastActivityAt: times.sort().at(-1) ?? '1970-01-01T00:00:00.000Z',
  };
}
