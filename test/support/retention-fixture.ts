import type { TableClient } from '@azure/data-tables';
import { createAuditTrail } from '../../src/audit/trail';
import { renderDraftReminder } from '../../src/cards/draft-reminder-card';
import { createLogger } from '../../src/kernel/log';
import { createLegalHolds } from '../../src/retention/holds';
import { createRetention } from '../../src/retention/job';
import { DEFAULT_SCHEDULE } from '../../src/retention/types';
import type { Stores } from '../../src/storage/stores';
import type { Tables } from '../../src/storage/tables';

/** A visit to write with everything that hangs off it, as the bot would have left it. */
export interface SeededVisit {
  readonly id: string;
  readonly serviceId: string;
  readonly date: string;
  readonly status: 'draft' | 'submitted';
  readonly councillorIds: readonly string[];
  readonly createdAt: string;
  /** How many answer rows to write (a partition of more than 100 rows takes more than one transaction). */
  readonly answers?: number;
}

/**
 * Writes a visit through the repositories: its row and answers; once submitted, the response request and its
 * outbox message, an amendment, the report's copy, an action and a booking; the councillors' pointers always.
 */
export async function seedVisit(stores: Stores, v: SeededVisit): Promise<void> {
  const visit = {
    id: v.id,
    serviceId: v.serviceId,
    serviceName: 'Cheshire East Consultation Service (ChECS)',
    date: v.date,
    councillorIds: v.councillorIds,
    councillorNames: v.councillorIds.map((id) => `Cllr ${id}`),
    formKey: 'signs-of-safety@1',
    status: 'draft' as const,
    createdBy: v.councillorIds[0]!,
    createdAt: v.createdAt,
  };
  await stores.visits.create(visit);
  for (let i = 0; i < (v.answers ?? 2); i++) {
    await stores.visits.saveAnswer(
      v.id,
      {
        stepId: `step${String(i).padStart(3, '0')}`,
        text: `Answer ${i}`,
        revision: 1,
        updatedBy: v.councillorIds[0]!,
        updatedByName: 'Cllr',
        updatedAt: v.createdAt,
      },
      undefined,
    );
  }
  await stores.councillorVisits.add(v.councillorIds, { visitId: v.id, date: v.date });
  if (v.status === 'draft') return;
  const loaded = await stores.visits.load(v.id);
  const at = v.createdAt;
  await stores.visits.submit(
    loaded!.visit,
    { by: v.councillorIds[0]!, byName: 'Cllr', at },
    { messageId: `${v.id}.request`, responderIds: ['responder-1'], responderNames: ['Head'], revision: 0 },
    [
      {
        id: `${v.id}.request`,
        to: { kind: 'service', serviceId: v.serviceId },
        kind: 'post',
        summary: 'x',
        activity: {},
      },
    ],
  );
  await stores.visits.amend(
    v.id,
    {
      stepId: 'step000',
      text: 'Amended',
      revision: 2,
      updatedBy: v.councillorIds[0]!,
      updatedByName: 'Cllr',
      updatedAt: at,
    },
    (await stores.visits.load(v.id))!.answers.get('step000'),
    {
      stepId: 'step000',
      reason: 'typo',
      previousText: 'Answer 0',
      by: v.councillorIds[0]!,
      byName: 'Cllr',
      at,
    },
  );
  await stores.reportVisits.put({
    visitId: v.id,
    serviceId: v.serviceId,
    serviceName: visit.serviceName,
    date: v.date,
    councillorNames: visit.councillorNames,
    formKey: visit.formKey,
    submittedAt: at,
    answers: { step000: 'Amended' },
    responderNames: ['Head'],
    responses: [],
    complete: false,
    version: 1,
  });
  await stores.actions.saveAll(v.serviceId, [
    {
      id: `${v.id}.a1`,
      visitId: v.id,
      serviceId: v.serviceId,
      serviceName: visit.serviceName,
      visitDate: v.date,
      text: 'Recruit',
      status: 'proposed',
      history: [],
      impacts: [],
      etag: '',
    },
  ]);
  await stores.bookings.create({
    id: v.id,
    serviceId: v.serviceId,
    day: v.date,
    time: '10:00',
    councillorIds: v.councillorIds,
    status: 'booked',
    history: [],
  });
}

/**
 * Writes a period's committee report draft as the officer's page would: its free sections, one heading quoting
 * `visitIds`, and `changes` entries in its change log by `editor` (a large log takes more than one transaction).
 */
