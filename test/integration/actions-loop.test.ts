import assert from 'node:assert/strict';
import { TableClient } from '@azure/data-tables';
import JSZip from 'jszip';
import { targetMonths } from '../../src/actions/months';
import type { Action } from '../../src/actions/types';
import { createActionRepository } from '../../src/storage/action-repository';
import {
  cardActionActivity,
  channel,
  messageActivity,
  persona,
  responseChannel,
  type Persona,
} from '../support/activities';
import { actionsOf, inputValue, personAt, type Card } from '../support/card-driver';
import { cardOf, cardProblems, cardText } from '../support/cards';
import { testDay } from '../support/clock';
import type { StandInConnector } from '../support/connector';
import { startSeededBot, type SeededBot } from '../support/seeded-bot';
import type { TestApp } from '../support/test-app';
import { submitVisitWithNextSteps } from '../support/visit-with-next-steps';
import { settle, until } from '../support/wait';

const HOS = responseChannel.conversationId;
const SERVICE = 'cin-cp-crewe';
const personal = (who: Persona): string => `a:personal-${who.id}`;
const [thisMonth, nextMonth, monthAfter] = targetMonths(testDay());
const lastMonth = targetMonths(testDay(-40))[0]!;

/**
 * Actions from a visit's "what needs to happen", through POST /api/messages with the outbox: step by step, what
 * each person does and what the bot shows.
 */
