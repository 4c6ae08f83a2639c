import { odata, type TableClient } from '@azure/data-tables';
import type { ReportVisitRepository } from '../report/store';
import type { ReportVisitDeletion } from '../retention/store';
import type { ReportVisit } from '../report/types';
import { fromChunks, toChunks } from './json-chunks';
import { deleteCounted, getOrUndefined, isConflict } from './table-helpers';

type Row = { partitionKey: string; rowKey: string; etag: string; version?: number } & Record<string, unknown>;

const META = { partitionKey: 'meta', rowKey: 'built' };

/**
 * The ReportVisits table: the report's copy of each submitted visit. PartitionKey is the visit's month
 * ("2025-08"), so a period is one range query over its months and never reads other years; RowKey the visit id.
 */
export function createReportVisitRepository(table: TableClient): ReportVisitRepository & ReportVisitDeletion {
  const write = async (visit: ReportVisit, force: boolean): Promise<'done' | 'retry'> => {
    const partitionKey = visit.date.slice(0, 7);
    const entity = {
      partitionKey,
      rowKey: visit.visitId,
      version: visit.version,
      ...toChunks('data', visit),
    };
    if (force) {
      await table.upsertEntity(entity, 'Replace');
      return 'done';
    }
    const current = await getOrUndefined<Row>(table, partitionKey, visit.visitId);
    if (current && Number(current.version ?? 0) >= visit.version) return 'done';
    try {
      if (current) await table.updateEntity(entity, 'Replace', { etag: current.etag });
      else await table.createEntity(entity);
      return 'done';
    } catch (error) {
      if (isConflict(error)) return 'retry';
      throw error;
    }
  };
  return {
    async put(visit, options) {
      // Another instance wrote at the same moment: read again; the newer version wins.
      for (let attempt = 0; attempt < 3; attempt++) {
        if ((await write(visit, options?.force ?? false)) === 'done') return;
      }
      throw new Error(`The report index's copy of visit ${visit.visitId} kept changing; it was not written`);
    },
    async between(from, to) {
      const filter = odata`PartitionKey ge ${from.slice(0, 7)} and PartitionKey le ${to.slice(0, 7)}`;
      const visits: ReportVisit[] = [];
      for await (const row of table.listEntities<Row>({ queryOptions: { filter } })) {
        const visit = fromChunks<ReportVisit>('data', row);
        if (visit.date >= from && visit.date <= to) visits.push(visit);
      }
      return visits.sort((a, b) => a.date.localeCompare(b.date) || a.visitId.localeCompare(b.visitId));
    },
    isBuilt: async () => (await getOrUndefined(table, META.partitionKey, META.rowKey)) !== undefined,
    removeCopy: (visitDay, visitId) => deleteCounted(table, visitDay.slice(0, 7), visitId),
    markBuilt: async () => void (await table.upsertEntity({ ...META }, 'Replace')),
  };
}
