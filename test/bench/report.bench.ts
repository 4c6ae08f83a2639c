import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { odata } from '@azure/data-tables';
import { writeCommitteePaper } from '../../src/documents/committee-paper-docx';
import { createDirectoryLookup } from '../../src/directory/directory';
import type { Person, Service } from '../../src/directory/types';
import { addDays, londonDay, londonTime, type Day } from '../../src/kernel/london';
import type { Logger } from '../../src/kernel/log';
import { lastMunicipalYear, municipalYear } from '../../src/report/period';
import { createReportIndexer, toReportVisit } from '../../src/report/report-index';
import { createReports } from '../../src/report/reports';
import type { Period } from '../../src/report/types';
import type { Response, ResponseRequest } from '../../src/responses/types';
import type { Booking } from '../../src/rota/types';
import { azuriteConnectionString, startAzurite } from '../../src/storage/azurite';
import { createStores, type Stores } from '../../src/storage/stores';
import { openTables, type Tables } from '../../src/storage/tables';
import { loadForms } from '../../src/visits/forms';
import type { Answer, Visit } from '../../src/visits/types';
import { auditOver } from '../support/audit';
import { testClock } from '../support/clock';
import { freePort } from '../support/free-port';
import { countingProxy, type CountingProxy } from './counting-proxy';
import { eachLimited, uuidOf } from './kit';

/**
 * `npm run bench:report`: the committee report for one municipal year over a directory of 50 services with
 * five years of submitted visits in Azurite (in memory). The measured path is what `npm run report` does:
 * `reports.export(period, user, 'docx', true)` (index, rota and directory reads; the draft started or refreshed;
 * the export logged), then `writeCommitteePaper`.
 *
 * The last full municipal year is written the real way (VisitRepository: create, every answer, submit, respond,
 * with the report indexer after each change) and measured; then the four years before it go straight into the
 * report index and the rota, and the same year is measured again (its draft dropped first), then the oldest year.
 * Each measurement runs in a fresh process, as `npm run report` does, so its memory is the report's own; its
 * storage traffic passes through a counting proxy, while the data is loaded straight to Azurite. Figures are
 * printed one per line, each with its unit. Dates come from the test clock (TEST_NOW, or a fixed day).
 * BENCH_SERVICES, BENCH_VISITS_A_YEAR and BENCH_YEARS change the load.
 */
const SERVICES = Number(process.env.BENCH_SERVICES ?? 50);
const VISITS_A_YEAR = Number(process.env.BENCH_VISITS_A_YEAR ?? 3);
const YEARS = Number(process.env.BENCH_YEARS ?? 5);
const FORM = 'signs-of-safety@2';
const CONCURRENCY = 16;

const clock = testClock();
const forms = loadForms();
const steps = forms.get(FORM)!.steps.map((s) => s.id);
const measured = lastMunicipalYear(clock.now());
const years = Array.from({ length: YEARS }, (_, i) => municipalYear(Number(measured.from.slice(0, 4)) - i));
const oldest = years.at(-1)!;
const officer: Person = {
  aadObjectId: 'bench-officer',
  name: 'Partnerships Officer',
  email: 'partnerships@bench.example',
  role: 'partnerships',
};

// ---- Deterministic words: a small phrase bank and a seeded generator. ----

