import { odata, type TableClient, type TableEntity, type TransactionAction } from '@azure/data-tables';

/** Reads one entity; undefined when it does not exist (404), any other failure is thrown. */
export async function getOrUndefined<T extends object>(
  table: TableClient,
  partitionKey: string,
  rowKey: string,
): Promise<T | undefined> {
  try {
    return await table.getEntity<T>(partitionKey, rowKey);
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return undefined;
    throw error;
  }
}

/** Deletes one entity; one already gone (404) is not an error, so a repeated delete is harmless. */
export async function deleteIfThere(table: TableClient, partitionKey: string, rowKey: string): Promise<void> {
  try {
    await table.deleteEntity(partitionKey, rowKey);
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode !== 404) throw error;
  }
}

/** Upserts (replace) many entities of one partition: one entity-group transaction per 100, the service's limit. */
export async function upsertAll<T extends object>(
  table: TableClient,
  entities: readonly TableEntity<T>[],
): Promise<void> {
  for (let start = 0; start < entities.length; start += 100) {
    const actions = entities
      .slice(start, start + 100)
      .map((entity): TransactionAction => ['upsert', entity, 'Replace']);
    await table.submitTransaction(actions);
  }
}

/** Every entity of one partition, across continuation pages. */
export async function listPartition<T extends object>(
  table: TableClient,
  partitionKey: string,
): Promise<T[]> {
  const entities: T[] = [];
  const filter = odata`PartitionKey eq ${partitionKey}`;
  for await (const entity of table.listEntities<T>({ queryOptions: { filter } })) entities.push(entity);
  return entities;
}

/** Deletes one entity and answers 1, or 0 when it was not there (a repeated delete is harmless). */
export async function deleteCounted(
  table: TableClient,
  partitionKey: string,
  rowKey: string,
): Promise<number> {
  try {
    await table.deleteEntity(partitionKey, rowKey);
    return 1;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return 0;
    throw error;
  }
}

/** Deletes rows of one partition in one entity-group transaction (at most 100); answers how many. */
export async function deleteBatch(
  table: TableClient,
  partitionKey: string,
  rowKeys: readonly string[],
): Promise<number> {
  if (rowKeys.length === 0) return 0;
  if (rowKeys.length > 100) throw new Error('At most 100 rows are deleted in one transaction');
  await table.submitTransaction(
    rowKeys.map((rowKey): TransactionAction => ['delete', { partitionKey, rowKey }]),
  );
  return rowKeys.length;
}

/** 409: the row was created by someone else first; 412: it changed since it was read (its ETag is stale). */
export function isConflict(error: unknown): boolean {
  const status = (error as { statusCode?: number }).statusCode;
  return status === 409 || status === 412;
}
