import assert from 'node:assert/strict';
import type { Action } from '../../../src/actions/types';
import type { Person, Service } from '../../../src/directory/types';
import type { Quiet } from '../../../src/nudges/types';
import type { OutboxMessage } from '../../../src/outbox/types';
import type { OpenMessage } from '../../../src/outbox/waiting';
import { readOverview, type OverviewDeps } from '../../../src/overview/overview';
import type { ClosedVisit, OpenVisit, StandingRepository } from '../../../src/overview/standing';
import type { Booking } from '../../../src/rota/types';
import type { VisitSummary } from '../../../src/visits/store';
import type { Visit } from '../../../src/visits/types';

const NOW = new Date('2026-11-24T10:00:00Z');
const service = (id: string): Service => ({ id, name: `Team ${id}`, cadenceMonths: 5, responderIds: [] });
const alex: Person = { aadObjectId: 'alex', name: 'Cllr Alex', email: 'a@x', role: 'councillor' };
const visit = (id: string, serviceId: string, date: string, extra: Partial<Visit> = {}): Visit => ({
  id,
  serviceId,
  serviceName: `Team ${serviceId}`,
  date,
  councillorIds: ['alex'],
  councillorNames: ['Cllr Alex'],
  formKey: 'signs-of-safety@2',
  status: 'submitted',
  createdBy: 'alex',
  createdAt: `${date}T12:00:00Z`,
  submittedAt: `${date}T15:00:00Z`,
  etag: '',
  ...extra,
});
const booking = (id: string, serviceId: string, day: string): Booking => ({
  id,
  serviceId,
  day,
  time: '10:00',
  councillorIds: ['alex'],
  status: 'booked',
  history: [],
  etag: '',
});
const message = (id: string, status: OutboxMessage['status'], lastError?: string): OutboxMessage => ({
  id,
  store: 'Outbox',
  partition: 'outbox',
  rowKey: `outbox|${id}`,
  to: { kind: 'service', serviceId: 'due' },
  kind: 'post',
  summary: `Message ${id}`,
  activity: {},
  status,
  attempts: lastError ? 1 : 0,
  nextAttemptAt: NOW.toISOString(),
  createdAt: NOW.toISOString(),
  etag: '',
  ...(lastError ? { lastError } : {}),
});

function deps(
  summaries: VisitSummary[],
  bookings: Booking[],
  quiet: Map<string, Quiet>,
  open: OpenMessage[],
  actions: Action[] = [],
) {
  return {
    directory: {
      services: async () => ['never', 'overdue', 'due', 'booked'].map(service),
      councillors: async () => [alex],
      person: async () => undefined,
    },
    bookings: { list: async () => bookings, get: async () => undefined },
    visits: { listSummaries: async () => summaries, load: async () => undefined },
    standing: inMemoryStanding(),
    nudges: { quiet: async () => quiet },
    dispatcher: { review: async () => open },
    clock: { now: () => NOW },
    settings: { dueSoonDays: 30, formOverdueDays: 28 },
    actionStore: { all: async () => actions },
  } satisfies OverviewDeps;
}

/** The index as a map, not yet whole: the overview builds it from the bookings and summaries first. */
function inMemoryStanding(): StandingRepository {
  let rows: { open: OpenVisit[]; closed: ClosedVisit[] } = { open: [], closed: [] };
  let whole = false;
  return {
    read: async () => rows,
    put: async () => undefined,
    replace: async (open, closed) => void (rows = { open: [...open], closed: [...closed] }),
    isWhole: async () => whole,
    setWhole: async (value) => void (whole = value),
    beginRebuild: async () => 'mark',
    endRebuild: async () => (whole = true),
    interruptRebuild: async () => undefined,
  };
}