function random(seed: string): () => number {
  let state = createHash('sha1').update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

const OPENERS = [
  'Staff told us that',
  'The service manager explained that',
  'Several social workers said that',
  'We heard from the team managers that',
  'Newer members of the team described how',
  'The family support workers felt that',
  'In our conversation with the whole team it was clear that',
  'Practitioners were keen to stress that',
];
const TOPICS: Readonly<Record<string, readonly string[]>> = {
  'working-well': [
    'continuity of social worker is building trust with families, and several children have kept the same worker from assessment through to the end of their plan',
    'supervision is regular and reflective, and workers can always find a manager to talk a case through when a visit has been difficult',
    'joint visits with police colleagues are arranged quickly since the restructure, and strategy discussions now happen the same day',
    'family network meetings are used much more often, so relatives are involved in plans earlier and children can stay with people they know',
    'the relationship with schools and the special educational needs team is very positive, and information is shared before problems escalate',
    'the practice week and the masterclasses were valued for sharing ideas across teams and for lifting morale after a hard winter',
    'students who had placements with the team have come back as newly qualified social workers, which has helped with stability',
    'the team work well together, support each other and share learning in a weekly case discussion that everyone attends',
    'direct work with children is creative and well recorded, and the voice of the child comes through clearly in assessments',
    'the new duty rota means urgent referrals are picked up within the hour and nobody is left holding the phone alone',
  ],
  worries: [
    'caseloads remain high, with two vacancies covered by agency workers and a backlog of assessments waiting to be allocated',
    'delays in care proceedings mean children wait longer for decisions and workers hold complex cases for many months',
    "access to children's mental health support is slow, even when a child is at risk, and the waiting list has grown since last year",
    'the office is too hot in summer and there are not enough working desks on the days the whole team is in',
    'laptops are large and heavy to carry to home visits and to court, and the connection drops in the rural parts of the patch',
    'the mileage rate has not kept up with fuel prices, and workers are out in their cars most days of the week',
    'handing tasks over to partner agencies is difficult when their own waiting lists are long and their staff keep changing',
    'recording takes too much time, and workers said they spend more of the week on forms than with children and families',
    'the number of families affected by debt, food poverty and poor housing has risen sharply over the last twelve months',
    'morale dipped after the restructure, and some experienced staff said they feel stretched and less valued than before',
  ],
  'next-steps': [
    'regular case reviews should track progress in proceedings, with legal advice sought sooner where drift is likely',
    'the council needs to review the car allowance scheme and mileage rates before the next budget round',
    'smaller, lighter laptops would help workers who are mostly out of the office, together with better mobile signal boosters',
    'more administrative support would reduce the time social workers spend on minutes, letters and chasing partners',
    'partners need to take on the actions agreed in child in need plans, with a clear route to escalate when they do not',
    'the recruitment campaign should continue, with a grow your own route for family support workers who want to qualify',
    'the office ventilation should be repaired and the desk booking system reviewed before the summer holidays',
    'a quicker route into substance misuse services for parents would prevent some cases from escalating to child protection',
    'managers plan to protect time for reflective supervision and for the team to attend practice week next year',
    'the service will report back to councillors on progress with the waiting list at the next visit',
  ],
};
const TAILS = [
  ', and they gave us recent examples that showed the difference it makes to children and their families',
  ', which the team manager linked to fewer cases drifting past their review dates over the last quarter',
  ', although they were careful to say that this varies from week to week depending on the level of demand',
  ', and this came up again when we spoke to the workers who had joined the team in the last six months',
  ', which matches what the service told councillors at the previous visit and in the quarterly performance report',
  ', and the team would like the committee to know how much this matters to the families they work with',
];
const RESPONSES = [
  'Thank you for visiting the team and for the time you spent listening to staff.',
  'We recognise the concerns about caseloads and have agreed funding for two additional social worker posts from April.',
  'The car allowance and mileage rates are being reviewed with HR and the outcome will be shared with staff in the autumn.',
  'New lightweight laptops are being rolled out across the service, starting with the workers who spend most time in the community.',
  'We have raised the delays in care proceedings with the court and with legal services, and will monitor them monthly.',
  "The waiting list for children's mental health support has been escalated to the health partnership board.",
  'Facilities have been asked to repair the ventilation, and desk numbers are being reviewed as part of the office move.',
  'I am pleased that the team feel well supported by their managers, and I will share your feedback with them directly.',
];
const FIRST = ['Alex', 'Sam', 'Jo', 'Priya', 'Tom', 'Aisha', 'Chris', 'Morgan', 'Dee', 'Lee', 'Ravi', 'Kate'];
const LAST = ['Okafor', 'Hughes', 'Patel', 'Clarke', 'Nowak', 'Evans', 'Ahmed', 'Byrne', 'Shaw', 'Lloyd'];
const TEAMS = [
  'Child in Need and Child Protection',
  'Children with Disabilities',
  'Children in Care',
  'Care Leavers',
  'Fostering',
  'Adoption',
  'Front Door (ChECS)',
  'Family Help',
  'Youth Justice',
  'Edge of Care',
];
const AREAS = ['North', 'South', 'East', 'West', 'Central'];

const sentence = (next: () => number, lens: string): string =>
  `${pick(next, OPENERS)} ${pick(next, TOPICS[lens]!)}${pick(next, TAILS)}.`;

/** A grid answer of 3–6 sentences, as prose on one line or as "- " bullets (the form takes both). */
function gridAnswer(next: () => number, lens: string): string {
  const count = 3 + Math.floor(next() * 4);
  const sentences = Array.from({ length: count }, () => sentence(next, lens));
  return next() < 0.5 ? sentences.join(' ') : sentences.map((s) => `- ${s}`).join('\n');
}

function answerText(next: () => number, stepId: string): string {
  const lens = stepId.split('.')[1];
  if (lens && TOPICS[lens]) return gridAnswer(next, lens);
  if (stepId === 'staff')
    return 'Service manager, two team managers, four social workers and a family support worker';
  if (stepId === 'covid') {
    return `${sentence(next, 'worries')} The team now work mostly in person again, with assessments written at home.`;
  }
  return `${sentence(next, 'working-well')} ${sentence(next, 'next-steps')}`;
}

// ---- The directory and the visits. ----

const person = (id: string, name: string, role: Person['role'], title?: string): Person => ({
  aadObjectId: id,
  name,
  email: `${id}@bench.example`,
  role,
  ...(title ? { title } : {}),
});
const councillors = Array.from({ length: 24 }, (_, i) =>
  person(`bench-cllr-${i}`, `Cllr ${FIRST[i % FIRST.length]} ${LAST[(i * 3) % LAST.length]}`, 'councillor'),
);
const responders = Array.from({ length: SERVICES * 2 }, (_, i) =>
  person(
    `bench-responder-${i}`,
    `${FIRST[(i * 5) % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`,
    'responder',
    i % 2 ? 'Service Manager' : 'Head of Service',
  ),
);
/** Every other service names two responders; the rest one. */
const services: Service[] = Array.from({ length: SERVICES }, (_, i) => ({
  id: `bench-service-${String(i + 1).padStart(2, '0')}`,
  name: `${TEAMS[i % TEAMS.length]} – ${AREAS[Math.floor(i / TEAMS.length) % AREAS.length]}${i < 50 ? '' : ` ${Math.floor(i / 50) + 1}`}`,
  cadenceMonths: 4,
  responderIds: responders.slice(i * 2, i * 2 + (i % 2 ? 1 : 2)).map((p) => p.aadObjectId),
  order: i + 1,
}));
const people = [...councillors, ...responders, officer];
const personById = new Map(people.map((p) => [p.aadObjectId, p]));

/** One submitted visit, as the walkthrough and the responses would have written it. */
interface BenchVisit {
  readonly visit: Omit<Visit, 'etag'>;
  readonly answers: readonly Omit<Answer, 'etag'>[];
  readonly submitted: { by: string; byName: string; at: string };
  readonly request: Omit<ResponseRequest, 'etag'>;
  readonly responses: readonly Omit<Response, 'etag'>[];
}

/** The year's visits to a service spread over its months, each service on its own days. */
const visitDay = (year: Period, serviceIndex: number, k: number): Day => {
  const spacing = Math.floor(330 / VISITS_A_YEAR);
  return addDays(year.from, 20 + k * spacing + ((serviceIndex * 7) % spacing));
};

function benchVisit(year: Period, serviceIndex: number, k: number): BenchVisit {
  const service = services[serviceIndex]!;
  const next = random(`${year.key}/${service.id}/${k}`);
  const date = visitDay(year, serviceIndex, k);
  const on = councillors.filter(
    (_, i) => i === (serviceIndex + k) % 24 || (next() < 0.5 && i === (serviceIndex + 7) % 24),
  );
  const at = (days: number, time: string): string => londonTime(addDays(date, days), time).toISOString();
  const answers = steps.map((stepId, i) => ({
    stepId,
    text: answerText(next, stepId),
    revision: 1,
    updatedBy: on[i % on.length]!.aadObjectId,
    updatedByName: on[i % on.length]!.name,
    updatedAt: at(3, `14:${String(i * 4).padStart(2, '0')}`),
  }));
  const named = service.responderIds.map((id) => personById.get(id)!);
  // A two-responder visit now and then still awaits its second response.
  const responding = named.length > 1 && next() < 0.2 ? named.slice(0, 1) : named;
  return {
    visit: {
      id: uuidOf(`${year.key}/${service.id}/${k}`),
      serviceId: service.id,
      serviceName: service.name,
      date,
      councillorIds: on.map((c) => c.aadObjectId),
      councillorNames: on.map((c) => c.name),
      formKey: FORM,
      status: 'draft',
      createdBy: on[0]!.aadObjectId,
      createdAt: at(0, '11:15'),
    },
    answers,
    submitted: { by: on[0]!.aadObjectId, byName: on[0]!.name, at: at(4, '15:30') },
    request: {
      messageId: `${uuidOf(`${year.key}/${service.id}/${k}`)}.request`,
      responderIds: named.map((p) => p.aadObjectId),
      responderNames: named.map((p) => p.name),
      revision: 0,
    },
    responses: responding.map((p, i) => ({
      responderId: p.aadObjectId,
      name: p.name,
      ...(p.title ? { title: p.title } : {}),
      text: Array.from({ length: 3 + Math.floor(next() * 3) }, () => pick(next, RESPONSES)).join(' '),
      at: at(14 + 3 * i, '12:10'),
      edited: false,
    })),
  };
}

const visitsOf = (year: Period): BenchVisit[] =>
  services.flatMap((_, s) => Array.from({ length: VISITS_A_YEAR }, (__, k) => benchVisit(year, s, k)));

/** The rota's booking of each visit (a few moved or cancelled and booked again), and the next visit booked. */
function bookingsOf(year: Period, visits: readonly BenchVisit[]): Omit<Booking, 'etag'>[] {
  return visits.map(({ visit }, i) => ({
    id: visit.id,
    serviceId: visit.serviceId,
    day: visit.date,
    time: '10:00',
    councillorIds: visit.councillorIds,
    status: 'booked',
    history: [
      { at: `${year.from}T09:00:00.000Z`, by: officer.aadObjectId, byName: officer.name, what: 'booked' },
      ...(i % 9 === 0
        ? [
            {
              at: londonTime(addDays(visit.date, -10), '09:00').toISOString(),
              by: officer.aadObjectId,
              byName: officer.name,
              what: 'moved',
              reason: 'sickness in the service',
              from: { day: addDays(visit.date, -7), time: '10:00' },
            },
          ]
        : []),
    ],
  }));
}

const futureBookings = (): Omit<Booking, 'etag'>[] =>
  services.map((service, i) => ({
    id: uuidOf(`future/${service.id}`),
    serviceId: service.id,
    day: addDays(londonDay(clock.now()), 14 + i),
    time: '10:00',
    councillorIds: [councillors[i % 24]!.aadObjectId],
    status: 'booked',
    history: [
      { at: clock.now().toISOString(), by: officer.aadObjectId, byName: officer.name, what: 'booked' },
    ],
  }));

// ---- Loading. ----

const quiet: Logger = {
  info: () => undefined,
  warn: (m) => console.error(m),
  error: (m) => console.error(m),
};

/** The measured year, the real way: create, every answer, submit, respond; the report index kept as the bot does. */
async function writeThroughVisits(stores: Stores, visits: readonly BenchVisit[]): Promise<void> {
  const indexed = createReportIndexer({
    visits: stores.visits,
    reportVisits: stores.reportVisits,
    log: quiet,
  });
  await eachLimited(visits, CONCURRENCY, async (bench) => {
    const id = bench.visit.id;
    await stores.visits.create(bench.visit);
    for (const answer of bench.answers) await stores.visits.saveAnswer(id, answer, undefined);
    const drafted = (await stores.visits.load(id))!;
    await stores.visits.submit(drafted.visit, bench.submitted, bench.request, []);
    await indexed(id);
    for (const response of bench.responses) {
      const { request, responses } = (await stores.visits.load(id))!;
      const complete = request!.responderIds.every((r) => r === response.responderId || responses?.has(r));
      const changes = { revision: request!.revision + 1, ...(complete ? { completedAt: response.at } : {}) };
      await stores.visits.respond(id, response, undefined, request!, changes, []);
      await indexed(id);
    }
  });
}

/** The other years: straight into the report index, each row what toReportVisit makes of the stored visit. */
async function writeIndexOnly(stores: Stores, visits: readonly BenchVisit[]): Promise<void> {
  await eachLimited(visits, CONCURRENCY, async (bench) => {
    const request = { ...bench.request, revision: bench.responses.length, etag: '' };
    const complete = bench.responses.length === bench.request.responderIds.length;
    const copy = toReportVisit({
      visit: {
        ...bench.visit,
        status: 'submitted',
        submittedBy: bench.submitted.by,
        submittedByName: bench.submitted.byName,
        submittedAt: bench.submitted.at,
        etag: '',
      },
      answers: new Map(bench.answers.map((a) => [a.stepId, { ...a, etag: '' }])),
      request: complete ? { ...request, completedAt: bench.responses.at(-1)!.at } : request,
      responses: new Map(bench.responses.map((r) => [r.responderId, { ...r, etag: '' }])),
    });
    await stores.reportVisits.put(copy!);
  });
}

async function writeBookings(stores: Stores, bookings: readonly Omit<Booking, 'etag'>[]): Promise<void> {
  await eachLimited(bookings, CONCURRENCY, (booking) => stores.bookings.create(booking));
}

/** Forgets a period's draft, so that its next export starts it again. */
async function dropDraft(tables: Tables, period: Period): Promise<void> {
  const rows = tables.ReportDrafts.listEntities({
    queryOptions: { filter: odata`PartitionKey eq ${period.key}` },
  });
  const keys: string[] = [];
  for await (const row of rows) keys.push(row.rowKey!);
  await eachLimited(
    keys,
    CONCURRENCY,
    async (rowKey) => void (await tables.ReportDrafts.deleteEntity(period.key, rowKey)),
  );
}

// ---- Measuring, in a process of its own (as `npm run report` runs), so its memory is the report's. ----

/** Storage traffic so far through the counting proxy, which lives in the parent. */
interface Traffic {
  readonly requests: number;
  readonly received: number;
  readonly sent: number;
}

interface Figure extends Traffic {
  readonly ms: number;
  /** CPU time of this process (user + system). */
  readonly cpuMs: number;
  /** The process's peak RSS (VmHWM) when this step ended: which step raised the peak. */
  readonly peakRssAfter: number;
  /** Time inside each storage call of the report, by call. */
  readonly calls: Readonly<Record<string, { ms: number; count: number; rows: number }>>;
}

interface Figures {
  readonly period: Period;
  readonly visits: number;
  readonly headings: number;
  readonly points: number;
  readonly docxBytes: number;
  readonly first: Figure;
  readonly docx?: Figure;
  readonly second?: Figure;
  readonly findings?: Figure;
  readonly warmFirst?: Figure;
  readonly warmDocx?: Figure;
  readonly rssAtStart: number;
  readonly peakSampled: number;
  /** Linux's VmHWM: the peak RSS of this process image. */
  readonly vmHwm: number;
  /** process.resourceUsage().maxRSS: on Linux it carries over exec, so it can show the forking parent's peak. */
  readonly maxRss: number;
  readonly error?: string;
}

type ChildMessage = { figures: Figures } | { ask: 'traffic' };

/** Linux's high-water mark of this process's resident memory (VmHWM), in bytes. */
const vmHwm = (): number =>
  Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN) * 1024;

