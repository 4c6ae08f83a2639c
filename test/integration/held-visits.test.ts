import assert from 'node:assert/strict';
import { formatDay } from '../../src/kernel/london';
import { addDays, addMonths } from '../../src/kernel/london';
import { createBookingRepository } from '../../src/storage/booking-repository';
import { createOutboxStore } from '../../src/storage/outbox-store';
import { openTables } from '../../src/storage/tables';
import { createVisitRepository } from '../../src/storage/visit-repository';
import { channel, messageActivity, persona } from '../support/activities';
import { actionsOf, inputsOf, personAt, type Card } from '../support/card-driver';
import { cardOf, cardText } from '../support/cards';
import { testDay } from '../support/clock';
import { startSeededBot, type SeededBot } from '../support/seeded-bot';

describe('a visit held today counts on the rota and in plan', () => {
  let seeded: SeededBot | undefined;
  before(async () => {
    seeded = await startSeededBot();
  });
  after(async () => seeded?.stop());

  const inChannel = async (text: string): Promise<Card> => {
    const { bot, connector } = seeded!;
    connector.clear();
    await bot.post(messageActivity(connector.url, persona.partnerships, text, channel));
    return cardOf(connector.replies().at(-1)) ?? {};
  };
  /** The rota card's facts for one service, as a person reads them. */
  const line = (rota: Card, service: string): string => {
    const lines = cardText(rota).split('\n');
    const at = lines.indexOf(service);
    return lines.slice(at + 1, at + 9).join('|');
  };

  it('a form started today (booked or not) makes today the last visit; a booking for today with no form is still to come', async () => {
    const { azurite, prefix, bot, connector } = seeded!;
    const today = testDay(0);
    const tables = await openTables(azurite.connectionString, prefix);
    const bookings = createBookingRepository(tables.Rota);
    const visits = createVisitRepository(tables.Visits, createOutboxStore('Visits', tables.Visits));
    const booking = (id: string, serviceId: string) => ({
      id,
      serviceId,
      day: today,
      time: '10:00',
      councillorIds: [persona.councillor.aadObjectId],
      status: 'booked' as const,
      history: [{ at: `${today}T08:00:00.000Z`, byName: 'Sam Okafor', what: `booked for ${today} 10:00` }],
    });
    // Macclesfield: a councillor recorded a visit today, unbooked, its form still a draft.
    await visits.create({
      id: '22222222-0000-4000-8000-000000000001',
      serviceId: 'cin-cp-macclesfield',
      serviceName: 'Child in Need / Child Protection, Macclesfield',
      date: today,
      councillorIds: [persona.councillor.aadObjectId],
      councillorNames: [persona.councillor.name],
      formKey: 'signs-of-safety@1',
      status: 'draft',
      createdBy: persona.councillor.aadObjectId,
      createdAt: `${today}T09:00:00.000Z`,
    });
    // Crewe: booked for today, and Alex starts its form from start. ChECS: booked for today, no form yet.
    await bookings.create(booking('33333333-0000-4000-8000-000000000001', 'cin-cp-crewe'));
    const alex = personAt(bot, connector, persona.councillor);
    const start = await alex.say('start');
    const crewe = actionsOf(start).find(
      (a) => a.title === 'Start the form' && a.data.bookingId === '33333333-0000-4000-8000-000000000001',
    );
    assert.ok(crewe, cardText(start));
    await alex.invoke(crewe.verb, crewe.data);
    await bookings.create(booking('33333333-0000-4000-8000-000000000002', 'checs'));

    const rota = await inChannel('rota');
    const held = `Last visit|${formatDay(today)}|Next booked|none|Due|${formatDay(addMonths(today, 5))}|Status|not due`;
    assert.equal(line(rota, 'Child in Need / Child Protection, Macclesfield'), held);
    assert.equal(line(rota, 'Child in Need / Child Protection, Crewe'), held);
    assert.equal(
      line(rota, 'Cheshire East Consultation Service \\(ChECS\\)'),
      `Last visit|none on record|Next booked|${formatDay(today)} 10:00|Due|now|Status|booked`,
    );

    // plan proposes neither team again before its cadence is (nearly) up, this year or next.
    const year = Number(today.slice(0, 4));
    const notBefore = addDays(addMonths(today, 5), -21); // a proposal may move up to three weeks earlier
    for (const y of [year, year + 1]) {
      const plan = await inChannel(`plan ${y}`);
      const rows = (actionsOf(plan).find((a) => a.title === 'Book these visits')?.data.services ??
        []) as string[];
      const inputs = inputsOf(plan);
      const early = rows
        .map((serviceId, i) => `${serviceId} ${inputs[`day.${i}`]}`)
        .filter((row) => /^cin-cp-(crewe|macclesfield) /.test(row) && row.split(' ')[1]! < notBefore);
      assert.deepEqual(early, [], `plan ${y} proposes no visit before ${notBefore}`);
    }
  });
});
