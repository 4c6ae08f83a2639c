import assert from 'node:assert/strict';
import { addWorkingDays, londonDay } from '../../src/rota/calendar';
import { cardActionActivity, channel, messageActivity, persona, type Persona } from '../support/activities';
import { renderNudgeCard } from '../../src/cards/nudge-card';
import { actionsOf, inputValue, personAt, type Card } from '../support/card-driver';
import { cardOf, cardProblems, cardText } from '../support/cards';
import type { StandInConnector } from '../support/connector';
import { startSeededBot, type SeededBot } from '../support/seeded-bot';
import type { TestApp } from '../support/test-app';
import { until } from '../support/wait';

describe('rota and scheduling in the partnerships channel', () => {
  let connector: StandInConnector;
  let bot: TestApp;

  let seeded: SeededBot | undefined;

  before(async () => {
    seeded = await startSeededBot({ OUTBOX_POLL_MS: '100' });
    ({ connector, bot } = seeded);
  });
  after(async () => seeded?.stop());

  const sayInChannel = async (who: Persona, text: string): Promise<Card> => {
    connector.clear();
    await bot.post(messageActivity(connector.url, who, text, channel));
    const sent = connector.sent().at(-1);
    return cardOf(sent) ?? { text: sent?.text };
  };
  const click = async (
    who: Persona,
    card: Card,
    title: string,
    inputs: Record<string, unknown> = {},
  ): Promise<Card> => {
    const action = actionsOf(card).find((a) => a.title === title);
    assert.ok(action, `no "${title}" on ${cardText(card)}`);
    const { body } = await bot.invoke(
      cardActionActivity(connector.url, who, action.verb, { ...action.data, ...inputs }, channel),
    );
    return body.value as Card;
  };

  it('books a visit, which the councillors see in start; moves and cancels it with a reason; only partnerships may', async () => {
    const alex = personAt(bot, connector, persona.councillor);
    await alex.say('help'); // Alex has a personal chat with the bot

    const rota = await sayInChannel(persona.partnerships, 'rota');
    assert.deepEqual(cardProblems(rota), []);
    assert.match(
      cardText(rota),
      /Cheshire East Consultation Service \\\(ChECS\\\)\nLast visit\nnone on record\nNext booked\nnone\nDue\nnow\nStatus\nnever visited/,
    );

    const day = addWorkingDays(londonDay(new Date()), 3);
    const schedule = await click(persona.partnerships, rota, 'Book a visit');
    assert.deepEqual(cardProblems(schedule), []);
    const weekend = await click(persona.partnerships, schedule, 'Book', {
      serviceId: 'checs',
      day: '2026-11-28',
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

    // Alex is told, and sees the booking in start.
    await until('the booking confirmation', () =>
      connector.calls.some(
        (c) =>
          c.path.startsWith(`/v3/conversations/a:personal-${persona.councillor.id}/activities`) &&
          /You are booked to visit Cheshire East/.test(String(c.body.text)),
      ),
    );
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
});
