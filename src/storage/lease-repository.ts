import { randomBytes } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import type { LeaseRepository } from '../nudges/store';
import type { InstanceRegistry } from '../outbox/store';
import type { DailyRuns } from '../retention/store';
import { getOrUndefined, isConflict, listPartition } from './table-helpers';

interface LeaseRow {
  partitionKey: string;
  rowKey: string;
  holder: string;
  until: string;
  etag: string;
}

/** Secrets every instance must share, such as the key that signs download links (no secret in configuration). */
export interface SharedKeys {
  /** The random 32-byte key of that name: made by the first instance to ask, then the same for every instance. */
  sharedKey(name: string): Promise<Buffer>;
}

/**
 * The Leases table: PartitionKey "lease", RowKey the job's name, taken with an ETag-conditional write;
 * PartitionKey "instance", one row per running instance with the time it is alive until; and PartitionKey "key",
 * one row per shared key (base64); PartitionKey "run", the London day each daily job last ran.
 */
export function createLeaseRepository(
  table: TableClient,
): LeaseRepository & InstanceRegistry & SharedKeys & DailyRuns {
  return {
    async sharedKey(name) {
      const made = { partitionKey: 'key', rowKey: name, value: randomBytes(32).toString('base64') };
      // Create if absent, then read back: of two instances starting together, the second's create is refused.
      await table.createEntity(made).catch((error: unknown) => {
        if (!isConflict(error)) throw error;
      });
      const row = await table.getEntity<{ value: string }>('key', name);
      return Buffer.from(row.value, 'base64');
    },
    async lastRun(job) {
      return (await getOrUndefined<{ day: string }>(table, 'run', job))?.day;
    },
    async setLastRun(job, day) {
      await table.upsertEntity({ partitionKey: 'run', rowKey: job, day }, 'Replace');
    },
    async heartbeat(instanceId, until) {
      await table.upsertEntity(
        { partitionKey: 'instance', rowKey: instanceId, until: until.toISOString() },
        'Replace',
      );
    },
    async alive(now) {
      const rows = await listPartition<{ rowKey: string; until: string }>(table, 'instance');
      // Instances that stopped a day ago are forgotten, so the partition stays the size of the deployment.
      const forgotten = rows.filter((row) => now.getTime() - new Date(row.until).getTime() > 86_400_000);
      await Promise.all(
        forgotten.map((row) => table.deleteEntity('instance', row.rowKey).catch(() => undefined)),
      );
      return rows.filter((row) => new Date(row.until) > now).length;
    },
    async acquire(name, holder, now, until) {
      const row = { partitionKey: 'lease', rowKey: name, holder, until: until.toISOString() };
      try {
        const current = await getOrUndefined<LeaseRow>(table, 'lease', name);
        if (!current) await table.createEntity(row);
        else if (current.holder === holder || new Date(current.until) <= now) {
          await table.updateEntity(row, 'Replace', { etag: current.etag });
        } else return false;
        return true;
      } catch (error) {
        if (isConflict(error)) return false; // another instance won the race
        throw error;
      }
    },
  };
}
