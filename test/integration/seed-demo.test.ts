import assert from 'node:assert/strict';
import { demoYear } from '../../src/cli/demo/demo-year';
import { demoSummary, seedDemo } from '../../src/cli/demo/seed-demo';
import { addDays, daysBetween, londonDay, londonTime } from '../../src/kernel/london';
import { createStores, type Stores } from '../../src/storage/stores';
import { openTables, type Tables } from '../../src/storage/tables';
import { loadForms } from '../../src/visits/forms';
import { findSensitiveData } from '../../src/visits/sensitive-data';
import type { VisitRecord } from '../../src/visits/types';
import { startTestAzurite, uniquePrefix } from '../support/azurite';
import { TEST_START, testClock } from '../support/clock';

/** Real people named in the source documents (shared/seeds): the demo must invent its own. */
const REAL_NAMES = [
  'Deborah Woodcock',
  'Louise Hurst',
  'Nathan Pardoe',
  'Andrew Lewis',
  'Helen Brackenbury',
  'Del Curtis',
  'Phil Taylor',
  'Michaela Berry',
  'Ryan Wise',
  'Ruth Mueller',
  'Malcolm Shaw',
  'Laura Seebohm',
  'Alec Fraher',
  'Anita Singh',
  'Konstantin Yuganov',
];
const REAL_SURNAMES = /\b(?:Woodcock|Hurst|Pardoe|Brackenbury|Curtis|Seebohm|Fraher|Yuganov|Mueller)\b/;
const CREWE = 'cin-cp-crewe';

/** Every row of every table, with its etag: equal snapshots mean nothing was written in between. */
async function snapshot(tables: Tables): Promise<string[]> {
  const rows: string[] = [];
  for (const [name, table] of Object.entries(tables)) {
    for await (const row of table.listEntities())
      rows.push(`${name}|${row.partitionKey}|${row.rowKey}|${row.etag}`);
  }
  return rows.sort();
}

