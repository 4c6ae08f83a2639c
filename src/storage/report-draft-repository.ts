import { createHash, randomUUID } from 'node:crypto';
import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import { ConcurrencyConflict } from '../kernel/errors';
import type { ReportDraftRepository } from '../report/store';
import type { DraftChange, DraftSections, ServiceDraft } from '../report/types';
import { fromChunks, toChunks } from './json-chunks';

type Row = { partitionKey: string; rowKey: string; etag: string } & Record<string, unknown>;

const SECTIONS = 'sections';
const REFRESHED = 'refreshed';
/** A heading may hold "/" (CIN/CP), which keys may not: the row is named by a hash and holds the heading. */
const serviceRow = (heading: string): string =>
  `service|${createHash('sha1').update(heading).digest('hex').slice(0, 20)}`;
/** Change rows sort newest first: "change|<ms to year 9999>|<random>". */
const CHANGE_PREFIX = 'change|';
const MAX_ROWS = 100;

/**
 * The ReportDrafts table: one partition per period. Rows: "sections" (title block and free text), "refreshed"
 * (which visits the draft has seen), one "service|…" row per heading, and the change log ("change|…"). Every
 * edit is one entity-group transaction of the rows it changes (each under its ETag) and its log entry.
 */
export function createReportDraftRepository(table: TableClient): ReportDraftRepository {
  return {
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
      const actions: TransactionAction[] = [];
      const write = (rowKey: string, etag: string, fields: Record<string, unknown>): void => {
        const entity = { partitionKey: periodKey, rowKey, ...fields };
        actions.push(etag ? ['update', entity, 'Replace', { etag }] : ['create', entity]);
      };
      if (changes.sections) write(SECTIONS, changes.sections.etag, toChunks('text', changes.sections.text));
      if (changes.refreshed) write(REFRESHED, changes.refreshed.etag, { version: changes.refreshed.version });
      for (const service of changes.services ?? []) {
        const { etag, ...draft } = service;
        write(serviceRow(service.heading), etag, toChunks('draft', draft));
      }
      log.forEach((change) => {
        const newestFirst = String(253402300800000 - Date.parse(change.at)).padStart(15, '0');
        const rowKey = `${CHANGE_PREFIX}${newestFirst}|${randomUUID().slice(0, 8)}`;
        actions.push(['create', { partitionKey: periodKey, rowKey, ...change }]);
      });
      if (actions.length > MAX_ROWS) throw new Error(`A draft change may write at most ${MAX_ROWS} rows`);
      try {
        await table.submitTransaction(actions);
      } catch (error) {
        const status = (error as { statusCode?: number }).statusCode;
        if (status === 412 || status === 409) throw new ConcurrencyConflict();
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
  };
}