/** The error's status, code and message, as storage gave them. */
function describe(error: unknown): string {
  const e = error as { statusCode?: number; code?: string; message?: string };
  const message = String(e.message ?? error).split('\n')[0];
  return `status ${e.statusCode ?? '-'}, code ${e.code ?? '-'}: ${message}`;
}

async function measureInChild(periodKey: string, prefix: string, proxyPort: number): Promise<void> {
  const traffic = (): Promise<Traffic> =>
    new Promise((resolve) => {
      process.once('message', (m) => resolve(m as Traffic));
      process.send!({ ask: 'traffic' } satisfies ChildMessage);
    });
  let peak = 0;
  const sample = (): void => void (peak = Math.max(peak, process.memoryUsage().rss));
  const sampler = setInterval(sample, 5);
  const period = years.find((y) => y.key === periodKey)!;
  const tables = await openTables(azuriteConnectionString(proxyPort), prefix);
  const stores = createStores(tables);
  const directory = createDirectoryLookup(stores, clock);

  let calls: Record<string, { ms: number; count: number; rows: number }> = {};
  const timed =
    <A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const start = performance.now();
      const call = (calls[name] ??= { ms: 0, count: 0, rows: 0 });
      try {
        const result = await fn(...args);
        if (Array.isArray(result)) call.rows += result.length;
        return result;
      } finally {
        call.ms += performance.now() - start;
        call.count += 1;
      }
    };
  const reports = createReports({
    reportVisits: { between: timed('reportVisits.between', stores.reportVisits.between) },
    drafts: {
      load: timed('drafts.load', stores.reportDrafts.load),
      save: timed('drafts.save', stores.reportDrafts.save),
      changes: timed('drafts.changes', stores.reportDrafts.changes),
    },
    bookings: { listBetween: timed('bookings.listBetween', stores.bookings.listBetween) },
    directory: { services: timed('directory.services', directory.services) },
    forms,
    clock,
    // The paper's actions are read for the export only: the benchmark measures the draft and its edits.
    actionsOf: async () => [],
    // Each edit appends an audit entry: part of what an edit costs.
    audit: auditOver({ append: timed('audit.append', stores.audit.append), list: stores.audit.list }, clock),
  });
  /** Times one step; a step that fails still gives its figures, with storage's error. */
  const measure = async <T>(
    work: () => Promise<T>,
  ): Promise<{ figure: Figure; value: T } | { figure: Figure; error: string }> => {
    calls = {};
    const before = await traffic();
    sample();
    const cpu = process.cpuUsage();
    const start = performance.now();
    const outcome = await work().then(
      (value) => ({ value }),
      (error: unknown) => ({ error: describe(error) }),
    );
    const ms = performance.now() - start;
    const { user, system } = process.cpuUsage(cpu);
    sample();
    const after = await traffic();
    const figure: Figure = {
      ms,
      cpuMs: (user + system) / 1000,
      peakRssAfter: vmHwm(),
      calls,
      requests: after.requests - before.requests,
      received: after.received - before.received,
      sent: after.sent - before.sent,
    };
    return { figure, ...outcome };
  };
  const rssAtStart = process.memoryUsage().rss;
  await dropDraft(tables, period);

  const done = (
    figures: Omit<Figures, 'period' | 'rssAtStart' | 'peakSampled' | 'vmHwm' | 'maxRss'>,
  ): void => {
    clearInterval(sampler);
    sample();
    const all: Figures = {
      ...figures,
      period,
      rssAtStart,
      peakSampled: peak,
      vmHwm: vmHwm(),
      maxRss: process.resourceUsage().maxRSS * 1024,
    };
    process.send!({ figures: all } satisfies ChildMessage, () => process.exit(0));
  };
  const first = await measure(() => reports.export(period, officer, 'docx', true));
  const findings = await measure(() => reports.findings(period));
  if ('error' in findings) throw new Error(findings.error);
  const load = {
    visits: findings.value.services.reduce((n, s) => n + s.visits.length, 0),
    headings: findings.value.services.length,
  };
  if ('error' in first) {
    return done({ ...load, points: 0, docxBytes: 0, first: first.figure, error: first.error });
  }
  const { paper } = first.value;
  const docx = await measure(() => writeCommitteePaper(paper, { createdAt: clock.now() }));
  if ('error' in docx) throw new Error(docx.error);
  const second = await measure(() => reports.export(period, officer, 'docx', true));
  await dropDraft(tables, period);
  const warmFirst = await measure(() => reports.export(period, officer, 'docx', true));
  const warmDocx =
    'value' in warmFirst
      ? await measure(() => writeCommitteePaper(warmFirst.value.paper, { createdAt: clock.now() }))
      : undefined;
  const failed = [second, warmFirst, warmDocx].find((step) => step && 'error' in step);
  done({
    ...load,
    points: paper.themes.services.reduce((n, s) => n + pointsIn(s), 0),
    docxBytes: docx.value.length,
    first: first.figure,
    docx: docx.figure,
    second: second.figure,
    findings: findings.figure,
    warmFirst: warmFirst.figure,
    ...(warmDocx ? { warmDocx: warmDocx.figure } : {}),
    ...(failed && 'error' in failed ? { error: failed.error } : {}),
  });
}