export async function seedReportDraft(
  stores: Stores,
  periodKey: string,
  visitIds: readonly string[],
  { editor = 'officer-1', changes = 1 } = {},
): Promise<void> {
  const points = visitIds.map((visitId, i) => ({ id: `p${i}`, text: `Point ${i}`, visitId }));
  const log = Array.from({ length: changes }, (_, i) => ({
    at: new Date(Date.UTC(2021, 4, 1, 0, i)).toISOString(),
    by: editor,
    byName: 'Officer',
    what: `edit ${i}`,
  }));
  await stores.reportDrafts.save(
    periodKey,
    {
      sections: { text: { committee: 'Corporate Parenting' }, etag: '' },
      services: [
        {
          heading: 'ChECS',
          columns: { 'working-well': [{ id: 't1', title: 'Staff', points }], worries: [], 'next-steps': [] },
          dropped: [],
          etag: '',
        },
      ],
      refreshed: { version: 'v1', etag: '' },
    },
    log.slice(0, 50),
  );
  for (let start = 50; start < log.length; start += 90) {
    await stores.reportDrafts.save(periodKey, {}, log.slice(start, start + 90));
  }
}

/** Every row in a table, as "partition/row" keys, sorted. */
export async function keysOf(table: TableClient): Promise<string[]> {
  const keys: string[] = [];
  for await (const row of table.listEntities()) keys.push(`${row.partitionKey}/${row.rowKey}`);
  return keys.sort();
}

/** Every row of every table that holds a visit's data and names the visit (by partition, row key or column). */
export async function footprint(tables: Tables, visitId: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of ['Visits', 'CouncillorVisits', 'ReportVisits', 'Actions', 'Rota'] as const) {
    for await (const row of tables[name].listEntities<Record<string, unknown>>()) {
      if (row.partitionKey === visitId || row.rowKey === visitId || row.visitId === visitId) {
        found.push(`${name}:${row.partitionKey}/${row.rowKey}`);
      }
    }
  }
  return found.sort();
}

/**
 * The table with a storage fault: the `failAt`-th entity-group transaction (1-based) is refused, as storage that
 * stops answering part-way would; other calls pass through.
 */
export function failingTransactions(table: TableClient, failAt: number): TableClient {
  let count = 0;
  return new Proxy(table, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (property !== 'submitTransaction' || typeof value !== 'function') {
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return (...args: unknown[]) => {
        count += 1;
        if (count === failAt)
          return Promise.reject(Object.assign(new Error('injected fault'), { statusCode: 503 }));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** The retention job on these stores with a fixed clock at `now`, logging into `logged`. */
export function retentionAt(stores: Stores, now: string | { now: () => Date }, logged: string[] = []) {
  const clock = typeof now === 'string' ? { now: () => new Date(now) } : now;
  const log = createLogger((_level, line) => logged.push(line));
  return createRetention({
    ...stores,
    audit: createAuditTrail({ store: stores.audit, key: Buffer.alloc(32, 1), clock, log }),
    outboxes: [stores.visitOutbox, stores.standaloneOutbox],
    outbox: stores.standaloneOutbox,
    renderReminder: (r) => renderDraftReminder(r, DEFAULT_SCHEDULE.draftDays),
    schedule: DEFAULT_SCHEDULE,
    clock,
    log,
    queued: () => undefined,
  });
}

/** Legal holds on these stores, placed on 1 January 2026, numbered H-1, H-2, ... from `first`. */
export function legalHoldsOn(stores: Stores, first = 1) {
  let n = first - 1;
  const clock = { now: () => new Date('2026-01-01T00:00:00Z') };
  return createLegalHolds({
    holds: stores.holds,
    services: stores.services,
    visits: stores.visits,
    people: stores.people,
    audit: createAuditTrail({
      store: stores.audit,
      key: Buffer.alloc(32, 1),
      clock,
      log: createLogger(() => undefined),
    }),
    clock,
    newId: () => `H-${++n}`,
  });
}

/** A nudge to councillor c1, as the outbox queues it. */
export const bookedNudge = {
  id: 'nudge.booked:x:c1',
  to: { kind: 'person', aadObjectId: 'c1' } as const,
  kind: 'post' as const,
  summary: 'Booked',
  activity: { text: 'You are booked' },
};
