import assert from 'node:assert/strict';
import { STANDALONE } from '../../src/storage/outbox-store';
import { createStores, type Stores } from '../../src/storage/stores';
import { openTables, type Tables } from '../../src/storage/tables';
import { startTestAzurite, uniquePrefix } from '../support/azurite';
import { bookedNudge, footprint, legalHoldsOn, retentionAt, seedVisit } from '../support/retention-fixture';

const GUID = '6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';

/** The review's cases: nothing goes without warning, on a stale plan, past a hold, or never at all. */
describe('retention on Azurite: warnings, fresh reads, holds that cover something, and rows that used to stay', function () {
  this.timeout(120_000);
  let azurite: Awaited<ReturnType<typeof startTestAzurite>>;
  let tables: Tables;
  let stores: Stores;

  before(async () => {
    azurite = await startTestAzurite();
  });
  after(async () => azurite?.stop());
  beforeEach(async () => {
    tables = await openTables(azurite.connectionString, uniquePrefix());
    stores = createStores(tables);
  });

  const runAt = (now: string, s: Stores = stores) => retentionAt(s, now).run(new Date(now));
  const legalHolds = () => legalHoldsOn(stores);
  const by = { id: 'p1', name: 'Legal' };
  const submitted = {
    id: 'v-sub',
    serviceId: 'checs',
    date: '2020-05-10',
    status: 'submitted',
    councillorIds: ['c1'],
    createdAt: '2020-05-12T10:00:00Z',
  } as const;

  it('reminds on the first run a draft idle 200 days, and deletes it no sooner than 14 days later', async () => {
    await seedVisit(stores, {
      ...submitted,
      id: 'v-idle',
      status: 'draft',
      createdAt: '2025-09-01T10:00:00Z',
    });
    const first = await runAt('2026-03-20T09:00:00Z'); // 200 days idle: due since 30 Nov 2025
    assert.deepEqual(first.plan.doomed, []);
    const reminders = await stores.standaloneOutbox.listWaiting();
    assert.deepEqual(
      reminders.map((m) => m.id),
      ['retention.draft.v-idle.2025-11-30.c1'],
    );
    assert.match(JSON.stringify(reminders[0]!.activity), /will be deleted on Fri, 3 Apr 2026/);
    await runAt('2026-04-02T22:59:00Z'); // 23:59 on 2 April, London: 13 days on
    assert.ok((await footprint(tables, 'v-idle')).length > 0);
    assert.equal((await stores.standaloneOutbox.listWaiting()).length, 1, 'reminded once');
    await runAt('2026-04-02T23:00:00Z'); // 3 April, London
    assert.deepEqual(await footprint(tables, 'v-idle'), []);
  });

  it('checks each visit again just before deleting it: a hold placed, or a draft edited, since the plan keeps it', async () => {
    await seedServices();
    await seedVisit(stores, submitted);
    await seedVisit(stores, {
      ...submitted,
      id: 'v-draft',
      status: 'draft',
      createdAt: '2025-01-01T10:00:00Z',
    });
    const reminded = await runAt('2027-03-20T09:00:00Z'); // the draft's reminder: it may go from 3 April
    assert.equal(reminded.reminders, 1);
    // After the plan has read everything, before the first deletion: a hold on the submitted visit, and an
    // answer saved on the draft.
    let changed = false;
    const gated: Stores = {
      ...stores,
      visits: {
        ...stores.visits,
        visitFactsOf: async (visitId) => {
          if (!changed) {
            changed = true;
            assert.ok((await legalHolds().place({ kind: 'visit', id: 'v-sub' }, 'INQ-2026-014', by)).ok);
            const answer = {
              stepId: 'step009',
              text: 'Later',
              revision: 1,
              updatedBy: 'c1',
              updatedByName: 'Cllr',
            };
            await stores.visits.saveAnswer(
              'v-draft',
              { ...answer, updatedAt: '2027-04-15T08:59:00Z' },
              undefined,
            );
          }
          return stores.visits.visitFactsOf(visitId);
        },
      },
    };
    const report = await runAt('2027-04-15T09:00:00Z', gated);
    assert.deepEqual(
      report.plan.doomed.map((d) => d.kind === 'visit' && d.visit.id).sort(),
      ['v-draft', 'v-sub'],
      'the plan, read before the changes, doomed both',
    );
    assert.equal(report.failed, 0);
    assert.ok((await footprint(tables, 'v-sub')).includes('Visits:v-sub/visit'));
    assert.ok((await footprint(tables, 'v-draft')).includes('Visits:v-draft/answer|step009'));
  });

  it('holds the visit a person amended, and refuses a hold that would cover nothing', async () => {
    await seedServices();
    await seedVisit(stores, submitted);
    await stores.people.upsertMany([
      { aadObjectId: GUID, name: 'Officer', email: 'Officer@Council.gov.uk', role: 'partnerships' },
    ]);
    const loaded = (await stores.visits.load('v-sub'))!;
    const amendedAt = '2021-01-05T10:00:00Z';
    await stores.visits.amend(
      'v-sub',
      {
        stepId: 'step001',
        text: 'Fixed',
        revision: 2,
        updatedBy: GUID,
        updatedByName: 'Officer',
        updatedAt: amendedAt,
      },
      loaded.answers.get('step001'),
      {
        stepId: 'step001',
        reason: 'typo',
        previousText: 'Answer 1',
        by: GUID,
        byName: 'Officer',
        at: amendedAt,
      },
    );
    const holds = legalHolds();
    const refused = async (kind: 'service' | 'visit' | 'person', id: string) => {
      const result = await holds.place({ kind, id }, 'INQ-2026-014', by);
      return result.ok ? 'placed' : result.problem;
    };
    assert.match(await refused('service', 'chekcs'), /no service "chekcs" in the directory/);
    assert.match(await refused('visit', 'v-nope'), /no visit "v-nope"/);
    assert.match(await refused('person', 'nobody@council.gov.uk'), /Nobody with the e-mail or id/);
    assert.deepEqual(await stores.holds.list(), []);

    // By e-mail in any case: held as the directory's lower-case id, and the visit they amended is covered.
    const placed = await holds.place({ kind: 'person', id: 'OFFICER@council.gov.uk' }, 'INQ-2026-014', by);
    assert.ok(placed.ok);
    assert.deepEqual(placed.hold.subject, { kind: 'person', id: GUID });
    const report = await runAt('2027-04-01T09:00:00Z');
    assert.deepEqual(
      report.plan.held.map((h) => h.record),
      ['visit v-sub'],
    );
    assert.ok((await holds.lift(placed.hold.id, by)).ok);
    // An upper-case GUID finds them too.
    assert.ok(
      (await legalHoldsOn(stores, 2).place({ kind: 'person', id: GUID.toUpperCase() }, 'INQ-1', by)).ok,
    );
    assert.deepEqual((await stores.holds.get('H-2'))!.subject.id, GUID);
    assert.deepEqual(await holds.lift(' ', by), {
      ok: false,
      problem: 'Say which hold: npm run hold -- list shows their ids.',
      refusal: 'invalid',
    });
  });

  it('deletes cancelled and never-visited bookings, and a deleted draft’s, at the end of their year + 6', async () => {
    const booking = (id: string, day: string, status: 'booked' | 'cancelled') =>
      stores.bookings.create({
        id,
        serviceId: 'checs',
        day,
        time: '10:00',
        councillorIds: ['c1'],
        status,
        history: [],
      });
    await booking('b-never', '2020-05-10', 'booked');
    await booking('b-cancelled', '2020-06-10', 'cancelled');
    await booking('b-later', '2021-05-10', 'cancelled');
    await seedVisit(stores, {
      ...submitted,
      id: 'b-draft',
      status: 'draft',
      createdAt: '2020-05-01T10:00:00Z',
    });
    await booking('b-draft', '2020-05-10', 'booked');
    await runAt('2020-09-01T09:00:00Z'); // the draft's reminder
    await runAt('2020-09-20T09:00:00Z'); // the draft goes; its booking stays on the rota
    assert.deepEqual(await footprint(tables, 'b-draft'), ['Rota:booking/b-draft']);

    const rota = async () => (await stores.bookings.list()).map((b) => b.id).sort();
    await runAt('2027-03-31T22:59:00Z');
    assert.deepEqual(await rota(), ['b-cancelled', 'b-draft', 'b-later', 'b-never']);
    const report = await runAt('2027-03-31T23:00:00Z');
    assert.equal(report.failed, 0);
    assert.deepEqual(await rota(), ['b-later']);
    const audit = (await stores.audit.list({ from: '2027-03-01', to: '2027-04-30' })).filter(
      (e) => e.record.kind === 'booking',
    );
    assert.deepEqual(
      audit.map((e) => e.detail),
      Array(3).fill('1 row (booking), rule bookings-6y'),
    );
  });

  it('cuts a given-up message to an expired receipt 30 days after it was last tried: no longer a failed delivery, never sent', async () => {
    const message = bookedNudge;
    await stores.standaloneOutbox.enqueue(message, new Date('2026-01-01T10:00:00Z'));
    const queued = (await stores.standaloneOutbox.get(STANDALONE, message.id))!;
    await stores.standaloneOutbox.update(queued, {
      status: 'dead',
      lastError: 'gone',
      tryingSince: '2026-01-05T10:00:00Z',
    });
    const failed = async () =>
      (await stores.standaloneOutbox.listOpen()).map((m) => [m.id, m.status, m.summary]);

    await runAt('2026-02-03T12:00:00Z'); // 30 days after it was queued, 29 after it was last tried
    assert.deepEqual(await failed(), [[message.id, 'dead', 'Booked']]);
    await runAt('2026-02-04T12:00:00Z');
    assert.deepEqual(await failed(), []);
    const receipt = (await stores.standaloneOutbox.get(STANDALONE, message.id))!;
    assert.deepEqual(
      [receipt.status, receipt.summary, receipt.activity, receipt.lastError],
      ['expired', '', {}, undefined],
    );
    await stores.standaloneOutbox.enqueue(message, new Date('2026-02-05T10:00:00Z')); // proposed again
    assert.deepEqual(await stores.standaloneOutbox.listWaiting(), []);
  });

  it('keeps a "never visited" nudge handled for good after a year, and deletes a snooze', async () => {
    await stores.nudges.setQuiet(
      'never-visited:checs',
      { handled: true, by: 'Sam' },
      new Date('2025-01-31T10:00:00Z'),
    );
    await stores.nudges.setQuiet(
      'never-visited:cwd',
      { until: '2025-02-07T10:00:00Z', by: 'Sam' },
      new Date('2025-01-31T10:00:00Z'),
    );
    await runAt('2026-02-02T12:00:00Z');
    assert.deepEqual([...(await stores.nudges.quiet()).keys()], ['never-visited:checs']);
  });

  it('holds the scheduler lease through a long run, renewed before each record, so no other instance can start', async () => {
    for (const id of ['v-1', 'v-2', 'v-3']) await seedVisit(stores, { ...submitted, id });
    const leaseMs = 60_000;
    let now = Date.parse('2027-04-01T09:00:00Z');
    const clock = { now: () => new Date(now) };
    // Each visit takes most of a lease to delete.
    const slow = slowDeletes(() => (now += leaseMs * 0.8));
    const report = await retentionAt(slow, clock).tick(scheduler('a', leaseMs));
    assert.equal(report?.failed, 0);
    assert.ok(now - Date.parse('2027-04-01T09:00:00Z') > leaseMs * 2, 'the run outlasted two leases');
    assert.equal(await stores.leases.acquire('nudges', 'b', new Date(now), new Date(now + leaseMs)), false);

    // Another instance that took it anyway (a stalled holder) stops the run, not marked done.
    for (const id of ['v-4', 'v-5']) await seedVisit(stores, { ...submitted, id });
    now = Date.parse('2027-04-02T09:00:00Z');
    const taken = slowDeletes(async () => {
      now += leaseMs * 2;
      await stores.leases.acquire('nudges', 'b', new Date(now), new Date(now + leaseMs));
    });
    const stopped = await retentionAt(taken, clock).tick(scheduler('a', leaseMs));
    assert.equal(stopped?.failed, 1);
    assert.equal(await stores.leases.lastRun('retention'), '2027-04-01');
  });

  it('counts a deletion whose audit entry could not be written as a failure: the day is not marked done', async () => {
    await seedVisit(stores, submitted);
    const noAudit: Stores = {
      ...stores,
      audit: { ...stores.audit, append: () => Promise.reject(new Error('audit unavailable')) },
    };
    const report = await retentionAt(noAudit, '2027-04-01T09:00:00Z').tick(scheduler('a', 60_000));
    assert.ok((report?.failed ?? 0) > 0);
    assert.equal(await stores.leases.lastRun('retention'), undefined);
    assert.ok((await footprint(tables, 'v-sub')).includes('Visits:v-sub/visit'), 'the visit is found again');
  });

  /** These stores, with `before` run ahead of each deletion of a visit's rows (time passing, another instance). */
  const slowDeletes = (before: () => unknown): Stores => ({
    ...stores,
    visits: {
      ...stores.visits,
      deleteRows: async (visitId, keys) => {
        await before();
        return stores.visits.deleteRows(visitId, keys);
      },
    },
  });

  /** The daily job's scheduler, as instance `instanceId` holding the lease for `leaseMs`. */
  const scheduler = (instanceId: string, leaseMs: number) => ({
    leases: stores.leases,
    runs: stores.leases,
    instanceId,
    leaseMs,
  });

  const seedServices = () =>
    stores.services.upsertMany([{ id: 'checs', name: 'ChECS', cadenceMonths: 6, responderIds: [] }]);
});
