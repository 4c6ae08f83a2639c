import assert from 'node:assert/strict';
import { createHoldCheck } from '../../src/retention/holds';
import { STANDALONE } from '../../src/storage/outbox-store';
import { createStores, type Stores } from '../../src/storage/stores';
import { openTables, type Tables } from '../../src/storage/tables';
import { startTestAzurite, uniquePrefix } from '../support/azurite';
import {
  bookedNudge,
  failingTransactions,
  footprint,
  keysOf,
  legalHoldsOn,
  retentionAt,
  seedReportDraft,
  seedVisit,
} from '../support/retention-fixture';

describe('retention on Azurite: each rule on its day, legal holds, and an interrupted deletion', function () {
  this.timeout(120_000);
  let azurite: Awaited<ReturnType<typeof startTestAzurite>>;
  let tables: Tables;
  let stores: Stores;
  const logged: string[] = [];

  before(async () => {
    azurite = await startTestAzurite();
  });
  after(async () => azurite?.stop());
  beforeEach(async () => {
    tables = await openTables(azurite.connectionString, uniquePrefix());
    stores = createStores(tables);
    logged.length = 0;
  });

  const runAt = (now: string, s: Stores = stores) => retentionAt(s, now, logged).run(new Date(now));
  const legalHolds = () => legalHoldsOn(stores);
  /** The audit around the moments these tests run at (a wide window reads every month's partition). */
  const auditOf = (from = '2026-01-01', to = '2027-12-31') => stores.audit.list({ from, to });
  const retentionAudit = async () => (await auditOf()).filter((e) => e.kind === 'retention.deleted');

  const seedServices = (...ids: string[]) =>
    stores.services.upsertMany(
      ids.map((id) => ({ id, name: id.toUpperCase(), cadenceMonths: 6, responderIds: [] })),
    );

  const submitted = {
    id: 'v-sub',
    serviceId: 'checs',
    date: '2020-05-10',
    status: 'submitted',
    councillorIds: ['c1', 'c2'],
    createdAt: '2020-05-12T10:00:00Z',
  } as const;

  it('deletes a submitted visit and all that hangs off it on 1 April after its municipal year + 6, not the day before', async () => {
    await seedVisit(stores, submitted);
    const before = await footprint(tables, submitted.id);
    assert.ok(before.length >= 12, before.join(' '));

    await runAt('2027-03-31T22:59:00Z'); // 23:59 on 31 March, London
    assert.deepEqual(await footprint(tables, submitted.id), before);

    const report = await runAt('2027-03-31T23:00:00Z'); // midnight, 1 April, London
    assert.equal(report.failed, 0);
    assert.deepEqual(await footprint(tables, submitted.id), []);
    const audit = await retentionAudit();
    assert.ok(audit.length >= 5);
    assert.ok(
      audit.every(
        (e) => e.by.id === 'system' && e.visitId === submitted.id && /rule submitted-6y$/.test(e.detail!),
      ),
    );
    assert.equal(
      audit.reduce((n, e) => n + Number(/^(\d+) row/.exec(e.detail!)![1]), 0),
      before.length,
    );
  });

  it('deletes a draft 90 days after its last activity, keeps its booking, and reminds its councillors once 14 days before', async () => {
    await seedVisit(stores, {
      ...submitted,
      id: 'v-draft',
      status: 'draft',
      createdAt: '2026-03-02T10:00:00Z',
    });
    const booking = {
      id: 'v-draft',
      serviceId: 'checs',
      day: '2020-05-10',
      time: '10:00',
      councillorIds: ['c1'],
      status: 'booked',
      history: [],
    } as const;
    await stores.bookings.create(booking);
    // Deleted on 31 May 2026; reminded from 17 May.
    await runAt('2026-05-16T09:00:00Z');
    assert.deepEqual(await stores.standaloneOutbox.listWaiting(), []);
    await runAt('2026-05-17T09:00:00Z');
    await runAt('2026-05-18T09:00:00Z');
    const reminders = await stores.standaloneOutbox.listWaiting();
    assert.deepEqual(
      reminders.map((m) => [m.id, m.to]),
      [
        ['retention.draft.v-draft.2026-05-31.c1', { kind: 'person', aadObjectId: 'c1' }],
        ['retention.draft.v-draft.2026-05-31.c2', { kind: 'person', aadObjectId: 'c2' }],
      ],
    );
    assert.match(JSON.stringify(reminders[0]!.activity), /will be deleted on Sun, 31 May 2026/);
    await runAt('2026-05-30T22:59:00Z');
    assert.ok((await footprint(tables, 'v-draft')).length > 0);
    await runAt('2026-05-30T23:00:00Z');
    assert.deepEqual(await footprint(tables, 'v-draft'), ['Rota:booking/v-draft']);
  });

  it('cuts delivered messages to receipts after 30 days (still sent once) and deletes nudge state after a year', async () => {
    const message = bookedNudge;
    await stores.standaloneOutbox.enqueue(message, new Date('2026-01-01T10:00:00Z'));
    const queued = (await stores.standaloneOutbox.get(STANDALONE, message.id))!;
    await stores.standaloneOutbox.update(queued, { status: 'sent', sentActivityId: 'act-1' });
    await stores.nudges.setQuiet(
      'form-overdue:v9',
      { handled: true, by: 'Sam' },
      new Date('2025-01-31T10:00:00Z'),
    );
    await stores.nudges.saveDigest('2025-02-03', 'hash', 0);

    await runAt('2026-01-30T12:00:00Z');
    assert.equal((await stores.standaloneOutbox.get(STANDALONE, message.id))!.summary, 'Booked');
    assert.equal((await stores.nudges.quiet()).size, 1);

    await runAt('2026-01-31T12:00:00Z');
    const receipt = (await stores.standaloneOutbox.get(STANDALONE, message.id))!;
    assert.deepEqual(
      [receipt.status, receipt.summary, receipt.activity, receipt.sentActivityId],
      ['sent', '', {}, 'act-1'],
    );
    assert.equal((await stores.nudges.quiet()).size, 0);
    assert.ok(await stores.nudges.digest('2025-02-03'));
    await stores.standaloneOutbox.enqueue(message, new Date('2026-02-01T10:00:00Z')); // the nudge proposed again
    assert.deepEqual(await stores.standaloneOutbox.listWaiting(), []);

    await runAt('2026-02-03T12:00:00Z');
    assert.equal(await stores.nudges.digest('2025-02-03'), undefined);
  });

  it('deletes nothing a legal hold covers (service, visit, person) and resumes once it is lifted', async () => {
    const holds = legalHolds();
    const by = { id: 'p1', name: 'Legal' };
    await seedServices('checs');
    await seedVisit(stores, submitted);
    const before = await footprint(tables, submitted.id);
    for (const subject of [
      { kind: 'service', id: 'checs' },
      { kind: 'visit', id: submitted.id },
      { kind: 'person', id: 'c2' },
    ] as const) {
      const placed = await holds.place(subject, 'INQ-2026-014 no-destroy', by);
      assert.ok(placed.ok);
      const report = await runAt('2027-04-02T12:00:00Z');
      assert.deepEqual(
        report.plan.held.map((h) => h.holdIds),
        [[placed.hold.id]],
        subject.kind,
      );
      assert.deepEqual(await footprint(tables, submitted.id), before);
      // Erasure asks this: everyone named on a held visit is held.
      const check = createHoldCheck(stores.holds, stores.visits);
      assert.deepEqual(
        [await check.isPersonHeld('c1'), await check.isPersonHeld('someone-else')],
        [true, false],
      );
      assert.ok((await holds.lift(placed.hold.id, by)).ok);
    }
    const kinds = (await auditOf()).map((e) => e.kind);
    assert.equal(kinds.filter((k) => k === 'hold.placed').length, 3);
    assert.equal(kinds.filter((k) => k === 'hold.lifted').length, 3);
    assert.equal(await createHoldCheck(stores.holds, stores.visits).isPersonHeld('c2'), false);
    await runAt('2027-04-02T12:00:00Z');
    assert.deepEqual(await footprint(tables, submitted.id), []);
  });

  it('resumes a deletion a storage fault stopped half-way, and loses nothing that should stay', async () => {
    await seedVisit(stores, { ...submitted, answers: 130 }); // 130 answers and more: two transactions
    const kept = { ...submitted, id: 'v-kept', date: '2021-05-10' }; // due on 1 April 2028
    await seedVisit(stores, kept);
    const keptBefore = await footprint(tables, kept.id);
    // The second transaction on the Visits table fails: the first 100 rows are gone, the visit's row is not.
    const faulty = createStores({ ...tables, Visits: failingTransactions(tables.Visits, 2) });
    const first = await runAt('2027-04-01T12:00:00Z', faulty);
    assert.equal(first.failed, 1);
    assert.ok(logged.some((l) => /Retention stopped part-way.*"visitId":"v-sub"/.test(l)));
    const left = await footprint(tables, submitted.id);
    assert.ok(left.includes('Visits:v-sub/visit') && left.length < 50, left.length.toString());

    const second = await runAt('2027-04-01T12:30:00Z');
    assert.equal(second.failed, 0);
    assert.deepEqual(await footprint(tables, submitted.id), []);
    assert.deepEqual(await footprint(tables, kept.id), keptBefore);
    assert.ok((await keysOf(tables.Visits)).every((k) => k.startsWith('v-kept/')));
  });

  it('deletes a period’s report draft and its change log on 1 April after its year + 6, and keeps one under a hold', async () => {
    const draftRows = async (periodKey: string) =>
      (await keysOf(tables.ReportDrafts)).filter((k) => k.startsWith(`${periodKey}/`));
    await seedVisit(stores, submitted); // of 2020-21, quoted by its draft
    await seedReportDraft(stores, '2020-21', [submitted.id], { changes: 120 }); // more than one transaction
    await seedVisit(stores, { ...submitted, id: 'v-19', serviceId: 'cwd', date: '2019-06-01' });
    await seedReportDraft(stores, '2019-20', ['v-19']);
    const rows2021 = await draftRows('2020-21');
    assert.equal(rows2021.length, 123);
    const holds = legalHolds();
    await seedServices('cwd');
    // A hold on the service of a 2019-20 visit: that visit and the period's draft, which quotes it, stay.
    const placed = await holds.place({ kind: 'service', id: 'cwd' }, 'INQ-2026-014', { id: 'p', name: 'L' });
    assert.ok(placed.ok);

    await runAt('2027-03-31T22:59:00Z'); // 23:59 on 31 March, London
    assert.deepEqual(await draftRows('2020-21'), rows2021);
    assert.ok(await stores.reportDrafts.load('2020-21'));

    const report = await runAt('2027-03-31T23:00:00Z'); // midnight, 1 April, London
    assert.equal(report.failed, 0);
    assert.deepEqual(await draftRows('2020-21'), []);
    assert.equal(await stores.reportDrafts.load('2020-21'), undefined);
    assert.deepEqual(
      report.plan.held.map((h) => [h.record, h.holdIds]),
      [
        ['visit v-19', [placed.hold.id]],
        ['report-draft 2019-20', [placed.hold.id]],
      ],
    );
    assert.ok(await stores.reportDrafts.load('2019-20'));
    const audit = (await retentionAudit()).filter((e) => e.record.kind === 'report');
    assert.deepEqual(
      // One entry per transaction (written at the same fixed moment, so in no particular order).
      audit.map((e) => [e.record.id, e.detail, e.people]).sort(),
      [
        ['2020-21', '100 rows (report draft), rule report-drafts-6y', ['officer-1']],
        ['2020-21', '23 rows (report draft), rule report-drafts-6y', ['officer-1']],
      ],
    );
  });
});
