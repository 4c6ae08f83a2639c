import type { TableClient } from '@azure/data-tables';
import type { NudgeStateDeletion } from '../retention/store';
import type { NudgeStateRow } from '../retention/types';
import { deleteBatch } from './table-helpers';

type Row = { partitionKey: string; rowKey: string; at?: unknown; topic?: unknown; handled?: unknown };

/** Retention's part of the Nudges table (merged into its repository): its rows with when each was written. */
export function createNudgeStateDeletion(table: TableClient): NudgeStateDeletion {
  return {
    async listState() {
      const rows: NudgeStateRow[] = [];
      const select = ['PartitionKey', 'RowKey', 'at', 'topic', 'handled'];
      for await (const row of table.listEntities<Row>({ queryOptions: { select } })) {
        const base = { partition: row.partitionKey, rowKey: row.rowKey };
        if (row.partitionKey === 'digest') rows.push({ ...base, weekOf: row.rowKey });
        else
          rows.push({
            ...base,
            ...(typeof row.at === 'string' ? { at: row.at } : {}),
            ...(row.handled === true && typeof row.topic === 'string' ? { handledTopic: row.topic } : {}),
          });
      }
      return rows;
    },
    deleteState: (partition, rowKeys) => deleteBatch(table, partition, rowKeys),
  };
}
