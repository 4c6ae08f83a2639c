import type { TableClient } from '@azure/data-tables';
import type { CouncillorVisitDeletion } from '../retention/store';
import type { CouncillorVisitRepository } from '../visits/store';
import { deleteCounted, listPartition, upsertAll } from './table-helpers';

/**
 * The CouncillorVisits table: PartitionKey = councillor's aadObjectId, RowKey = visit id. It answers "which
 * visits is this councillor on?" in one read; the visit itself stays in the Visits table.
 */
export function createCouncillorVisitRepository(
  table: TableClient,
): CouncillorVisitRepository & CouncillorVisitDeletion {
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
    removePointer: (aadObjectId, visitId) => deleteCounted(table, aadObjectId, visitId),
  };
}
