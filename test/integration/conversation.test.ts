import assert from 'node:assert/strict';
import {
  botAddedActivity,
  channel,
  messageActivity,
  persona,
  type Persona,
  type Where,
} from '../support/activities';
import { cardOf, cardProblems, cardText } from '../support/cards';
import type { StandInConnector } from '../support/connector';
import { startSeededBot, type SeededBot } from '../support/seeded-bot';
import type { TestApp } from '../support/test-app';

/** One step of a conversation: what a person does, and what the bot shows back. */
interface Step {
  readonly who: Persona;
  readonly does: 'install' | string;
  readonly where?: Where;
  readonly sees: RegExp;
  readonly seesCard?: boolean;
}

describe('first conversation, through POST /api/messages', () => {
  let connector: StandInConnector;
  let bot: TestApp;

  let seeded: SeededBot | undefined;

  before(async () => {
    seeded = await startSeededBot();
    ({ connector, bot } = seeded);
  });
  after(async () => seeded?.stop());
  beforeEach(() => connector.clear());

  async function act(step: Step): Promise<Record<string, unknown>> {
    const activity =
      step.does === 'install'
        ? botAddedActivity(connector.url, step.who, step.where)
        : messageActivity(connector.url, step.who, step.does, step.where);
    assert.equal(await bot.post(activity), 200);
    const sent = connector.sent();
    assert.equal(sent.length, 1, `exactly one reply to ${step.who.name}: ${step.does}`);
    const reply = sent[0] ?? {};
    const card = cardOf(reply);
    assert.equal(Boolean(card), step.seesCard ?? false, 'a card, or plain text, as expected');
    if (card) assert.deepEqual(cardProblems(card), []);
    const shown = card ? cardText(card) : String(reply.text);
    assert.match(shown, step.sees);
    return reply;
  }

  const steps: Step[] = [
    {
      who: persona.councillor,
      does: 'install',
      seesCard: true,
      sees: /^Welcome, Cllr Alex Morgan\n.*record your frontline visits.*\nhelp\n.*\nwhoami\n/s,
    },
    {
      who: persona.councillor,
      does: 'help',
      seesCard: true,
      sees: /^Frontline Visits: help\n.*What you can type here\nhelp\n.*start\n.*whoami\n[^\n]*$/s,
    },
    { who: persona.councillor, does: '  HELP ', seesCard: true, sees: /^Frontline Visits: help/ },
    {
      who: persona.councillor,
      does: 'whoami',
      sees: /^You are \*\*Cllr Alex Morgan\*\*, councillor in the directory\. Teams user id: 00000000-0000-4000-8000-000000000101$/,
    },
    {
      who: persona.councillor,
      does: 'make me a *sandwich* please, with extra pickles',
      sees: /^Sorry, I don't know "make me a \\\*sandwich\\\* please, with extra…"\. Type \*\*help\*\*/,
    },
    {
      who: persona.headOfService,
      does: 'install',
      seesCard: true,
      sees: /Welcome, Dana Whitfield\n.*Child in Need \/ Child Protection, Crewe; Child in Need \/ Child Protection, Macclesfield/s,
    },
    {
      who: persona.partnerships,
      does: 'install',
      seesCard: true,
      sees: /Welcome, Sam Okafor\n.*run the visit rota/s,
    },
    {
      who: persona.stranger,
      does: 'install',
      seesCard: true,
      sees: /not in the directory yet.*00000000-0000-4000-8000-000000000999/s,
    },
    {
      who: persona.stranger,
      does: 'whoami',
      sees: /not in the directory yet.*00000000-0000-4000-8000-000000000999/,
    },
    {
      who: persona.partnerships,
      does: 'install',
      where: channel,
      seesCard: true,
      sees: /^Welcome to Frontline Visits\nIn a team I post two kinds of message/,
    },
    {
      who: persona.partnerships,
      does: 'help',
      where: channel,
      seesCard: true,
      sees: /What you can type here \(mention me first, e\.g\. @Frontline Visits help\)\nhelp\n.*\nlink\n.*\nrota\n.*\nplan\n.*\noutbox\n[^\n]*\nreport\n[^\n]*\nIn a personal chat with me \(open Frontline Visits from the Teams app bar\)\nwhoami\n[^\n]*$/s,
    },
    {
      who: persona.partnerships,
      does: 'help',
      seesCard: true,
      sees: /^Frontline Visits: help\n.*\nWhat you can type here\nhelp\n[^\n]*\nreport\n[^\n]*\nwhoami\n[^\n]*\nIn your team's channel \(mention me first, e\.g\. @Frontline Visits rota\)\nlink\n.*\nlinks\n.*\nrota\n.*\nschedule\n.*\nplan\n.*\noutbox\n[^\n]*$/s,
    },
    {
      who: persona.partnerships,
      does: 'rota',
      sees: /^\*\*rota\*\* works in a team channel: mention me there first, e\.g\. @Frontline Visits rota\.$/,
    },
    {
      who: persona.stranger,
      does: 'start',
      sees: /^You are not in the directory yet, so \*\*start\*\* is not available to you\. Ask the Children's Development and Partnerships team to add you, quoting your Teams user id: 00000000-0000-4000-8000-000000000999 \(type \*\*whoami\*\* to see it again\)\.$/,
    },
    {
      who: persona.councillor,
      does: 'whoami',
      where: channel,
      sees: /^\*\*whoami\*\* works in a personal chat with me: open Frontline Visits from the Teams app bar and type it there\.$/,
    },
    {
      who: persona.headOfService,
      does: 'start',
      sees: /^\*\*start\*\* is for councillors\. Type \*\*help\*\* to see what you can do\.$/,
    },
  ];
  for (const step of steps) {
    it(`${step.who.name} ${step.does === 'install' ? 'installs the app' : `types "${step.does.trim()}"`}${step.where ? ' in a channel' : ''}`, () =>
      act(step));
  }

  it('replies in the conversation (the thread) the person wrote in', async () => {
    const message = messageActivity(connector.url, persona.councillor, 'help', channel);
    await bot.post(message);
    assert.equal(
      connector.calls[0]?.path,
      `/v3/conversations/19:partnerships@thread.tacv2;messageid=${message.id}/activities/${message.id}`,
    );
  });

  it('answers an empty message (e.g. only a mention) with a pointer to help', async () => {
    await act({ who: persona.councillor, does: '', where: channel, sees: /^Type \*\*help\*\*/ });
  });

  it('greets only when the bot itself is added, not when other members join', async () => {
    const activity = {
      ...botAddedActivity(connector.url, persona.councillor, channel),
      membersAdded: [{ id: persona.stranger.id }],
    };
    assert.equal(await bot.post(activity), 200);
    assert.deepEqual(connector.sent(), []);
  });
});
