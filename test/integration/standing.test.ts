import assert from 'node:assert/strict';
import type { Service } from '../../src/directory/types';
import type { Logger } from '../../src/kernel/log';
import { keepingStanding } from '../../src/overview/keep-standing';
import { readOverview } from '../../src/overview/overview';
import { ensureStanding } from '../../src/overview/standing';
import { isHeld, visitsOnRecord } from '../../src/rota/held';
import { rotaLines } from '../../src/rota/lines';
import { createStores, type Stores } from '../../src/storage/stores';
import { openTables } from '../../src/storage/tables';
import { startTestAzurite, uniquePrefix } from '../support/azurite';
import { TEST_START, testDay } from '../support/clock';
import { book, gate, rebook, respond, startForm, submit, visitId } from '../support/visit-writes';

describe("the overview's index: open visits and each service's last closed one (real Azurite)", () => {
  let azurite: Awaited<ReturnType<typeof startTestAzurite>>;
  /** Each test's own tables: `raw` writes past the index, `kept` keeps it, `warnings` is what it logged. */
  let raw: Stores;
  let kept: Stores;
  let warnings: unknown[][];
  let log: Pick<Logger, 'warn'>;

  const ids = async () => {
    const { open, closed } = await raw.standing.read();
    return {
      open: open.map((v) => v.id).sort(),
      closed: closed.map((v) => `${v.serviceId}:${v.day}`).sort(),
    };
  };
  /** The index as a rebuild from every booking and visit makes it. */
  const rebuilt = async () => {
    await raw.standing.setWhole(false);
    await ensureStanding(raw, TEST_START);
    assert.equal(await raw.standing.isWhole(), true);
    return ids();
  };

  before(async () => (azurite = await startTestAzurite()));
  after(async () => azurite?.stop());
  beforeEach(async () => {
    raw = createStores(await openTables(azurite.connectionString, uniquePrefix()));
    warnings = [];
    log = { warn: (...line) => void warnings.push(line) };
    kept = keepingStanding(raw, log);
    await raw.standing.setWhole(true);
  });

  it("follows a visit from booked to closed: open until its last response, then its service's last", async () => {
    await book(kept, 1, testDay(-40));
    assert.deepEqual(await ids(), { open: [visitId(1)], closed: [] });
    await submit(kept, 1, testDay(-40), ['ruth']);
    const [submitted] = (await raw.standing.read()).open;
    assert.deepEqual(
      [submitted?.booked, submitted?.formStarted, submitted?.summary?.visit.status],
      [true, true, 'submitted'],
    );
    assert.deepEqual(submitted?.summary?.responders, { ids: ['ruth'], names: ['ruth'], responded: [] });
    await respond(kept, 1, 'ruth', true);
    assert.deepEqual(await ids(), { open: [], closed: [`checs:${testDay(-40)}`] });
    assert.equal(await raw.standing.isWhole(), true);
  });

  it('closes a visit submitted with no one to respond at once', async () => {
    await submit(kept, 1, testDay(-3), []);
    assert.deepEqual(await ids(), { open: [], closed: [`checs:${testDay(-3)}`] });
  });

  it('keeps the latest closed visit; an older one closing later does not replace it', async () => {
    await submit(kept, 1, testDay(-40), []);
    await submit(kept, 2, testDay(-200), ['ruth']);
    await respond(kept, 2, 'ruth', true);
    assert.deepEqual(await ids(), { open: [], closed: [`checs:${testDay(-40)}`] });
    assert.equal(await raw.standing.isWhole(), true);
  });

  it('a closed visit moved later stays the last; moved earlier or cancelled, the next reader rebuilds', async () => {
    for (const [n, day] of [
      [1, -40],
      [2, -100],
    ] as const) {
      await book(kept, n, testDay(day));
      await submit(kept, n, testDay(day), []);
    }
    await rebook(kept, 1, { day: testDay(-30) });
    assert.deepEqual((await ids()).closed, [`checs:${testDay(-30)}`]);
    assert.equal(await raw.standing.isWhole(), true);

    await rebook(kept, 1, { day: testDay(-120) });
    assert.equal(await raw.standing.isWhole(), false);
    assert.deepEqual((await rebuilt()).closed, [`checs:${testDay(-100)}`]);

    await rebook(kept, 2, { status: 'cancelled' });
    assert.equal(await raw.standing.isWhole(), false);
    assert.deepEqual((await rebuilt()).closed, [`checs:${testDay(-120)}`]);
  });

  it('a cancelled booking leaves the index', async () => {
    await book(kept, 1, testDay(10));
    await rebook(kept, 1, { status: 'cancelled' });
    assert.deepEqual(await ids(), { open: [], closed: [] });
    assert.equal(await raw.standing.isWhole(), true);
  });

  it('an update read before a later write and put after it is put again: the visit ends closed', async () => {
    await book(kept, 1, testDay(-10));
    await submit(kept, 1, testDay(-10), ['ruth', 'sam']);
    // Ruth's response is indexed by a writer whose first read of the visit is held until Sam's has closed it.
    const held = gate();
    const load = async (id: string) => {
      const record = await raw.visits.load(id);
      await held.hold();
      return record;
    };
    const slow = keepingStanding({ ...raw, visits: { ...raw.visits, load } }, log);
    const ruth = respond(slow, 1, 'ruth', false, raw);
    await held.reached;
    await respond(kept, 1, 'sam', true);
    assert.deepEqual(await ids(), { open: [], closed: [`checs:${testDay(-10)}`] });
    held.release();
    await ruth;
    assert.deepEqual(await ids(), { open: [], closed: [`checs:${testDay(-10)}`] });
    assert.equal(await raw.standing.isWhole(), true);
  });

  it('a write whose index update fails stands, is logged by its first line, and marks the index not whole', async () => {
    const refused = new Error('The table refused the write\n{"text":"what a councillor typed"}');
    const put = () => Promise.reject(refused);
    const failing = keepingStanding({ ...raw, standing: { ...raw.standing, put } }, log);
    await book(failing, 1, testDay(5));
    assert.ok(await raw.bookings.get(visitId(1)));
    assert.equal(await raw.standing.isWhole(), false);
    assert.deepEqual(warnings, [
      [
        'The overview index missed a write; it is rebuilt when next read',
        { id: visitId(1), error: 'The table refused the write' },
      ],
    ]);
    assert.deepEqual((await rebuilt()).open, [visitId(1)]);
  });

  it('a rebuild that a write overtakes leaves the index not whole, and the next rebuild has the write', async () => {
    await book(kept, 1, testDay(5));
    await raw.standing.setWhole(false);
    const held = gate();
    const list = async () => {
      const all = await raw.bookings.list();
      await held.hold();
      return all;
    };
    const rebuilding = ensureStanding({ ...raw, bookings: { ...raw.bookings, list } }, TEST_START);
    await held.reached;
    await book(kept, 2, testDay(6));
    held.release();
    await rebuilding;
    assert.equal(await raw.standing.isWhole(), false);
    await ensureStanding(raw, TEST_START);
    assert.equal(await raw.standing.isWhole(), true);
    assert.deepEqual((await ids()).open, [visitId(1), visitId(2)]);
  });

  it('rebuilds one at a time: a second reader does not, unless the first outlived its minute', async () => {
    await raw.standing.setWhole(false);
    const mark = await raw.standing.beginRebuild(TEST_START);
    assert.ok(mark);
    assert.equal(await raw.standing.beginRebuild(new Date(TEST_START.getTime() + 59_000)), undefined);
    const taken = await raw.standing.beginRebuild(new Date(TEST_START.getTime() + 61_000));
    assert.ok(taken);
    assert.equal(await raw.standing.endRebuild(taken), true);
    assert.equal(await raw.standing.isWhole(), true);
    // The first, ending after, may have written older rows than the second: the index is not whole.
    assert.equal(await raw.standing.endRebuild(mark), false);
    assert.equal(await raw.standing.isWhole(), false);
  });

  it('the overview read from the index equals one read from every booking and visit', async () => {
    const services: Service[] = ['checs', 'crewe', 'never'].map((id, order) => ({
      ...{ id, name: id, cadenceMonths: 5, responderIds: [], order },
    }));
    await book(kept, 1, testDay(-200));
    await submit(kept, 1, testDay(-200), ['ruth']);
    await respond(kept, 1, 'ruth', true);
    await submit(kept, 2, testDay(-40), []); // recorded without a booking
    await book(kept, 3, testDay(-3));
    await startForm(kept, 3, testDay(-3)); // held, its form awaited
    await book(kept, 4, testDay(10));
    await book(kept, 5, testDay(-20), 'crewe');
    await submit(kept, 5, testDay(-20), ['ruth', 'sam'], 'crewe');
    await respond(kept, 5, 'sam', false); // a response awaited
    await book(kept, 6, testDay(5), 'crewe');
    await rebook(kept, 6, { status: 'cancelled' });
    await book(kept, 7, testDay(-2), 'crewe'); // held, no form yet

    const overview = await readOverview({
      ...raw,
      directory: {
        services: async () => services,
        councillors: async () => [],
        person: async () => undefined,
      },
      nudges: { quiet: async () => new Map() },
      dispatcher: { review: async () => [] },
      clock: { now: () => TEST_START },
      settings: { dueSoonDays: 30, formOverdueDays: 28 },
      actionStore: { all: async () => [] },
    });
    const [bookings, summaries] = await Promise.all([raw.bookings.list(), raw.visits.listSummaries()]);
    const all = visitsOnRecord(bookings, summaries);
    const submitted = new Set(summaries.filter((s) => s.visit.status === 'submitted').map((s) => s.visit.id));
    const awaited = summaries
      .filter(
        ({ responders: r, responsesCompleteAt }) =>
          r && !responsesCompleteAt && r.responded.length < r.ids.length,
      )
      .map((s) => s.visit.id);
    assert.deepEqual(
      overview.lines.map(({ topic: _, quiet: __, ...line }) => line),
      rotaLines(services, all, testDay(0), 30),
    );
    assert.deepEqual(
      overview.formsAwaited.map((f) => f.visitId).sort(),
      all
        .filter((v) => isHeld(v, testDay(0)) && !submitted.has(v.id))
        .map((v) => v.id)
        .sort(),
    );
    assert.deepEqual(
      overview.responsesAwaited.map((r) => r.visitId),
      awaited,
    );
    const indexed = await ids();
    assert.deepEqual(indexed, { open: [3, 4, 5, 7].map(visitId), closed: [`checs:${testDay(-40)}`] });
    assert.deepEqual(await rebuilt(), indexed);
    assert.deepEqual(warnings, []);
  });
});
