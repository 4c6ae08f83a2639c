import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import { ConcurrencyConflict } from '../kernel/errors';
import type { VisitRelabelling } from '../records/store';
import type { VisitDeletion } from '../retention/store';
import type { Response, ResponseRequest } from '../responses/types';
import { summaryOf, type VisitRepository } from '../visits/store';
import type { Amendment, Answer, Pause, Visit } from '../visits/types';
import type { OutboxTable } from './outbox-store';
import { isConflict } from './table-helpers';
import { createVisitDeletion } from './visit-deletion';
import { renamePerson } from './visit-rename';

const VISIT_ROW = 'visit';
const REQUEST_ROW = 'request';
const answerRow = (stepId: string): string => `answer|${stepId}`;
/** One row per councillor who paused: "pause|<aadObjectId>". */
const PAUSE_PREFIX = 'pause|';

const RESPONSE_PREFIX = 'response|';
/** What listSummaries reads of the visit, request and response rows: never answers' or responses' text. */
const SUMMARY_COLUMNS = [
  ...['PartitionKey', 'RowKey'],
  ...['serviceId', 'serviceName', 'date', 'councillorIds', 'councillorNames', 'formKey', 'status'],
  ...['createdBy', 'createdAt', 'submittedBy', 'submittedByName', 'submittedAt'],
  ...['messageId', 'responderIds', 'responderNames', 'revision', 'completedAt', 'responderId'],
];

type Row = Record<string, unknown> & { partitionKey: string; rowKey: string; etag: string };

/**
 * The Visits table. One partition per visit (PartitionKey = visit id) holds the visit row ("visit"), one row
 * per answer ("answer|<step>"), where each councillor paused ("pause|<aadObjectId>"), the response request and
 * responses, the audit ("audit|<time>|<step>"), events such as submission ("event|<time>|<what>") and the
 * outbox messages they announce. So a visit is one read, a step save one write, and submit, respond or amend
 * one entity-group transaction.
 */
export function createVisitRepository(
  table: TableClient,
  outbox: OutboxTable,
): VisitRepository & VisitRelabelling & VisitDeletion {
  const conflictsAs412or409 = async (write: () => Promise<unknown>): Promise<void> => {
    try {
      await write();
    } catch (error) {
      if (isConflict(error)) throw new ConcurrencyConflict();
      throw error;
    }
  };
  const answerAction = (visitId: string, answer: Omit<Answer, 'etag'>, expected: Answer | undefined) =>
    expected
      ? (['update', answerEntity(visitId, answer), 'Replace', { etag: expected.etag }] as TransactionAction)
      : (['create', answerEntity(visitId, answer)] as TransactionAction);

  return {
    ...createVisitDeletion(table),
    async load(visitId) {
      const filter = odata`PartitionKey eq ${visitId}`;
      let visit: Visit | undefined;
      let request: ResponseRequest | undefined;
      const answers = new Map<string, Answer>();
      const responses = new Map<string, Response>();
      const pauses = new Map<string, Pause>();
      for await (const row of table.listEntities<Row>({ queryOptions: { filter } })) {
        if (row.rowKey === VISIT_ROW) visit = toVisit(row);
        else if (row.rowKey === REQUEST_ROW) request = toRequest(row);
        else if (row.rowKey.startsWith('answer|')) {
          const answer = toAnswer(row);
          answers.set(answer.stepId, answer);
        } else if (row.rowKey.startsWith(RESPONSE_PREFIX)) {
          const response = toResponse(row);
          responses.set(response.responderId, response);
        } else if (row.rowKey.startsWith(PAUSE_PREFIX)) {
          pauses.set(row.rowKey.slice(PAUSE_PREFIX.length), {
            stepId: String(row.stepId),
            at: String(row.at),
          });
        }
      }
      return visit && { visit, answers, pauses, ...(request ? { request, responses } : {}) };
    },
    async pause(visitId, aadObjectId, pause) {
      await table.upsertEntity(
        { partitionKey: visitId, rowKey: `${PAUSE_PREFIX}${aadObjectId}`, ...pause },
        'Replace',
      );
    },
    create: (visit) => conflictsAs412or409(() => table.createEntity(visitEntity(visit))),
    saveAnswer: (visitId, answer, expected) =>
      conflictsAs412or409(() =>
        expected
          ? table.updateEntity(answerEntity(visitId, answer), 'Replace', { etag: expected.etag })
          : table.createEntity(answerEntity(visitId, answer)),
      ),
    submit: (visit, submitted, request, messages) =>
      conflictsAs412or409(() =>
        table.submitTransaction([
          [
            'update',
            visitEntity({
              ...visit,
              status: 'submitted',
              submittedBy: submitted.by,
              submittedByName: submitted.byName,
              submittedAt: submitted.at,
            }),
            'Replace',
            { etag: visit.etag },
          ],
          ['create', { partitionKey: visit.id, rowKey: `event|${submitted.at}|submitted`, ...submitted }],
          ['create', requestEntity(visit.id, request)],
          ...messages.map((message) => outbox.add(visit.id, message, new Date(submitted.at))),
        ]),
      ),
    announce: (visitId, request, changes, messages, at) =>
      conflictsAs412or409(() =>
        table.submitTransaction([
          [
            'update',
            { partitionKey: visitId, rowKey: REQUEST_ROW, ...changes },
            'Merge',
            { etag: request.etag },
          ],
          ...messages.map((message) => outbox.add(visitId, message, new Date(at))),
        ]),
      ),
    respond: (visitId, response, previous, request, changes, messages, audit) =>
      conflictsAs412or409(() =>
        table.submitTransaction([
          previous
            ? ['update', responseEntity(visitId, response), 'Replace', { etag: previous.etag }]
            : ['create', responseEntity(visitId, response)],
          [
            'update',
            { partitionKey: visitId, rowKey: REQUEST_ROW, ...changes },
            'Merge',
            { etag: request.etag },
          ],
          ...messages.map((message) => outbox.add(visitId, message, new Date(response.at))),
          ...(audit
            ? [
                [
                  'create',
                  { partitionKey: visitId, rowKey: `audit|${response.at}|response`, ...audit },
                ] as TransactionAction,
              ]
            : []),
        ]),
      ),
    amend: (visitId, answer, expected, audit) =>
      conflictsAs412or409(() =>
        table.submitTransaction([
          answerAction(visitId, answer, expected),
          ['create', { partitionKey: visitId, rowKey: `audit|${audit.at}|${audit.stepId}`, ...audit }],
        ]),
      ),
    async listSummaries() {
      const visits = new Map<string, Visit>();
      const requests = new Map<string, ResponseRequest>();
      const responded = new Map<string, string[]>();
      const filter = odata`RowKey eq ${VISIT_ROW} or RowKey eq ${REQUEST_ROW} or (RowKey ge ${RESPONSE_PREFIX} and RowKey lt ${'response}'})`;
      const rows = table.listEntities<Row>({ queryOptions: { filter, select: SUMMARY_COLUMNS } });
      for await (const row of rows) {
        if (row.rowKey === VISIT_ROW) visits.set(row.partitionKey, toVisit(row));
        else if (row.rowKey === REQUEST_ROW) requests.set(row.partitionKey, toRequest(row));
        else
          responded.set(row.partitionKey, [
            ...(responded.get(row.partitionKey) ?? []),
            String(row.responderId),
          ]);
      }
      return [...visits.values()].map((visit) =>
        summaryOf(visit, requests.get(visit.id), responded.get(visit.id) ?? []),
      );
    },
    async amendments(visitId) {
      const filter = odata`PartitionKey eq ${visitId} and RowKey ge ${'audit|'} and RowKey lt ${'audit}'}`;
      const rows: Amendment[] = [];
      for await (const row of table.listEntities<Amendment>({ queryOptions: { filter } })) {
        rows.push({
          stepId: row.stepId,
          reason: row.reason,
          previousText: row.previousText,
          by: row.by,
          byName: row.byName,
          at: row.at,
        });
      }
      return rows;
    },
    renamePerson: (aadObjectId, label) => renamePerson(table, aadObjectId, label),
  };
}