describe('npm run seed -- --demo: an invented municipal year', () => {
  let azurite: Awaited<ReturnType<typeof startTestAzurite>>;
  let tables: Tables;
  let stores: Stores;
  let records: VisitRecord[];
  const clock = testClock(TEST_START);
  const today = londonDay(TEST_START);
  const forms = loadForms();

  before(async () => {
    azurite = await startTestAzurite();
    tables = await openTables(azurite.connectionString, uniquePrefix());
    stores = createStores(tables);
    const first = await seedDemo(stores, clock);
    assert.equal(first.written, true);
    const summaries = await stores.visits.listSummaries();
    const loaded = await Promise.all(summaries.map((s) => stores.visits.load(s.visit.id)));
    records = loaded
      .filter((r): r is VisitRecord => r !== undefined)
      .sort((a, b) => a.visit.date.localeCompare(b.visit.date));
  });
  after(() => azurite.stop());

  it('covers the last full municipal year before the clock’s day: 12 submitted visits to all five services', () => {
    const { from, to } = demoYear(today).period;
    assert.match(from, /^\d{4}-04-01$/);
    assert.equal(to, addDays(`${Number(from.slice(0, 4)) + 1}-04-01`, -1));
    assert.ok(
      to < today && today <= addDays(to, 366),
      `${from}..${to} is not the last full year before ${today}`,
    );
    assert.equal(records.length, 12);
    for (const { visit } of records) {
      assert.match(visit.id, /^demo-[a-z-]+-\d{8}$/);
      assert.equal(visit.status, 'submitted');
      assert.ok(visit.date >= from && visit.date <= to, `${visit.id} is outside the period`);
    }
    const perService = new Map<string, number>();
    for (const { visit } of records)
      perService.set(visit.serviceId, (perService.get(visit.serviceId) ?? 0) + 1);
    assert.equal(perService.size, 5);
    for (const [service, count] of perService) assert.ok(count >= 2, `${service} has ${count} visit(s)`);
  });

  it('answers every step of the form with several points, and submits within four weeks of the visit', () => {
    const now = clock.now().toISOString();
    for (const { visit, answers } of records) {
      const steps = forms.get(visit.formKey)!.steps;
      assert.deepEqual([...answers.keys()].sort(), steps.map((s) => s.id).sort(), visit.id);
      for (const step of steps.filter((s) => s.lens)) {
        const lines = answers
          .get(step.id)!
          .text.split('\n')
          .filter((l) => l.trim());
        assert.ok(lines.length >= 2 && lines.every((l) => l.length > 20), `${visit.id} ${step.id}`);
      }
      const gridLines = steps.filter((s) => s.lens).flatMap((s) => answers.get(s.id)!.text.split('\n'));
      assert.ok(gridLines.length >= 20, `${visit.id} has only ${gridLines.length} grid points`);
      const submitted = visit.submittedAt!;
      const days = daysBetween(visit.date, londonDay(new Date(submitted)));
      assert.ok(days > 0 && days <= 28, `${visit.id} submitted ${days} days after the visit`);
      assert.ok(visit.createdAt < submitted && submitted < now, visit.id);
      for (const answer of answers.values())
        assert.ok(answer.updatedAt <= submitted, `${visit.id} ${answer.stepId}`);
      assert.ok(visit.councillorIds.length >= 1 && visit.councillorIds.length <= 2);
    }
  });

  it('has a response from every named responder (two on Crewe) except on the last visit, in March, which awaits feedback', () => {
    const awaiting = records.filter((r) => !r.request?.completedAt);
    assert.deepEqual(
      awaiting.map((r) => r.visit.id),
      [records.at(-1)!.visit.id],
    );
    assert.equal(records.at(-1)!.visit.date.slice(5, 7), '03');
    assert.equal(awaiting[0]!.responses?.size, 0);
    const now = clock.now().toISOString();
    for (const { visit, request, responses } of records.slice(0, -1)) {
      assert.ok(request, visit.id);
      assert.equal(request.responderIds.length, visit.serviceId === CREWE ? 2 : 1, visit.id);
      assert.deepEqual([...responses!.keys()].sort(), [...request.responderIds].sort(), visit.id);
      for (const response of responses!.values()) {
        const days = daysBetween(londonDay(new Date(visit.submittedAt!)), londonDay(new Date(response.at)));
        assert.ok(days > 0 && days <= 35, `${visit.id}: responded ${days} days after submission`);
        assert.ok(response.at < now && response.text.length > 100 && response.title, visit.id);
      }
      assert.equal(
        request.completedAt,
        [...responses!.values()]
          .map((r) => r.at)
          .sort()
          .at(-1),
      );
    }
  });

  it('holds no personal details, no names of real people, and no names of the people it invents', async () => {
    const people = await stores.people.list();
    const theirNames = people.flatMap((p) => p.name.replace(/^Cllr /, '').split(' '));
    const texts = records.flatMap((r) => [
      ...[...r.answers.values()].map((a) => `${r.visit.id} ${a.stepId}: ${a.text}`),
      ...[...(r.responses?.values() ?? [])].map((x) => `${r.visit.id} response: ${x.text}`),
    ]);
    assert.ok(texts.length > 150);
    for (const text of texts) {
      assert.deepEqual(findSensitiveData(text), [], text);
      for (const name of theirNames) assert.ok(!new RegExp(`\\b${name}\\b`).test(text), `${name} in ${text}`);
    }
    const everything = [...texts, ...people.flatMap((p) => [p.name, p.email, p.title ?? ''])].join('\n');
    for (const name of REAL_NAMES) assert.ok(!everything.includes(name), name);
    assert.doesNotMatch(everything, REAL_SURNAMES);
  });

  it('invents nine people in their own id range and lists the services in the paper’s order', async () => {
    const people = await stores.people.list();
    assert.equal(people.length, 9);
    for (const p of people) assert.match(p.aadObjectId, /^00000000-0000-4000-9000-0000000\d{5}$/);
    assert.deepEqual(people.map((p) => p.role).sort(), [
      ...Array<string>(5).fill('councillor'),
      'partnerships',
      ...Array<string>(3).fill('responder'),
    ]);
    const services = (await stores.services.list()).sort((a, b) => a.order! - b.order!);
    assert.deepEqual(
      services.map((s) => s.id),
      ['checs', 'cin-cp-crewe', 'cin-cp-macclesfield', 'cwd-social-work', 'cwd-short-breaks'],
    );
    assert.deepEqual(
      services.map((s) => s.reportHeading),
      [
        undefined,
        'Child in Need / Child Protection (CIN/CP)',
        'Child in Need / Child Protection (CIN/CP)',
        undefined,
        undefined,
      ],
    );
  });

  it('keeps a rota with a move for sickness, a cancellation for availability and a visit booked for the April after', async () => {
    const { from, to } = demoYear(today).period;
    const bookings = await stores.bookings.list();
    assert.equal(bookings.length, 4);
    const moved = bookings.find((b) => b.history.some((e) => e.what.startsWith('moved')))!;
    const move = moved.history.find((e) => e.what.startsWith('moved'))!;
    assert.equal(move.reason, 'sickness in the service');
    assert.ok(move.from && move.from.day >= from && move.from.day < moved.day);
    assert.ok(records.some((r) => r.visit.id === moved.id && r.visit.date === moved.day));
    const cancelled = bookings.find((b) => b.status === 'cancelled')!;
    assert.equal(cancelled.history.at(-1)?.reason, 'councillor availability');
    assert.equal(cancelled.serviceId, moved.serviceId);
    const ahead = bookings.filter((b) => b.day > to);
    assert.equal(ahead.length, 1);
    assert.equal(ahead[0]!.status, 'booked');
    assert.equal(ahead[0]!.day.slice(5, 7), '04');
  });

  it('builds the report index: every visit of the period, one awaiting feedback', async () => {
    const { from, to } = demoYear(today).period;
    const indexed = await stores.reportVisits.between(from, to);
    assert.equal(indexed.length, 12);
    assert.equal(indexed.filter((v) => !v.complete).length, 1);
  });

  it('writes nothing when run again, and says what it loaded', async () => {
    const before = await snapshot(tables);
    const again = await seedDemo(stores, clock);
    assert.equal(again.written, false);
    assert.deepEqual(await snapshot(tables), before);
    const { label, key } = again.year.period;
    assert.equal(
      demoSummary(again.year, 'Azurite'),
      `Loaded the demo year ${label}: 5 services, 12 visits (1 awaiting feedback), 9 people, 4 bookings into ` +
        `Azurite. Next: npm run report -- --period ${key} --out report`,
    );
  });

  it('finishes a load that stopped half-way, without writing anything twice', async () => {
    const partial = createStores(await openTables(azurite.connectionString, uniquePrefix()));
    const first = demoYear(today).visits[0]!;
    await partial.visits.create(first.visit);
    await partial.visits.saveAnswer(first.visit.id, first.answers[0]!, undefined);
    assert.equal((await seedDemo(partial, clock)).written, true);
    const record = (await partial.visits.load(first.visit.id))!;
    assert.equal(record.visit.status, 'submitted');
    assert.equal(record.answers.size, first.answers.length);
    assert.equal(record.responses?.size, first.responses.length);
    assert.equal((await partial.visits.listSummaries()).length, 12);
  });
});

describe('demoYear (pure)', () => {
  it('is the same for the same day, and picks the last full municipal year', () => {
    assert.deepEqual(demoYear('2026-11-29'), demoYear('2026-11-29'));
    assert.deepEqual(
      ['2026-11-29', '2026-04-01', '2026-03-31', '2027-01-10'].map((d) => demoYear(d).period.key),
      ['2025-26', '2025-26', '2024-25', '2025-26'],
    );
    assert.equal(demoYear('2026-11-29').period.label, '1 April 2025 – 31 March 2026');
  });

  it('on the day after the period, dates nothing later than the day before', () => {
    const year = demoYear('2026-04-01');
    const limit = londonTime('2026-04-01', '00:00').toISOString();
    const instants = year.visits.flatMap((v) => [
      v.visit.createdAt,
      v.submitted.at,
      ...v.answers.map((a) => a.updatedAt),
      ...v.responses.map((r) => r.at),
    ]);
    for (const at of [...instants, ...year.bookings.flatMap((b) => b.history.map((e) => e.at))]) {
      assert.ok(at < limit, at);
    }
  });
});
