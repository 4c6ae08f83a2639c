import { odata, type TableClient } from '@azure/data-tables';
import type { ReportDraftDeletion } from '../retention/store';
import type { ReportDraftFacts } from '../retention/types';
import type { DraftPoint, ServiceDraft } from '../report/types';
import { fromChunks } from './json-chunks';
import { deleteBatch } from './table-helpers';

type Row = { partitionKey: string; rowKey: string } & Record<string, unknown>;

/** Rows whose presence makes a draft readable (`load` needs both): deleted first. */
const VISIBLE = ['refreshed', 'sections'];

/** The ReportDrafts table's part in retention (merged into its repository): facts per period, and deleting rows. */
export function createReportDraftDeletion(table: TableClient): ReportDraftDeletion {
  return {
    async draftFacts() {
      const drafts = new Map<string, { visitIds: Set<string>; editors: Set<string> }>();
      for await (const row of table.listEntities<Row>()) {
        const draft = drafts.get(row.partitionKey) ?? { visitIds: new Set(), editors: new Set() };
        drafts.set(row.partitionKey, draft);
        if (row.rowKey.startsWith('service|')) {
          quotedVisits(fromChunks<ServiceDraft>('draft', row)).forEach((id) => draft.visitIds.add(id));
        } else if (row.rowKey.startsWith('change|') && typeof row.by === 'string') draft.editors.add(row.by);
      }
      return [...drafts].map(([periodKey, d]): ReportDraftFacts => ({
        periodKey,
        visitIds: [...d.visitIds].sort(),
        editors: [...d.editors].sort(),
      }));
    },
    async draftRowKeysOf(periodKey) {
      const keys: string[] = [];
      const filter = odata`PartitionKey eq ${periodKey}`;
      for await (const row of table.listEntities<Row>({ queryOptions: { filter, select: ['RowKey'] } })) {
        keys.push(row.rowKey);
      }
      return [...keys.filter((k) => VISIBLE.includes(k)), ...keys.filter((k) => !VISIBLE.includes(k))];
    },
    deleteDraftRows: (periodKey, rowKeys) => deleteBatch(table, periodKey, rowKeys),
  };
}

function quotedVisits(draft: Pick<ServiceDraft, 'columns' | 'dropped'>): string[] {
  const points: DraftPoint[] = [
    ...Object.values(draft.columns).flatMap((themes) => themes.flatMap((t) => t.points)),
    ...draft.dropped,
  ];
  return points.map((p) => p.visitId);
}
