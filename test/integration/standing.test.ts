import assert from 'node:assert/strict';
import { ensureStanding } from '../../src/overview/standing';
import type { Booking } from '../../src/rota/types';
import { createStores, type Stores } from '../../src/storage/stores';
import { openTables } from '../../src/storage/tables';
import { startTestAzurite, uniquePrefix } from '../support/azurite';
import { TEST_START, testDay } from '../support/clock';

const visitId = (n: number): string => `0f0e0d0c-0000-4000-8000-${String(n).padStart(12, '0')}`;
const booking = (n: number, day: string, serviceId = 'checs'): Omit<Booking, 'etag'> => ({
  id: visitId(n),
  serviceId,
  day,
  time: '10:00',
  councillorIds: ['alex'],
  status: 'booked',
  history: [],
});

describe("the overview's index: open visits and each service's last closed one (real Azurite)", () => {
  let azurite: Awaited<ReturnType<typeof startTestAzurite>>;
  let stores: Stores;

  /** Records a visit's form and submits it, naming one responder; answers after each write as the bot does. */
  async function submit(n: number, day: string): Promise<void> {
    const at = TEST_START.toISOString();
    await stores.visits.create({
      id: visitId(n),
      serviceId: 'checs',
      serviceName: 'ChECS',
      date: day,
      councillorIds: ['alex'],
      councillorNames: ['Alex'],
      formKey: 'signs-of-safety@2',
      status: 'draft',
      createdBy: 'alex',
      createdAt: at,
    });
    const { visit } = (await stores.visits.load(visitId(n)))!;
    const request = {
      messageId: `${visit.id}.request`,
      responderIds: ['ruth'],
      responderNames: ['Ruth'],
      revision: 0,
    };
    await stores.visits.submit(visit, { by: 'alex', byName: 'Alex', at }, request, []);
  }
  async function respond(n: number): Promise<void> {
    const { request } = (await stores.visits.load(visitId(n)))!;
    const response = {
      responderId: 'ruth',
      name: 'Ruth',
      text: 'Thank you.',
      at: TEST_START.toISOString(),
      edited: false,
    };
    await stores.visits.respond(
      visitId(n),
      response,
      undefined,
      request!,
      { revision: 1, completedAt: response.at },
      [],
    );
  }
  const ids = async () => {
    const { open, closed } = await stores.standing.read();
    return { open: open.map((v) => v.id).sort(), closed: closed.map((v) => `${v.serviceId}:${v.day}`) };
  };

  before(async () => {
    azurite = await startTestAzurite();
    stores = createStores(await openTables(azurite.connectionString, uniquePrefix()));
    await stores.standing.setWhole(true);
  });
  after(async () => azurite?.stop());

  it("follows a visit from booked to closed: open until its last response, then its service's last", async () => {
    await stores.bookings.create(booking(1, testDay(-40)));
    assert.deepEqual(await ids(), { open: [visitId(1)], closed: [] });
    await submit(1, testDay(-40));
    const [submitted] = (await stores.standing.read()).open;
    assert.deepEqual(
      [submitted?.booked, submitted?.formStarted, submitted?.summary?.visit.status],
      [true, true, 'submitted'],
    );
    assert.deepEqual(submitted?.summary?.responders, { ids: ['ruth'], names: ['Ruth'], responded: [] });
    await respond(1);
    assert.deepEqual(await ids(), { open: [], closed: [`checs:${testDay(-40)}`] });
  });

  it('keeps the latest closed visit; an older one closing later does not replace it', async () => {
    await stores.bookings.create(booking(2, testDay(-200)));
    await submit(2, testDay(-200));
    await respond(2);
    assert.deepEqual((await ids()).closed, [`checs:${testDay(-40)}`]);
    assert.equal(await stores.standing.isWhole(), true);
  });

  it('a cancelled booking leaves the index; cancelling the last closed visit has the next reader rebuild it', async () => {
    await stores.bookings.create(booking(3, testDay(10), 'cin-cp-crewe'));
    const future = (await stores.bookings.get(visitId(3)))!;
    await stores.bookings.update(future, { status: 'cancelled' });
    assert.deepEqual((await ids()).open, []);

    const last = (await stores.bookings.get(visitId(1)))!;
    await stores.bookings.update(last, { status: 'cancelled' });
    assert.equal(await stores.standing.isWhole(), false);
    await ensureStanding(stores);
    assert.deepEqual(await ids(), { open: [], closed: [`checs:${testDay(-200)}`] });
    assert.equal(await stores.standing.isWhole(), true);
  });
});