function visitEntity(visit: Omit<Visit, 'etag'>) {
  const { id, councillorIds, councillorNames, ...rest } = visit;
  return {
    partitionKey: id,
    rowKey: VISIT_ROW,
    ...rest,
    councillorIds: JSON.stringify(councillorIds),
    councillorNames: JSON.stringify(councillorNames),
  };
}

function toVisit(row: Row): Visit {
  const text = (name: string): string => String(row[name] ?? '');
  const optional = (name: string) => (typeof row[name] === 'string' ? { [name]: row[name] as string } : {});
  return {
    id: row.partitionKey,
    serviceId: text('serviceId'),
    serviceName: text('serviceName'),
    date: text('date'),
    councillorIds: JSON.parse(text('councillorIds') || '[]') as string[],
    councillorNames: JSON.parse(text('councillorNames') || '[]') as string[],
    formKey: text('formKey'),
    status: row.status === 'submitted' ? 'submitted' : 'draft',
    createdBy: text('createdBy'),
    createdAt: text('createdAt'),
    ...optional('submittedBy'),
    ...optional('submittedByName'),
    ...optional('submittedAt'),
    etag: row.etag,
  };
}

function answerEntity(visitId: string, answer: Omit<Answer, 'etag'>) {
  return { partitionKey: visitId, rowKey: answerRow(answer.stepId), ...answer };
}

function toAnswer(row: Row): Answer {
  return {
    stepId: String(row.stepId),
    text: String(row.text ?? ''),
    revision: Number(row.revision ?? 0),
    updatedBy: String(row.updatedBy ?? ''),
    updatedByName: String(row.updatedByName ?? ''),
    updatedAt: String(row.updatedAt ?? ''),
    etag: row.etag,
  };
}

function requestEntity(visitId: string, request: Omit<ResponseRequest, 'etag'>) {
  return {
    partitionKey: visitId,
    rowKey: REQUEST_ROW,
    messageId: request.messageId,
    responderIds: JSON.stringify(request.responderIds),
    responderNames: JSON.stringify(request.responderNames),
    revision: request.revision,
    ...(request.completedAt ? { completedAt: request.completedAt } : {}),
  };
}

function toRequest(row: Row): ResponseRequest {
  return {
    messageId: String(row.messageId),
    responderIds: JSON.parse(String(row.responderIds ?? '[]')) as string[],
    responderNames: JSON.parse(String(row.responderNames ?? '[]')) as string[],
    revision: Number(row.revision ?? 0),
    ...(typeof row.completedAt === 'string' ? { completedAt: row.completedAt } : {}),
    etag: row.etag,
  };
}

function responseEntity(visitId: string, response: Omit<Response, 'etag'>) {
  return { partitionKey: visitId, rowKey: `${RESPONSE_PREFIX}${response.responderId}`, ...response };
}

function toResponse(row: Row): Response {
  return {
    responderId: String(row.responderId),
    name: String(row.name ?? ''),
    ...(typeof row.title === 'string' ? { title: row.title } : {}),
    text: String(row.text ?? ''),
    at: String(row.at ?? ''),
    edited: row.edited === true,
    etag: row.etag,
  };
}
