import assert from 'node:assert/strict';
import { TableClient } from '@azure/data-tables';
import { formatDay } from '../../src/kernel/london';
import { addDays, addWorkingDays, isWorkingDay, londonTime, weekday } from '../../src/kernel/london';
import { testDay } from '../support/clock';
import { weekOf } from '../../src/rota/plan';
import { cardActionActivity, channel, persona } from '../support/activities';
import { renderNudgeCard } from '../../src/cards/nudge-card';
import { actionsOf, inputsOf, inputValue, personAt, type Card } from '../support/card-driver';
import { openUrls } from '../support/open-urls';
import { channelDriver } from '../support/channel-driver';
import { cardOf, cardProblems, cardText } from '../support/cards';
import type { StandInConnector } from '../support/connector';
import { startSeededBot, type SeededBot } from '../support/seeded-bot';
import type { TestApp } from '../support/test-app';
import { settle, until } from '../support/wait';

describe('rota and scheduling in the partnerships channel', () => {
  let connector: StandInConnector;
  let bot: TestApp;

  let seeded: SeededBot | undefined;

  before(async () => {
    seeded = await startSeededBot({ OUTBOX_POLL_MS: '100' });
    ({ connector, bot } = seeded);
  });
  after(async () => seeded?.stop());

  const { sayInChannel, click, sentTo, shown } = channelDriver(() => ({ bot, connector }));

  it('books a visit, which the councillors see in start; moves and cancels it with a reason; only partnerships may', async () => {
    const alex = personAt(bot, connector, persona.councillor);
    await alex.say('help'); // Alex has a personal chat with the bot
    await personAt(bot, connector, persona.secondCouncillor).say('help'); // and so has Priya

    const rota = await sayInChannel(persona.partnerships, 'rota');
    assert.deepEqual(cardProblems(rota), []);
    assert.match(
      cardText(rota),
      /Cheshire East Consultation Service \\\(ChECS\\\)\nLast visit\nnone on record\nNext booked\nnone\nDue\nnow\nStatus\nnever visited/,
    );

    const day = addWorkingDays(testDay(0), 3);
    const saturday = addDays(testDay(0), ((6 - weekday(testDay(0)) + 7) % 7) + 7);
    const schedule = await click(persona.partnerships, rota, 'Book a visit');
    assert.deepEqual(cardProblems(schedule), []);
    const weekend = await click(persona.partnerships, schedule, 'Book', {
      serviceId: 'checs',
      day: saturday,
      time: '10:00',
      councillorIds: persona.councillor.aadObjectId,
    });
    assert.match(cardText(weekend), /weekend or a bank holiday/);
    const booked = await click(persona.partnerships, schedule, 'Book', {
      serviceId: 'checs',
      day,
      time: '10:30',
      councillorIds: `${persona.councillor.aadObjectId},${persona.secondCouncillor.aadObjectId}`,
      meetingLink: 'https://teams.microsoft.com/l/meetup-join/abc',
    });
    assert.match(cardText(booked), /Booked; the councillors will be sent a confirmation\./);
    assert.match(
      cardText(booked),
      new RegExp(`Next booked\\n[A-Za-z]{3}, \\d+ [A-Za-z]{3} \\d{4} 10:30\\nDue\\nnow\\nStatus\\nbooked`),
    );

    // Alex is told, with the meeting link and a button to add the visit to the calendar; sees it in start.
    const confirmation = await until('the booking confirmation', () =>
      sentTo(persona.councillor).find((body) => /You are booked to visit Cheshire East/.test(shown(body))),
    );
    const links = openUrls(cardOf(confirmation));
    assert.deepEqual(
      links.map((l) => l.title),
      ['Add to calendar', 'Join the Teams meeting'],
    );
    assert.equal(links[1]?.url, 'https://teams.microsoft.com/l/meetup-join/abc');
    const invitation = new URL(links[0]!.url).searchParams;
    assert.equal(invitation.get('startTime'), londonTime(day, '10:30').toISOString());
    assert.equal(invitation.get('attendees'), 'alex.morgan@council.example,priya.shah@council.example');
    assert.match(invitation.get('content')!, /meetup-join\/abc/);
    const start = await alex.say('start');
    assert.match(cardText(start), /Booked on the rota: no form started yet\./);
    const step = await alex.click(start, 'Start the form');
    assert.match(cardText(step), /Step 1 of 12 — Staff involved/);
    assert.match(cardText(step), /Cllr Alex Morgan, Cllr Priya Shah/);
    const again = await alex.click(start, 'Start the form');
    assert.equal(
      actionsOf(again)[0]?.data.visitId,
      actionsOf(step)[0]?.data.visitId,
      'a second Start opens the same form',
    );

    // Someone else cannot change the rota.
    const refused = await click(persona.councillor, booked, 'Move or cancel');
    assert.match(cardText(refused), /Only the partnerships team keeps the rota/);

    const change = await click(persona.partnerships, booked, 'Move or cancel');
    assert.deepEqual(cardProblems(change), []);
    const noReason = await click(persona.partnerships, change, 'Move', { day: addWorkingDays(day, 1) });
    assert.match(cardText(noReason), /Choose a reason for the change/);
    const moved = await click(persona.partnerships, change, 'Move', {
      day: addWorkingDays(day, 1),
      reason: 'councillor availability',
    });
    assert.match(cardText(moved), /Moved; the councillors will be told\./);
    const history = await click(persona.partnerships, moved, 'Move or cancel');
    assert.match(
      cardText(history),
      /booked for .* by Sam Okafor; moved from .* by Sam Okafor \\\(councillor availability\\\)/,
    );
    const cancelled = await click(persona.partnerships, history, 'Cancel the visit', {
      reason: 'sickness in the service',
    });
    assert.match(cardText(cancelled), /Cancelled; the councillors will be told\./);
    assert.match(cardText(cancelled), /ChECS\\\)\nLast visit\nnone on record\nNext booked\nnone/);
  });

  it("a nudge's Book opens the schedule card with its service chosen", async () => {
    const nudge = renderNudgeCard({
      topic: 'service-overdue:cwd-short-breaks:2026-11-15',
      text: 'Children with Disabilities Short Breaks Team was due a visit on Sun, 15 Nov 2026 and none is booked.',
      actions: ['book', 'snooze', 'handle'],
      serviceId: 'cwd-short-breaks',
    }) as Card;
    const schedule = await click(persona.partnerships, nudge, 'Book');
    assert.deepEqual(cardProblems(schedule), []);
    assert.equal(inputValue(schedule, 'serviceId'), 'cwd-short-breaks');
    const refused = await click(persona.councillor, nudge, 'Book');
    assert.match(cardText(refused), /Only the partnerships team keeps the rota/);
  });

  it('plan <year> proposes a year of visits; the officer adjusts it on the card and books it once', async () => {
    const bookings = async () => {
      const table = TableClient.fromConnectionString(
        seeded!.azurite.connectionString,
        `${seeded!.prefix}Rota`,
        {
          allowInsecureConnection: true,
        },
      );
      const rows: { day: string; status: string; councillorIds: string }[] = [];
      for await (const row of table.listEntities<{ day: string; status: string; councillorIds: string }>())
        rows.push(row);
      return rows.filter((r) => r.status === 'booked');
    };
    assert.match(String((await sayInChannel(persona.councillor, 'plan 2027')).text), /partnerships/i);
    assert.match(cardText(await sayInChannel(persona.partnerships, 'plan')), /a year from \d{4} to \d{4}/);

    const year = Number(testDay(0).slice(0, 4)) + 1;
    const plan = await sayInChannel(persona.partnerships, `plan ${year}`);
    assert.deepEqual(cardProblems(plan), []);
    assert.ok(JSON.stringify(plan).length < 28_000, 'within the Teams card size limit');
    const proposed = inputsOf(plan);
    const rows = Object.keys(proposed).filter((id) => id.startsWith('day.')).length;
    assert.ok(rows >= 10, `about three visits a service in a year for five services (${rows})`);
    const weeks = new Set<string>();
    for (let i = 0; i < rows; i++) {
      const day = proposed[`day.${i}`]!;
      assert.ok(day.startsWith(`${year}-`) && isWorkingDay(day), `${day} is a working day in ${year}`);
      // Two councillors, two a visit: each week holds one visit at most.
      assert.equal(proposed[`councillors.${i}`]!.split(',').length, 2);
      assert.ok(!weeks.has(weekOf(day)), `${day}: nobody twice in one week`);
      weeks.add(weekOf(day));
    }

    // Only the partnerships team may book it, and a card that is not ours books nothing.
    assert.match(
      cardText(await click(persona.councillor, plan, 'Book these visits', proposed)),
      /Only the partnerships team/,
    );
    const { body } = await bot.invoke(
      cardActionActivity(
        connector.url,
        persona.partnerships,
        'rota.plan-accept',
        { planId: 'x', services: 'checs' },
        channel,
      ),
    );
    assert.match(cardText(body.value), /That button did not work/);
    assert.deepEqual(await bookings(), []);

    // A weekend, and two visits moved into one week: nothing is booked and each row says why.
    const saturday = [...Array(7).keys()]
      .map((d) => `${year}-03-0${d + 1}`)
      .find((d) => new Date(d).getUTCDay() === 6)!;
    const tried = await click(persona.partnerships, plan, 'Book these visits', {
      ...proposed,
      'day.0': saturday,
      'day.2': proposed['day.1'],
    });
    assert.match(cardText(tried), /Nothing was booked yet: 3 visits need a change/);
    assert.match(cardText(tried), /is a weekend or a bank holiday/);
    assert.match(cardText(tried), /Cllr Alex Morgan has another visit in the week of/);
    assert.equal(inputValue(tried, 'day.0'), saturday, 'what the officer typed is kept');
    assert.deepEqual(await bookings(), []);

    // Keep the first three, as proposed: booked; a second click books nothing twice.
    const firstThree = { ...proposed };
    for (let i = 3; i < rows; i++) firstThree[`include.${i}`] = 'false';
    const booked = await click(persona.partnerships, tried, 'Book these visits', firstThree);
    assert.match(cardText(booked), new RegExp(`Booked 3 visits from the ${year} plan`));

    // Each councillor is sent one message listing their visits in date order, each with Add to calendar;
    // no confirmation per booking.
    const planned = [proposed['day.0']!, proposed['day.1']!, proposed['day.2']!].sort();
    for (const who of [persona.councillor, persona.secondCouncillor]) {
      const summary = await until(`${who.name}'s summary of the plan`, () =>
        sentTo(who).find((body) => shown(body).includes(`from the ${year} plan`)),
      );
      const text = shown(summary);
      assert.match(text, new RegExp(`^You are booked for 3 visits from the ${year} plan, in date order:`));
      const shownDays = planned.map((d) => text.indexOf(formatDay(d)));
      assert.ok(
        shownDays.every((i, n) => i > 0 && (n === 0 || i > shownDays[n - 1]!)),
        `date order: ${text}`,
      );
      const starts = openUrls(cardOf(summary))
        .filter((l) => l.title === 'Add to calendar')
        .map((l) => new URL(l.url).searchParams.get('startTime'));
      assert.deepEqual(
        starts,
        planned.map((d) => londonTime(d, '10:00').toISOString()),
      );
    }
    await settle(500);
    for (const who of [persona.councillor, persona.secondCouncillor]) {
      const messages = sentTo(who).map(shown);
      assert.equal(messages.filter((t) => t.includes(`from the ${year} plan`)).length, 1, 'one summary');
      assert.deepEqual(
        // (The first test's booking may still be confirmed late: only the plan's days count here.)
        messages.filter(
          (t) => /You are booked to visit/.test(t) && planned.some((d) => t.includes(formatDay(d))),
        ),
        [],
        'no confirmation per booking',
      );
    }
    assert.deepEqual(
      (await bookings()).map((b) => b.day).sort(),
      [proposed['day.0'], proposed['day.1'], proposed['day.2']].sort(),
    );
    const again = await click(persona.partnerships, tried, 'Book these visits', firstThree);
    assert.match(cardText(again), /booked already; nothing was booked twice/);
    assert.equal((await bookings()).length, 3);

    // A new proposal builds on them: the booked services' next visits follow their cadence.
    const next = inputsOf(await sayInChannel(persona.partnerships, `plan ${year}`));
    assert.match(
      cardText(await sayInChannel(persona.partnerships, `plan ${year}`)),
      /Already booked in \d{4}:/,
    );
    assert.ok(!Object.entries(next).some(([id, day]) => id.startsWith('day.') && day === proposed['day.0']));
  });
});