const pointsIn = (s: {
  columns: Readonly<Record<string, readonly { points: readonly string[] }[]>>;
}): number =>
  Object.values(s.columns).reduce((n, themes) => n + themes.reduce((m, t) => m + t.points.length, 0), 0);

/** Runs the measurement of one period in a fresh process; the parent answers its questions about traffic. */
function measureInFreshProcess(period: Period, prefix: string, proxy: CountingProxy): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--measure', period.key, prefix, String(proxy.port)], {
      execArgv: process.execArgv, // the parent's node flags (--disable-warning, or --cpu-prof when profiling)
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let figures: Figures | undefined;
    child.on('message', (message: ChildMessage) => {
      if ('ask' in message)
        child.send({ requests: proxy.count(), received: proxy.bytes(), sent: proxy.sent() });
      else figures = message.figures;
    });
    child.on('exit', (code) =>
      figures ? resolve(figures) : reject(new Error(`the measuring process exited with ${code}`)),
    );
  });
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value: number): string => `${value.toFixed(0)} ms`;
const inCalls = (figure: Figure): string =>
  Object.entries(figure.calls)
    .map(
      ([name, call]) =>
        `${name} ${ms(call.ms)}` +
        (call.count > 1 ? ` (${call.count} calls)` : '') +
        (call.rows ? ` (${call.rows} rows)` : ''),
    )
    .join(', ');

