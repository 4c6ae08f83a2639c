import type { TableClient } from '@azure/data-tables';
import { getOrUndefined } from './table-helpers';

/**
 * The Leases table: who may run a singleton job (PartitionKey "lease", RowKey the job's name) and until when.
 * Taking a lease is an ETag-conditional write, so two instances cannot both win; a holder that dies loses it
 * when it expires.
 */
export interface LeaseRepository {
  /** True when `holder` now holds the lease until `until` (taken, renewed, or taken over after expiry). */
  acquire(name: string, holder: string, now: Date, until: Date): Promise<boolean>;
}

interface LeaseRow {
  partitionKey: string;
  rowKey: string;
  holder: string;
  until: string;
  etag: string;
}

export function createLeaseRepository(table: TableClient): LeaseRepository {
  return {
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
        const status = (error as { statusCode?: number }).statusCode;
        if (status === 409 || status === 412) return false; // another instance won the race
        throw error;
      }
    },
  };
}