describe('actions from a visit, through POST /api/messages with the outbox', () => {
  let seeded: SeededBot | undefined;
  let connector: StandInConnector;
  let bot: TestApp;
  let stored: () => Promise<Action[]>;
  let responseRows: () => Promise<number>;
  let visitId = '';
  let ownView: Card;

  const invoke = async (who: Persona, verb: string, data: Record<string, unknown>): Promise<Card> => {
    const { body } = await bot.invoke(cardActionActivity(connector.url, who, verb, data, responseChannel));
    return body.value as Card;
  };
  const send = (who: Persona, card: Card, inputs: Record<string, unknown>) => {
    const button = actionsOf(card).find((a) => a.verb === 'response.submit');
    assert.ok(button, 'the responder’s own view has a send button');
    return invoke(who, 'response.submit', { ...button.data, ...inputs });
  };
  /** Everything left as it was: no action stored and no response saved. */
  const unchanged = async (): Promise<void> => {
    assert.deepEqual(await stored(), []);
    assert.equal(await responseRows(), 0);
  };
  const agreedTwoDeclinedOne = {
    response: 'We accept the visit’s findings and will act on them.',
    a0Choice: 'agree',
    a0Owner: persona.director.aadObjectId,
    a0Month: nextMonth,
    a1Choice: 'agree',
    a1Team: 'Crewe duty team',
    a1Month: monthAfter,
    a2Choice: 'decline',
    a2Note: 'The county review covers this already.',
  };

  before(async () => {
    seeded = await startSeededBot({ OUTBOX_POLL_MS: '200' });
    ({ connector, bot } = seeded);
    const open = (name: string) =>
      TableClient.fromConnectionString(seeded!.azurite.connectionString, `${seeded!.prefix}${name}`, {
        allowInsecureConnection: true,
      });
    const actions = createActionRepository(open('Actions'));
    stored = () => actions.forService(SERVICE);
    responseRows = async () => {
      let count = 0;
      const filter = `PartitionKey eq '${visitId}'`;
      for await (const row of open('Visits').listEntities({ queryOptions: { filter } })) {
        if (String(row.rowKey).startsWith('response|')) count++;
      }
      return count;
    };
    const partnerships = personAt(bot, connector, persona.partnerships);
    connector.clear();
    await bot.post(messageActivity(connector.url, persona.partnerships, 'link partnerships', channel));
    await bot.post(messageActivity(connector.url, persona.partnerships, `link ${SERVICE}`, responseChannel));
    await personAt(bot, connector, persona.director).say('help'); // Chris has a chat with the bot
    void partnerships;
  });
  after(async () => seeded?.stop());

  it('a visit submitted with three next steps: the request card lists them as proposed actions', async () => {
    visitId = await submitVisitWithNextSteps(
      personAt(bot, connector, persona.councillor),
      SERVICE,
      testDay(-5),
      '- Recruit two agency social workers\n- Review the duty rota\n- Move the team to a bigger office\n- Hold a team away day',
    );

    const request = await until('the request in the service channel', () => connector.delivered(HOS)[0]);
    const text = cardText(cardOf(request.body));
    assert.match(text, /Actions from what needs to happen/);
    for (const step of ['Recruit two agency social workers', 'Review the duty rota', 'Move the team'])
      assert.match(text, new RegExp(step));
    assert.equal(text.match(/Proposed: not yet decided\./g)?.length, 4);
    assert.doesNotMatch(text, /What happens/, 'everyone’s view has no boxes');
  });

  it('the responder’s own view offers each action: owner from the directory or a team, and twelve months', async () => {
    ownView = await invoke(persona.headOfService, 'response.open', { visitId });
    assert.deepEqual(cardProblems(ownView), []);
    assert.equal(inputValue(ownView, 'a0Choice'), 'leave');
    const text = JSON.stringify(ownView);
    assert.match(text, /"title":"Chris Doyle"/);
    assert.doesNotMatch(text, /"title":"Cllr Alex Morgan"/, 'councillors own no actions');
    assert.match(text, new RegExp(`"value":"${monthAfter}"`));
    const size = Buffer.byteLength(JSON.stringify({ attachments: [{ content: ownView }] }));
    assert.ok(size < 36_000, `${size} bytes`);
  });

  for (const [what, inputs, sentence, kept] of [
    [
      'an owner not in the directory',
      { a0Owner: persona.stranger.aadObjectId },
      /That owner is not in the directory/,
      ['a1Team', 'Crewe duty team'],
    ],
    [
      'a target month already past',
      { a1Month: lastMonth },
      /Choose a target month from this month on/,
      ['a2Note', agreedTwoDeclinedOne.a2Note],
    ],
    [
      'a target month that is no month',
      { a1Month: '2026-13' },
      /Choose a target month from this month on/,
      ['a0Month', nextMonth],
    ],
    [
      'a decline without a reason',
      { a2Note: ' ' },
      /Say why “Move the team to a bigger office” is declined/,
      ['a1Team', 'Crewe duty team'],
    ],
    [
      'a reason over 1,000 characters',
      { a2Note: 'x'.repeat(1_001) },
      /The reason for declining “Move the team to a bigger office” is 1,001 characters; the limit is 1,000\./,
      ['a1Team', 'Crewe duty team'],
    ],
    [
      'an agreement with no owner',
      { a1Team: '' },
      /Choose an owner from the list, or name a team/,
      ['a0Month', nextMonth],
    ],
  ] as const) {
    it(`${what}: a clear sentence, nothing saved (neither response nor actions), what was typed kept`, async () => {
      const card = await send(persona.headOfService, ownView, { ...agreedTwoDeclinedOne, ...inputs });
      assert.match(cardText(card), sentence);
      assert.match(cardText(card), /Nothing was saved\./);
      assert.equal(inputValue(card, 'response'), agreedTwoDeclinedOne.response);
      assert.equal(inputValue(card, kept[0]), kept[1]);
      await unchanged();
    });
  }

  it('someone not named on the request: refused, nothing saved', async () => {
    const card = await send(persona.partnerships, ownView, agreedTwoDeclinedOne);
    assert.match(
      cardText(card),
      /Only the responders named on this card can respond to it; nothing was saved/,
    );
    await unchanged();
  });

  it('a response alone is not forced to triage: the actions stay proposed', async () => {
    const director = await invoke(persona.director, 'response.open', { visitId });
    const card = await send(persona.director, director, { response: 'Noted; Dana will lead.' });
    assert.match(cardText(card), /Thank you: your response is saved\./);
    assert.deepEqual(await stored(), []);
    assert.equal(inputValue(card, 'a0Choice'), 'leave');
  });

  it('decisions alone, the response unchanged: saved, and the channel card updated for everyone', async () => {
    const since = Date.now();
    const director = await invoke(persona.director, 'response.open', { visitId });
    const card = await send(persona.director, director, {
      response: 'Noted; Dana will lead.',
      a3Choice: 'in hand',
      a3Note: 'Booked for March.',
    });
    assert.match(cardText(card), /Your decisions on the actions are saved\./);
    assert.deepEqual(
      (await stored()).map((a) => [a.text, a.status]),
      [['Hold a team away day', 'in progress']],
    );
    await until('the channel card shows it in progress', () =>
      connector.calls.find(
        (c) =>
          c.method === 'PUT' &&
          c.path.includes(HOS) &&
          c.at >= since &&
          /In progress: Booked for March\./.test(cardText(cardOf(c.body))),
      ),
    );
  });

  it('agrees two (a person and a team, with target months) and declines one, in the same click as the response', async () => {
    const since = Date.now();
    const card = await send(persona.headOfService, ownView, agreedTwoDeclinedOne);
    const text = cardText(card);
    assert.match(text, /Thank you: your response is saved\. So are your decisions on the actions\./);
    assert.match(text, new RegExp(`Agreed\\. Owner: Chris Doyle, by \\w+ ${nextMonth!.slice(0, 4)}`));
    assert.match(text, /Agreed\. Owner: Crewe duty team, by/);
    assert.match(text, /Declined: The county review covers this already\./);
    const actions = await stored();
    assert.deepEqual(actions.map((a) => [a.text, a.status, a.owner?.name, a.target, a.reason]).sort(), [
      ['Hold a team away day', 'in progress', undefined, undefined, undefined],
      ['Move the team to a bigger office', 'declined', undefined, undefined, agreedTwoDeclinedOne.a2Note],
      ['Recruit two agency social workers', 'agreed', 'Chris Doyle', nextMonth, undefined],
      ['Review the duty rota', 'agreed', 'Crewe duty team', monthAfter, undefined],
    ]);
    assert.equal(await responseRows(), 2);
    await until('the channel card updated for everyone', () =>
      connector.calls.find(
        (c) =>
          c.method === 'PUT' &&
          c.path.includes(HOS) &&
          c.at >= since &&
          /Agreed\. Owner: Chris Doyle/.test(cardText(cardOf(c.body))),
      ),
    );
  });

  it('a half-finished Send (the decisions stored, the response not) sent again: the response is saved, no decision refused or repeated', async () => {
    const decided = await stored();
    const visits = TableClient.fromConnectionString(
      seeded!.azurite.connectionString,
      `${seeded!.prefix}Visits`,
      { allowInsecureConnection: true },
    );
    await visits.deleteEntity(visitId, `response|${persona.headOfService.aadObjectId}`);
    assert.equal(await responseRows(), 1);
    const card = await send(persona.headOfService, ownView, agreedTwoDeclinedOne);
    assert.match(
      cardText(card),
      /Thank you: your response is saved\. So are your decisions on the actions\./,
    );
    assert.equal(await responseRows(), 2);
    assert.deepEqual(await stored(), decided, 'the decisions are as they were');
    const isOwnerCard = (c: { body: Record<string, unknown> }) =>
      /An action from a visit is yours/.test(cardText(cardOf(c.body)));
    await until('the owner’s card', () => connector.delivered(personal(persona.director)).find(isOwnerCard));
    await settle();
    const ownerCards = connector.delivered(personal(persona.director)).filter(isOwnerCard);
    assert.equal(ownerCards.length, 1, 'the owner’s card, queued again under its id, is sent once');
  });

  it('a stale card (an action decided since it was shown) is refused and changes nothing', async () => {
    const before = await stored();
    const card = await send(persona.headOfService, ownView, {
      response: 'A second thought.',
      a0Choice: 'decline',
      a0Note: 'Changed my mind',
    });
    assert.match(
      cardText(card),
      /“Recruit two agency social workers” was decided by someone else since this card was shown/,
    );
    assert.deepEqual(await stored(), before);
  });

  it('the owner is sent a card; a stranger and a councillor are refused; the owner marks it done', async () => {
    const delivered = await until('the owner’s card in Chris’s chat', () =>
      connector
        .delivered(personal(persona.director))
        .find((c) => /An action from a visit is yours/.test(cardText(cardOf(c.body)))),
    );
    const ownerCard = cardOf(delivered.body)!;
    assert.deepEqual(cardProblems(ownerCard), []);
    assert.match(cardText(ownerCard), /Recruit two agency social workers/);
    assert.match(cardText(ownerCard), /Child in Need \/ Child Protection, Crewe, visit of/);
    const before = await stored();

    for (const [who, sentence] of [
      [
        persona.councillor,
        /Only its owner, the service’s responders or the partnerships team can update an action/,
      ],
      [persona.stranger, /You are not in the directory yet, so nothing was changed/],
    ] as const) {
      const refused = await personAt(bot, connector, who).click(ownerCard, 'Done', { note: 'Not mine' });
      assert.match(cardText(refused), sentence);
      assert.deepEqual(await stored(), before);
    }

    const done = await personAt(bot, connector, persona.director).click(ownerCard, 'Done', {
      note: 'Both started on Monday.',
    });
    assert.match(cardText(done), /Marked done: thank you\./);
    assert.deepEqual(actionsOf(done), [], 'a done action has no buttons');
    const recruited = (await stored()).find((a) => a.text.startsWith('Recruit'))!;
    assert.equal(recruited.status, 'done');
    assert.equal(recruited.history.at(-1)?.note, 'Both started on Monday.');

    const stale = await personAt(bot, connector, persona.director).click(ownerCard, 'In progress');
    assert.match(cardText(stale), /That action is done already\. Nothing was changed\./);
    assert.match(cardText(stale), /Done\. Owner: Chris Doyle: Both started on Monday\./);
    await settle();
    assert.equal((await stored()).find((a) => a.id === recruited.id)?.etag, recruited.etag);
    void thisMonth;
  });

  it('the next visit to Crewe opens on all three with their status, and the report for the period shows them', async () => {
    const alex = personAt(bot, connector, persona.councillor);
    const first = await alex.click(await alex.say('start'), 'Start the form', {
      serviceId: SERVICE,
      date: testDay(-1),
    });
    assert.deepEqual(cardProblems(first), []);
    const since = cardText(first);
    assert.match(since, /Since the last visit to Child in Need \/ Child Protection, Crewe/);
    assert.match(since, /Recruit two agency social workers[\s\S]*Done\. Owner: Chris Doyle/);
    assert.match(since, /Review the duty rota[\s\S]*Agreed\. Owner: Crewe duty team, by /);
    assert.match(
      since,
      /Move the team to a bigger office[\s\S]*Declined: The county review covers this already\./,
    );

    const period = `${testDay(-30)}..${testDay()}`;
    const res = await fetch(`${bot.baseUrl}/api/report/committee-paper.docx?period=${period}&confirm=yes`, {
      headers: { 'X-Local-User': persona.partnerships.aadObjectId },
    });
    assert.equal(res.status, 200, await res.clone().text());
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const paper = ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/g, ' ');
    assert.match(paper, /Actions from visits/);
    for (const text of [
      'Recruit two agency social workers',
      'Review the duty rota',
      'Move the team to a bigger office',
    ])
      assert.ok(paper.includes(text), `the paper lists "${text}"`);
    assert.ok(paper.includes('The county review covers this already.'), 'with the reason it was declined');
    assert.ok(paper.includes('Crewe duty team'), 'and its owner');
  });
});