describe('the partnerships overview', () => {
  it('gives each flagged line the topic the rules nudge under, with its quiet state', async () => {
    const overview = await readOverview(
      deps(
        [{ visit: visit('v1', 'overdue', '2026-05-01') }, { visit: visit('v2', 'due', '2026-07-10') }],
        [booking('b1', 'booked', '2026-12-03')],
        new Map([['service-overdue:overdue:2026-10-01', { until: '2026-12-01T10:00:00.000Z', by: 'Sam' }]]),
        [],
      ),
    );
    assert.deepEqual(
      overview.lines.map((l) => [l.service.id, l.flag, l.topic, l.quiet?.by]),
      [
        ['never', 'never visited', 'never-visited:never', undefined],
        ['overdue', 'overdue', 'service-overdue:overdue:2026-10-01', 'Sam'],
        ['due', 'due soon', 'service-due-soon:due:2026-12-10', undefined],
        ['booked', 'booked', undefined, undefined],
      ],
    );
  });

  it('lists held visits without a submitted form, due 28 days after the visit, overdue after that', async () => {
    const overview = await readOverview(
      deps(
        [{ visit: visit('v1', 'due', '2026-11-20', { status: 'draft' }) }],
        [booking('b1', 'overdue', '2026-10-20'), booking('b2', 'booked', '2026-12-03')],
        new Map([['form-overdue:b1', { handled: true, by: 'Sam' }]]),
        [],
      ),
    );
    assert.deepEqual(
      overview.formsAwaited.map((f) => [f.visitId, f.councillorNames, f.dueDay, f.overdue, f.topic, f.quiet]),
      [
        ['b1', ['Cllr Alex'], '2026-11-17', true, 'form-overdue:b1', { handled: true, by: 'Sam' }],
        ['v1', ['Cllr Alex'], '2026-12-18', false, 'form-overdue:v1', undefined],
      ],
    );
  });

  it('names the responders still awaited, oldest submission first; complete visits are not listed', async () => {
    const responders = (responded: string[]) => ({ ids: ['r1', 'r2'], names: ['Dana', 'Chris'], responded });
    const overview = await readOverview(
      deps(
        [
          { visit: visit('late', 'due', '2026-10-01'), responders: responders(['r1']) },
          { visit: visit('early', 'due', '2026-09-01'), responders: responders([]) },
          {
            visit: visit('done', 'due', '2026-08-01'),
            responders: responders(['r1', 'r2']),
            responsesCompleteAt: 'x',
          },
        ],
        [],
        new Map(),
        [],
      ),
    );
    assert.deepEqual(
      overview.responsesAwaited.map((r) => [r.visitId, r.awaiting, r.topic]),
      [
        ['early', ['Dana', 'Chris'], 'response-overdue:early'],
        ['late', ['Chris'], 'response-overdue:late'],
      ],
    );
  });

  it('lists failed deliveries (Retry) and those waiting for a channel, not those that go by themselves', async () => {
    const overview = await readOverview(
      deps([], [], new Map(), [
        { message: message('dead', 'dead', '503: {}'), reachable: true },
        { message: message('unlinked', 'pending'), reachable: false },
        { message: message('queued', 'pending'), reachable: true },
        { message: message('retrying', 'pending', '502: {}'), reachable: true },
      ]),
    );
    assert.deepEqual(
      overview.undelivered.map((d) => [d.id, d.to, d.why, d.canRetry]),
      [
        ['dead', 'Team due', 'Teams answered 503 (unavailable)', true],
        ['unlinked', 'Team due', 'no channel is linked to receive it.', false],
      ],
    );
    assert.match(overview.undelivered[1]!.fix, /type "link due"/);
  });

  it('counts each service’s open actions (agreed or in progress) and those past their target month', async () => {
    const action = (serviceId: string, status: Action['status'], target?: string): Action => ({
      id: `${serviceId}-${status}-${target}`,
      visitId: 'v1',
      serviceId,
      serviceName: `Team ${serviceId}`,
      visitDate: '2026-05-01',
      text: 'Do something',
      status,
      ...(target ? { target } : {}),
      history: [],
      impacts: [],
      etag: 'e',
    });
    const overview = await readOverview(
      deps(
        [],
        [],
        new Map(),
        [],
        [
          action('overdue', 'agreed', '2026-10'), // before November: overdue
          action('overdue', 'in progress', '2026-11'), // this month: not yet
          action('overdue', 'in progress'),
          action('overdue', 'done', '2026-01'),
          action('due', 'declined'),
          action('due', 'proposed'),
          action('booked', 'in progress', '2026-09'),
        ],
      ),
    );
    assert.deepEqual(
      overview.lines.map((l) => [l.service.id, l.openActions]),
      [
        ['never', undefined],
        ['overdue', { open: 3, overdue: 1 }],
        ['due', undefined],
        ['booked', { open: 1, overdue: 1 }],
      ],
    );
  });
});
