import assert from 'node:assert/strict';
import { TableClient } from '@azure/data-tables';
import { addWorkingDays, formatDay, londonTime } from '../../src/kernel/london';
import { createPeopleRepository } from '../../src/storage/people-repository';
import { openTables } from '../../src/storage/tables';
import { cardActionActivity, channel, persona, type Persona } from '../support/activities';
import { actionsOf, inputsOf, inputValue, personAt } from '../support/card-driver';
import { channelDriver } from '../support/channel-driver';
import { cardOf, cardProblems, cardText } from '../support/cards';
import { testDay } from '../support/clock';
import type { StandInConnector } from '../support/connector';
import { openUrls } from '../support/open-urls';
import { startSeededBot, type SeededBot } from '../support/seeded-bot';
import type { TestApp } from '../support/test-app';
import { until } from '../support/wait';

/** Councillors added to the example directory's two, so that the plan card searches them (more than 15). */
const EXTRA_COUNCILLORS = Array.from({ length: 15 }, (_, i) => ({
  aadObjectId: `00000000-0000-4000-8000-${String(500 + i).padStart(12, '0')}`,
  name: i === 3 ? 'Cllr Morwenna Price' : `Cllr Extra ${String.fromCharCode(65 + i)}`,
  email: `extra${i}@council.example`,
  role: 'councillor' as const,
}));

