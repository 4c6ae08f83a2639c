import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import type { ActionRepository } from '../actions/store';
import { ACTION_STATUSES, type Action, type ActionOwner, type ActionStatus } from '../actions/types';
import { ConcurrencyConflict } from '../kernel/errors';
import type { ActionDeletion } from '../retention/store';
import { fromChunks, toChunks } from './json-chunks';
import { deleteBatch, getOrUndefined, isConflict, listPartition } from './table-helpers';

type Row = { partitionKey: string; rowKey: string; etag: string } & Record<string, unknown>;

/** An entity-group transaction holds at most 100 rows: a visit proposes far fewer actions than that. */
const MAX_ROWS = 100;

/**
 * The Actions table: PartitionKey the service's id, RowKey the action's id (its point id in its visit), so a
 * service's follow-up is one partition read and a responder's triage one entity-group transaction. History and
 * councillors' impact notes are JSON, chunked like every long value.
 */
export function createActionRepository(table: TableClient): ActionRepository & ActionDeletion {
  return {
    async forService(serviceId) {
      return sortByVisit((await listPartition<Row>(table, serviceId)).map(toAction));
    },
    async get(serviceId, actionId) {
      const row = await getOrUndefined<Row>(table, serviceId, actionId);
      return row && toAction(row);
    },
    async saveAll(serviceId, actions) {
      if (actions.length === 0) return [];
      if (actions.length > MAX_ROWS) throw new Error(`At most ${MAX_ROWS} actions can be saved at once`);
      if (actions.some((a) => a.serviceId !== serviceId)) throw new Error('Actions of another service');
      const batch = actions.map(({ etag, ...action }): TransactionAction => {
        const entity = toRow(action);
        return etag ? ['update', entity, 'Replace', { etag }] : ['create', entity];
      });
      try {
        const { subResponses } = await table.submitTransaction(batch);
        return actions.map((action, i) => ({ ...action, etag: subResponses[i]?.etag ?? '' }));
      } catch (error) {
        if (isConflict(error)) throw new ConcurrencyConflict();
        throw error;
      }
    },
    async removeOfVisit(serviceId, visitId) {
      const filter = odata`PartitionKey eq ${serviceId} and visitId eq ${visitId}`;
      const keys: string[] = [];
      for await (const row of table.listEntities<Row>({ queryOptions: { filter, select: ['RowKey'] } }))
        keys.push(row.rowKey);
      return deleteBatch(table, serviceId, keys.slice(0, MAX_ROWS));
    },
    async all() {
      const actions: Action[] = [];
      for await (const row of table.listEntities<Row>()) actions.push(toAction(row));
      return sortByVisit(actions);
    },
  };
}

function toRow(action: Omit<Action, 'etag'>) {
  const { id, serviceId, history, impacts, owner, ...rest } = action;
  return {
    partitionKey: serviceId,
    rowKey: id,
    ...rest,
    ...(owner ? { owner: JSON.stringify(owner) } : {}),
    ...toChunks('history', history),
    ...toChunks('impacts', impacts),
  };
}

function toAction(row: Row): Action {
  const status = ACTION_STATUSES.includes(row.status as ActionStatus)
    ? (row.status as ActionStatus)
    : 'proposed';
  return {
    id: row.rowKey,
    visitId: String(row.visitId),
    serviceId: row.partitionKey,
    serviceName: String(row.serviceName ?? ''),
    visitDate: String(row.visitDate ?? ''),
    text: String(row.text ?? ''),
    status,
    ...(typeof row.owner === 'string' ? { owner: JSON.parse(row.owner) as ActionOwner } : {}),
    ...(typeof row.target === 'string' ? { target: row.target } : {}),
    ...(typeof row.reason === 'string' ? { reason: row.reason } : {}),
    history: fromChunks('history', row),
    impacts: fromChunks('impacts', row),
    etag: row.etag,
  };
}

const sortByVisit = (actions: Action[]): Action[] =>
  actions.sort(
    (a, b) =>
      a.visitDate.localeCompare(b.visitDate) ||
      a.visitId.localeCompare(b.visitId) ||
      a.id.localeCompare(b.id),
  );
