import type { TableClient } from '@azure/data-tables';
import { listPartition, upsertAll } from './table-helpers';

/** A pointer from a councillor to a visit they are named on. */
export interface CouncillorVisit {
  readonly visitId: string;
  readonly date: string;
}

/**
 * The CouncillorVisits table: PartitionKey = councillor's aadObjectId, RowKey = visit id. It answers
 * "which visits is this councillor on?" in one read; the visit itself stays in the Visits table.
 */
export interface CouncillorVisitRepository {
  add(councillorIds: readonly string[], visit: CouncillorVisit): Promise<void>;
  listFor(aadObjectId: string): Promise<CouncillorVisit[]>;
}

export function createCouncillorVisitRepository(table: TableClient): CouncillorVisitRepository {
  return {
    async add(councillorIds, visit) {
      await Promise.all(
        councillorIds.map((id) =>
          upsertAll(table, [{ partitionKey: id, rowKey: visit.visitId, date: visit.date }]),
        ),
      );
    },
    async listFor(aadObjectId) {
      const rows = await listPartition<{ rowKey: string; date: string }>(table, aadObjectId);
      return rows.map((row) => ({ visitId: row.rowKey, date: row.date }));
    },
  };
}
