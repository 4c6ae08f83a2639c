import { createHash, randomUUID } from 'node:crypto';
import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import { ConcurrencyConflict } from '../kernel/errors';
import type { DraftChangeRelabelling } from '../records/store';
import type { ReportDraftDeletion } from '../retention/store';
import type { ReportDraftRepository } from '../report/store';
import type { DraftChange, DraftSections, ServiceDraft } from '../report/types';
import { fromChunks, toChunks } from './json-chunks';
import { createReportDraftDeletion } from './report-draft-deletion';
import { isConflict } from './table-helpers';

type Row = { partitionKey: string; rowKey: string; etag: string } & Record<string, unknown>;

const SECTIONS = 'sections';
const REFRESHED = 'refreshed';
/** A heading may hold "/" (CIN/CP), which keys may not: the row is named by a hash and holds the heading. */
const serviceRow = (heading: string): string =>
  `service|${createHash('sha1').update(heading).digest('hex').slice(0, 20)}`;
/** Change rows sort newest first: "change|<ms to year 9999>|<random>". */
const CHANGE_PREFIX = 'change|';
/** An entity-group transaction holds at most 100 rows and 4 MiB; keep a margin for the batch's framing. */
const MAX_ROWS = 100;
const MAX_BYTES = 3.5 * 1024 * 1024;

/**
 * The ReportDrafts table: one partition per period. Rows: "sections" (title block and free text), "refreshed"
 * (which visits the draft has seen), one "service|…" row per heading, and the change log ("change|…"). Every
 * edit is one entity-group transaction of the rows it changes (each under its ETag) and its log entry.
 */
export function createReportDraftRepository(
  table: TableClient,
): ReportDraftRepository & DraftChangeRelabelling & ReportDraftDeletion {
  return {
    ...createReportDraftDeletion(table),
    async load(periodKey) {
      const filter = odata`PartitionKey eq ${periodKey} and RowKey gt ${'change}'}`;
      let sections: DraftSections | undefined;
      let refreshed: Row | undefined;
      const services: ServiceDraft[] = [];
      for await (const row of table.listEntities<Row>({ queryOptions: { filter } })) {
        if (row.rowKey === SECTIONS) sections = { text: fromChunks('text', row), etag: row.etag };
        else if (row.rowKey === REFRESHED) refreshed = row;
        else if (row.rowKey.startsWith('service|')) {
          services.push({ ...fromChunks<Omit<ServiceDraft, 'etag'>>('draft', row), etag: row.etag });
        }
      }
      if (!sections || !refreshed) return undefined;
      return {
        sections,
        services,
        refreshedVersion: String(refreshed.version),
        refreshedEtag: refreshed.etag,
      };
    },
    async save(periodKey, changes, log) {
      // A new draft becomes visible with its "refreshed" row, written last: its heading rows are upserted, so
      // that a first attempt cut short (a large draft takes several transactions) is simply written again.
      const creating = changes.refreshed?.etag === '';
      const action = (rowKey: string, etag: string, fields: Record<string, unknown>, upsert = false) => {
        const entity = { partitionKey: periodKey, rowKey, ...fields };
        return (
          etag
            ? ['update', entity, 'Replace', { etag }]
            : upsert
              ? ['upsert', entity, 'Replace']
              : ['create', entity]
        ) as TransactionAction;
      };
      const headings = (changes.services ?? []).map(({ etag, ...draft }) =>
        action(serviceRow(draft.heading), etag, toChunks('draft', draft), creating),
      );
      const last: TransactionAction[] = [
        ...(changes.sections
          ? [action(SECTIONS, changes.sections.etag, toChunks('text', changes.sections.text))]
          : []),
        ...(changes.refreshed
          ? [action(REFRESHED, changes.refreshed.etag, { version: changes.refreshed.version })]
          : []),
        ...log.map((change) => {
          const newestFirst = String(253402300800000 - Date.parse(change.at)).padStart(15, '0');
          return action(`${CHANGE_PREFIX}${newestFirst}|${randomUUID().slice(0, 8)}`, '', { ...change });
        }),
      ];
      try {
        for (const batch of batches(headings, last)) await table.submitTransaction(batch);
      } catch (error) {
        if (isConflict(error)) throw new ConcurrencyConflict();
        throw error;
      }
    },
    async changes(periodKey, limit) {
      const filter = odata`PartitionKey eq ${periodKey} and RowKey ge ${CHANGE_PREFIX} and RowKey lt ${'change}'}`;
      const rows: DraftChange[] = [];
      const pages = table.listEntities<Row>({ queryOptions: { filter } }).byPage({ maxPageSize: limit });
      for await (const page of pages) {
        for (const row of page)
          rows.push({
            at: String(row.at),
            by: String(row.by),
            byName: String(row.byName),
            what: String(row.what),
          });
        break;
      }
      return rows.slice(0, limit);
    },
    async relabelChanges(aadObjectId, label) {
      const filter = odata`RowKey ge ${CHANGE_PREFIX} and RowKey lt ${'change}'} and by eq ${aadObjectId}`;
      for await (const row of table.listEntities<Row>({ queryOptions: { filter } })) {
        if (row.byName === label) continue;
        await table.updateEntity(
          { partitionKey: row.partitionKey, rowKey: row.rowKey, byName: label },
          'Merge',
        );
      }
    },
  };
}

/**
 * The rows in as few transactions as the service's limits allow, `last` in the final one. A single edit (one
 * heading, its log entry) is always one transaction; only a large refresh or a new draft is split, and a split
 * that stops part-way is safe: the heading rows written already keep their points, and the next refresh or
 * creation writes the rest (see `creating`).
 */
function batches(
  rows: readonly TransactionAction[],
  last: readonly TransactionAction[],
): TransactionAction[][] {
  const size = (row: TransactionAction): number => Buffer.byteLength(JSON.stringify(row[1])) + 512;
  const lastSize = last.reduce((sum, row) => sum + size(row), 0);
  const result: TransactionAction[][] = [];
  let batch: TransactionAction[] = [];
  let bytes = 0;
  for (const row of rows) {
    if (batch.length > 0 && (batch.length >= MAX_ROWS || bytes + size(row) > MAX_BYTES)) {
      result.push(batch);
      [batch, bytes] = [[], 0];
    }
    batch.push(row);
    bytes += size(row);
  }
  if (batch.length + last.length > MAX_ROWS || bytes + lastSize > MAX_BYTES) {
    result.push(batch);
    batch = [];
  }
  result.push([...batch, ...last]);
  return result.filter((b) => b.length > 0);
}
