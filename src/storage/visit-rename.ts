import { odata, type TableClient } from '@azure/data-tables';
import { ConcurrencyConflict } from '../kernel/errors';
import { isConflict } from './table-helpers';

type Row = Record<string, unknown> & { partitionKey: string; rowKey: string; etag: string };

/** Every row of the Visits table that may store a name: never the outbox rows (see outbox-store.ts). */
const NAMED_ROWS = odata`RowKey eq ${'visit'} or RowKey eq ${'request'} or (RowKey ge ${'answer|'} and RowKey lt ${'answer}'}) or (RowKey ge ${'audit|'} and RowKey lt ${'audit}'}) or (RowKey ge ${'event|'} and RowKey lt ${'event}'}) or (RowKey ge ${'response|'} and RowKey lt ${'response}'})`;

/**
 * The Visits table's part of erasure: one scan of the rows that store names, each rewritten (merged, under its
 * ETag) where a name stands beside the person's id. See VisitRepository.renamePerson.
 */
export async function renamePerson(
  table: TableClient,
  aadObjectId: string,
  label: string,
): Promise<{ visitIds: string[]; names: string[] }> {
  const visitIds = new Set<string>();
  const names = new Set<string>();
  for await (const row of table.listEntities<Row>({ queryOptions: { filter: NAMED_ROWS } })) {
    const found = changesOf(row, aadObjectId, label);
    if (!found) continue;
    visitIds.add(row.partitionKey);
    found.names.forEach((name) => name !== label && names.add(name));
    if (Object.keys(found.changes).length === 0) continue;
    try {
      await table.updateEntity(
        { partitionKey: row.partitionKey, rowKey: row.rowKey, ...found.changes },
        'Merge',
        { etag: row.etag },
      );
    } catch (error) {
      if (isConflict(error)) throw new ConcurrencyConflict();
      throw error;
    }
  }
  return { visitIds: [...visitIds], names: [...names] };
}

/** What to write in one row (nothing, when it is already relabelled); undefined when it does not name the person. */
function changesOf(
  row: Row,
  id: string,
  label: string,
): { changes: Record<string, string>; names: string[] } | undefined {
  const list = (idsField: string, namesField: string) => {
    const ids = JSON.parse(String(row[idsField] ?? '[]')) as string[];
    if (!ids.includes(id)) return undefined;
    const names = JSON.parse(String(row[namesField] ?? '[]')) as string[];
    const was = ids.flatMap((other, i) => (other === id && names[i] !== undefined ? [names[i]] : []));
    const relabelled = names.map((name, i) => (ids[i] === id ? label : name));
    const changes: Record<string, string> = was.some((name) => name !== label)
      ? { [namesField]: JSON.stringify(relabelled) }
      : {};
    return { changes, names: was };
  };
  const single = (idField: string, nameField: string) => {
    if (row[idField] !== id) return undefined;
    const name = String(row[nameField] ?? '');
    return { changes: name === label ? {} : { [nameField]: label }, names: [name] };
  };
  const merge = (...parts: ({ changes: Record<string, string>; names: string[] } | undefined)[]) => {
    const found = parts.filter((p) => p !== undefined);
    if (found.length === 0) return undefined;
    return {
      changes: Object.assign({}, ...found.map((p) => p.changes)) as Record<string, string>,
      names: found.flatMap((p) => p.names),
    };
  };
  if (row.rowKey === 'visit') {
    return merge(
      list('councillorIds', 'councillorNames'),
      single('submittedBy', 'submittedByName'),
      row.createdBy === id ? { changes: {}, names: [] } : undefined,
    );
  }
  if (row.rowKey === 'request') return list('responderIds', 'responderNames');
  if (row.rowKey.startsWith('answer|')) return single('updatedBy', 'updatedByName');
  if (row.rowKey.startsWith('response|')) return single('responderId', 'name');
  return single('by', 'byName');
}
