import type { TableClient } from '@azure/data-tables';
import type { LeaseRepository } from '../nudges/store';
import { getOrUndefined } from './table-helpers';

interface LeaseRow {
  partitionKey: string;
  rowKey: string;
  holder: string;
  until: string;
  etag: string;
}

/** The Leases table: PartitionKey "lease", RowKey the job's name; taken with an ETag-conditional write. */
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