describe('rota times, councillor search and the meeting link in reminders', () => {
  let connector: StandInConnector;
  let bot: TestApp;
  let seeded: SeededBot | undefined;

  before(async () => {
    seeded = await startSeededBot({ OUTBOX_POLL_MS: '100' });
    ({ connector, bot } = seeded);
    const tables = await openTables(seeded.azurite.connectionString, seeded.prefix);
    await createPeopleRepository(tables.People).upsertMany(EXTRA_COUNCILLORS);
  });
  after(async () => seeded?.stop());

  const { sayInChannel, click, sentTo, shown } = channelDriver(() => ({ bot, connector }));
  const planned = async () => {
    const table = TableClient.fromConnectionString(
      seeded!.azurite.connectionString,
      `${seeded!.prefix}Rota`,
      {
        allowInsecureConnection: true,
      },
    );
    const rows: { rowKey?: string; day: string; time: string; status: string; history: string }[] = [];
    for await (const row of table.listEntities<(typeof rows)[number]>()) rows.push(row);
    // Only bookings from a plan: the first test books one of its own.
    return rows.filter((r) => r.status === 'booked' && r.history.includes('"plan":'));
  };
  const search = async (who: Persona, queryText: string) => {
    const { status, body } = await bot.invoke({
      ...cardActionActivity(connector.url, who, 'unused', {}, channel),
      name: 'application/search',
      value: { queryText, dataset: 'councillors', queryOptions: { skip: 0, top: 15 } },
    });
    assert.equal(status, 200);
    assert.equal(body.type, 'application/vnd.microsoft.search.searchResponse');
    return (body.value as { results: { title: string; value: string }[] }).results;
  };

  it('Move changes the time on the same day; the councillors are told the new time, and reminders carry the meeting link', async () => {
    const alex = personAt(bot, connector, persona.councillor);
    await alex.say('help'); // Alex has a personal chat with the bot
    // The next working day: its reminder (two working days before, from 09:00) is already due.
    const day = addWorkingDays(testDay(0), 1);
    const link = 'https://teams.microsoft.com/l/meetup-join/times';
    const schedule = await click(
      persona.partnerships,
      await sayInChannel(persona.partnerships, 'rota'),
      'Book a visit',
    );
    const booked = await click(persona.partnerships, schedule, 'Book', {
      serviceId: 'checs',
      day,
      time: '10:30',
      councillorIds: persona.councillor.aadObjectId,
      meetingLink: link,
    });
    assert.match(cardText(booked), /Booked; the councillors will be sent a confirmation\./);

    const reminder = await until('the reminder before the visit', () =>
      sentTo(persona.councillor).find((b) => /^Your visit to Cheshire East.* at 10:30\./.test(shown(b))),
    );
    assert.deepEqual(openUrls(cardOf(reminder)), [{ title: 'Join the Teams meeting', url: link }]);
    assert.deepEqual(
      actionsOf(cardOf(reminder)).map((a) => a.title),
      ['Start the form'],
    );

    const change = await click(persona.partnerships, booked, 'Move or cancel');
    assert.deepEqual(cardProblems(change), []);
    assert.equal(inputValue(change, 'time'), '10:30');
    const same = await click(persona.partnerships, change, 'Move', {
      day,
      time: '10:30',
      reason: 'councillor availability',
    });
    assert.match(cardText(same), /That is when it is booked already/);
    const badTime = await click(persona.partnerships, change, 'Move', {
      day,
      time: '',
      reason: 'councillor availability',
    });
    assert.match(cardText(badTime), /Choose a start time/);
    const moved = await click(persona.partnerships, change, 'Move', {
      day,
      time: '15:00',
      reason: 'councillor availability',
    });
    assert.match(cardText(moved), /Moved; the councillors will be told\./);
    assert.ok(cardText(moved).includes(`${formatDay(day)} 15:00`), 'the rota shows the new time');

    const confirmation = await until('the confirmation of the new time', () =>
      sentTo(persona.councillor).find((b) =>
        shown(b).startsWith(
          `You are booked to visit Cheshire East Consultation Service \\(ChECS\\) on ${formatDay(day)} at 15:00.`,
        ),
      ),
    );
    const calendar = openUrls(cardOf(confirmation)).find((l) => l.title === 'Add to calendar');
    assert.equal(
      new URL(calendar!.url).searchParams.get('startTime'),
      londonTime(day, '15:00').toISOString(),
    );
    const newReminder = await until('the reminder at the new time', () =>
      sentTo(persona.councillor).find((b) => /^Your visit to Cheshire East.* at 15:00\./.test(shown(b))),
    );
    assert.deepEqual(openUrls(cardOf(newReminder)), [{ title: 'Join the Teams meeting', url: link }]);
    const history = cardText(await click(persona.partnerships, moved, 'Move or cancel'));
    assert.match(history, new RegExp(`moved from ${day} 10:30 to ${day} 15:00 by Sam Okafor`));
  });

  it('plan: each row has a start time, a bad time is a problem on its row, and each visit is booked at its time', async () => {
    const year = Number(testDay(0).slice(0, 4)) + 1;
    const plan = await sayInChannel(persona.partnerships, `plan ${year}`);
    assert.deepEqual(cardProblems(plan), []);
    assert.ok(JSON.stringify(plan).length < 28_000, 'within the Teams card size limit');
    const proposed = inputsOf(plan);
    const rows = Object.keys(proposed).filter((id) => id.startsWith('day.')).length;
    assert.ok(rows >= 3, `${rows} rows`);
    for (let i = 0; i < rows; i++) assert.equal(proposed[`time.${i}`], '10:00', `row ${i} starts at 10:00`);

    const firstTwo = { ...proposed };
    for (let i = 2; i < rows; i++) firstTwo[`include.${i}`] = 'false';
    const tried = await click(persona.partnerships, plan, 'Book these visits', {
      ...firstTwo,
      'time.0': '25:00',
      'time.1': '14:30',
    });
    assert.match(cardText(tried), /Nothing was booked yet: 1 visit needs a change/);
    assert.match(cardText(tried), /Choose a start time \\\(for example 10:00\\\)\./);
    assert.equal(inputValue(tried, 'time.0'), '25:00', 'what the officer typed is kept');
    assert.equal(inputValue(tried, 'time.1'), '14:30');
    assert.deepEqual(await planned(), []);

    const booked = await click(persona.partnerships, tried, 'Book these visits', {
      ...firstTwo,
      'time.0': '09:15',
      'time.1': '14:30',
    });
    assert.match(cardText(booked), new RegExp(`Booked 2 visits from the ${year} plan`));
    assert.deepEqual(
      (await planned()).map((b) => [b.day, b.time]).sort(),
      [
        [proposed['day.0'], '09:15'],
        [proposed['day.1'], '14:30'],
      ].sort(),
    );
  });

  it('plan: with more than 15 councillors each row searches them; the search answers the partnerships team only', async () => {
    const year = Number(testDay(0).slice(0, 4)) + 1;
    const plan = await sayInChannel(persona.partnerships, `plan ${year}`);
    assert.deepEqual(cardProblems(plan), []);
    const boxes = JSON.stringify(plan).match(
      /"choices\.data":\{"type":"Data\.Query","dataset":"councillors"\}/g,
    );
    assert.ok(boxes && boxes.length >= 1, 'the councillor boxes search');
    // Each row carries only its own councillors (to show their names), not the whole directory.
    const rows = Object.keys(inputsOf(plan)).filter((id) => id.startsWith('day.')).length;
    const choices = JSON.stringify(plan).match(/"title":"Cllr /g)?.length ?? 0;
    assert.ok(choices <= 2 * rows, `${choices} councillor choices for ${rows} rows`);

    assert.deepEqual(await search(persona.partnerships, 'MOR'), [
      { title: 'Cllr Alex Morgan', value: persona.councillor.aadObjectId },
      { title: 'Cllr Morwenna Price', value: EXTRA_COUNCILLORS[3]!.aadObjectId },
    ]);
    assert.deepEqual(await search(persona.councillor, 'mor'), []);
    assert.deepEqual(await search(persona.stranger, 'mor'), []);
  });
});
