import { odata, type TableClient } from '@azure/data-tables';
import type { NudgeRepository } from '../nudges/store';
import type { Quiet } from '../nudges/types';
import type { QuietRelabelling } from '../records/store';
import type { NudgeStateDeletion } from '../retention/store';
import { createNudgeStateDeletion } from './nudge-state-deletion';
import { getOrUndefined, isConflict, listPartition } from './table-helpers';

type QuietRow = { topic: string; until?: string; handled?: boolean; by: string };
type DigestRow = { hash: string; version: number; etag: string };

/** Topics are ours (kinds, service ids, visit ids, days), but a row key must never hold / \ # or ?. */
const rowKeyOf = (topic: string): string => topic.replace(/[/\\#?]/g, '_');

/**
 * The Nudges table: what the partnerships team did with nudges (PartitionKey "quiet", RowKey the topic) and
 * each week's digest post (PartitionKey "digest", RowKey the week's Monday).
 */
export function createNudgeRepository(
  table: TableClient,
): NudgeRepository & QuietRelabelling & NudgeStateDeletion {
  return {
    ...createNudgeStateDeletion(table),
    async quiet() {
      const rows = await listPartition<QuietRow>(table, 'quiet');
      return new Map(
        rows.map((r): [string, Quiet] => [
          r.topic,
          r.handled ? { handled: true, by: r.by } : { until: String(r.until), by: r.by },
        ]),
      );
    },
    async setQuiet(topic, quiet, at) {
      await table.upsertEntity(
        { partitionKey: 'quiet', rowKey: rowKeyOf(topic), topic, ...quiet, at: at.toISOString() },
        'Replace',
      );
    },
    async digest(weekOf) {
      const row = await getOrUndefined<DigestRow>(table, 'digest', weekOf);
      return row && { hash: row.hash, version: Number(row.version), etag: row.etag };
    },
    async saveDigest(weekOf, hash, version, etag) {
      const row = { partitionKey: 'digest', rowKey: weekOf, hash, version };
      try {
        if (etag) await table.updateEntity(row, 'Replace', { etag });
        else await table.createEntity(row);
        return true;
      } catch (error) {
        if (isConflict(error)) return false;
        throw error;
      }
    },
    async relabelQuiet(name, label) {
      const filter = odata`PartitionKey eq ${'quiet'} and by eq ${name}`;
      for await (const row of table.listEntities<{ partitionKey: string; rowKey: string }>({
        queryOptions: { filter },
      })) {
        await table.updateEntity({ partitionKey: row.partitionKey, rowKey: row.rowKey, by: label }, 'Merge');
      }
    },
  };
}