function print(f: Figures, stored: string): void {
  const load = `for ${f.visits} visits in ${f.headings} services (${stored})`;
  console.log(`Period ${f.period.key} (${f.period.label}), ${stored}:`);
  const exportLines = (what: string, e: Figure): void => {
    console.log(`report model (${what}): ${ms(e.ms)} ${load}`);
    console.log(`  of which CPU in the process: ${ms(e.cpuMs)}; time inside storage calls: ${inCalls(e)}`);
    console.log(`storage requests (${what}): ${e.requests} ${load}`);
    console.log(`storage bytes (${what}): ${mb(e.received)} received, ${mb(e.sent)} sent ${load}`);
  };
  exportLines(`first export, creates draft${f.docx ? '' : ', FAILED'}`, f.first);
  if (f.error) console.log(`FAILED: ${f.error}`);
  if (f.docx) {
    console.log(`.docx written (writeCommitteePaper): ${ms(f.docx.ms)}, ${kb(f.docxBytes)} ${load}`);
    console.log(
      `model + .docx (first export + writeCommitteePaper): ${ms(f.first.ms + f.docx.ms)} ${load} ` +
        '(target ≤ 2000 ms)',
    );
  }
  if (f.second) exportLines('second export, draft up to date', f.second);
  if (f.findings) {
    console.log(
      `findings only (no draft): ${ms(f.findings.ms)}, ${f.findings.requests} storage requests ${load}`,
    );
  }
  if (f.warmFirst && f.warmDocx) {
    console.log(
      `report model (first export again in the same process, draft dropped): ${ms(f.warmFirst.ms)}, ` +
        `${f.warmFirst.requests} storage requests ${load}`,
    );
    console.log(`.docx written again in the same process: ${ms(f.warmDocx.ms)} ${load}`);
    console.log(
      `model + .docx, warm process: ${ms(f.warmFirst.ms + f.warmDocx.ms)} ${load} (target ≤ 2000 ms)`,
    );
  }
  if (f.points) console.log(`points drafted: ${f.points} ${load}`);
  console.log(`RSS of the reporting process at start (modules loaded, tables open): ${mb(f.rssAtStart)}`);
  if (f.docx) {
    console.log(
      `peak RSS through first export + .docx (VmHWM after the .docx, as npm run report runs): ` +
        `${mb(f.docx.peakRssAfter)} ${load} (target ≤ 300 MB)`,
    );
  }
  console.log(
    `peak RSS of the reporting process over all its steps: VmHWM ${mb(f.vmHwm)}, ` +
      `sampled every 5 ms ${mb(f.peakSampled)} (target ≤ 300 MB)`,
  );
  console.log(
    `peak RSS of the reporting process, resourceUsage().maxRSS: ${mb(f.maxRss)} ` +
      "(Linux carries maxRSS over exec, so it can show the forking parent's peak; VmHWM cannot)",
  );
  const steps: [string, Figure | undefined][] = [
    ['first export', f.first],
    ['findings only', f.findings],
    ['.docx', f.docx],
    ['second export', f.second],
    ['first export again', f.warmFirst],
    ['.docx again', f.warmDocx],
  ];
  console.log(
    `peak RSS (VmHWM) of the reporting process after each step: ${steps
      .filter(([, figure]) => figure)
      .map(([name, figure]) => `${name} ${mb(figure!.peakRssAfter)}`)
      .join(', ')}`,
  );
}

async function main(): Promise<void> {
  const azurite = await startAzurite({ port: await freePort() });
  const proxy = await countingProxy(Number(/:(\d+)\//.exec(azurite.connectionString)?.[1]));
  const prefix = `benchreport${clock.now().getTime()}`;
  // Loading goes straight to Azurite; only the report's own traffic passes through the counting proxy.
  const loader = createStores(await openTables(azurite.connectionString, prefix));

  const byYear = new Map(years.map((y) => [y.key, visitsOf(y)]));
  const all = [...byYear.values()].flat();
  const grid = all.flatMap((v) => v.answers.filter((a) => a.stepId.includes('.')));
  const gridBytes = grid.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / grid.length;
  const responses = all.reduce((n, v) => n + v.responses.length, 0);
  console.log(
    `Offered load: ${SERVICES} services × ${VISITS_A_YEAR} visits a year × ${YEARS} municipal year${YEARS === 1 ? '' : 's'} ` +
      `(${oldest.key} … ${measured.key}) = ${all.length} submitted visits on ${FORM}, ${steps.length} answers ` +
      `each (grid answers ${(gridBytes / 1024).toFixed(2)} KB on average), ${responses} responses, ` +
      `${all.length + SERVICES} bookings; measured year ${measured.key}; today ${londonDay(clock.now())} (test clock)`,
  );

  let start = performance.now();
  const year = byYear.get(measured.key)!;
  await loader.people.upsertMany(people);
  await loader.services.upsertMany(services);
  await writeBookings(loader, [...bookingsOf(measured, year), ...futureBookings()]);
  await writeThroughVisits(loader, year);
  await loader.reportVisits.markBuilt();
  console.log(
    `loading ${measured.key} through the visit repository (create, 12 answers, submit, respond, index): ` +
      `${((performance.now() - start) / 1000).toFixed(1)} s for ${year.length} visits`,
  );
  print(await measureInFreshProcess(measured, prefix, proxy), `${year.length} visits stored over 1 year`);

  const others = years.filter((y) => y.key !== measured.key);
  if (!others.length) return void (await stop());
  start = performance.now();
  for (const other of others) {
    await writeBookings(loader, bookingsOf(other, byYear.get(other.key)!));
    await writeIndexOnly(loader, byYear.get(other.key)!);
  }
  console.log(
    `loading ${others.map((y) => y.key).join(', ')} straight into the report index and the rota: ` +
      `${((performance.now() - start) / 1000).toFixed(1)} s for ${others.length * SERVICES * VISITS_A_YEAR} visits`,
  );
  const stored = `${all.length} visits stored over ${YEARS} years`;
  print(await measureInFreshProcess(measured, prefix, proxy), stored);
  print(await measureInFreshProcess(oldest, prefix, proxy), stored);

  await stop();

  async function stop(): Promise<void> {
    console.log(`peak RSS of the loading process (not the report), VmHWM: ${mb(vmHwm())}`);
    proxy.close();
    await azurite.stop();
  }
}

if (process.argv[2] === '--measure') {
  const [periodKey, prefix, port] = process.argv.slice(3);
  measureInChild(periodKey!, prefix!, Number(port)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
