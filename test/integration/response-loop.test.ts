import assert from 'node:assert/strict';
import { TableClient } from '@azure/data-tables';
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
import { formatDay } from '../../src/kernel/london';
import { testDay } from '../support/clock';
import type { StandInConnector } from '../support/connector';
import { startSeededBot, type SeededBot } from '../support/seeded-bot';
import type { TestApp } from '../support/test-app';
import { settle, until } from '../support/wait';

const PARTNERSHIPS = channel.conversationId;
const HOS = responseChannel.conversationId;
const personal = (who: Persona): string => `a:personal-${who.id}`;
const cardIn = (body: Record<string, unknown> | undefined): string => cardText(cardOf(body));

describe('head-of-service response loop, through POST /api/messages with the outbox', () => {
  let azurite: SeededBot['azurite'];
  let connector: StandInConnector;
  let bot: TestApp;
  let prefix: string;

  const sayIn = async (who: Persona, text: string, where = channel): Promise<string> => {
    connector.clear();
    assert.equal(await bot.post(messageActivity(connector.url, who, text, where)), 200);
    return String(connector.replies().at(-1)?.text ?? '');
  };
  const invoke = async (who: Persona, verb: string, data: Record<string, unknown>): Promise<Card> => {
    const { body } = await bot.invoke(cardActionActivity(connector.url, who, verb, data, responseChannel));
    return body.value as Card;
  };
  /** Alex (with Priya) records a visit to CIN/CP Crewe and submits it; answers the visit id. */
  async function submitVisit(): Promise<string> {
    const alex = personAt(bot, connector, persona.councillor);
    await personAt(bot, connector, persona.secondCouncillor).say('help'); // Priya has a chat with the bot
    let card = await alex.click(await alex.say('start'), 'Start the form', {
      serviceId: 'cin-cp-crewe',
      date: testDay(-5),
      others: persona.secondCouncillor.aadObjectId,
    });
    const visitId = String(actionsOf(card)[0]?.data.visitId);
    card = await alex.click(card, 'Save & next', { answer: 'Service manager and four social workers' });
    card = await alex.click(card, 'Save & next', { answer: 'Strong relationships with families' });
    const submitted = await alex.click(await alex.say('review'), 'Submit');
    assert.match(cardText(submitted), /Submitted\. Thank you\./);
    return visitId;
  }
  const visitRows = async (visitId: string) => {
    const table = TableClient.fromConnectionString(azurite.connectionString, `${prefix}Visits`, {
      allowInsecureConnection: true,
    });
    const rows: Record<string, unknown>[] = [];
    for await (const row of table.listEntities({
      queryOptions: { filter: `PartitionKey eq '${visitId}'` },
    })) {
      rows.push(row);
    }
    return rows;
  };

  let seeded: SeededBot | undefined;

  before(async () => {
    seeded = await startSeededBot({ OUTBOX_POLL_MS: '200' });
    ({ azurite, connector, bot, prefix } = seeded);
  });
  after(async () => seeded?.stop());

  it('only the partnerships team links channels; links lists them', async () => {
    assert.match(
      await sayIn(persona.councillor, 'link partnerships'),
      /^\*\*link\*\* is for the partnerships team\. Type \*\*help\*\* to see what you can do\./,
    );
    assert.match(
      await sayIn(persona.partnerships, 'link nowhere'),
      /Type \*\*link partnerships\*\*, or \*\*link\*\* and one of: \*\*checs\*\*/,
    );
    assert.match(await sayIn(persona.partnerships, 'link partnerships'), /now the partnerships channel/);
    assert.match(
      await sayIn(persona.partnerships, 'link cin-cp-crewe', responseChannel),
      /now receives the response requests for \*\*Child in Need \/ Child Protection, Crewe\*\*/,
    );
    const links = await sayIn(persona.partnerships, 'links');
    assert.match(links, /Partnerships: 19:partnerships@thread\.tacv2/);
    assert.match(links, /Crewe \(cin-cp-crewe\): 19:hos-cin-cp@thread\.tacv2/);
    assert.match(links, /Macclesfield \(cin-cp-macclesfield\): _not linked_/);
  });

  it('posts the request to the service channel; only named responders respond; the card updates; councillors hear once all have', async () => {
    const visitId = await submitVisit();
    const since = Date.now();
    const toCouncillor = (who: Persona) => connector.delivered(personal(who), since);
    const request = await until(
      'the request in the head-of-service channel',
      () => connector.delivered(HOS)[0],
    );
    const requestCard = cardOf(request.body)!;
    assert.deepEqual(cardProblems(requestCard), []);
    const text = cardText(requestCard);
    assert.match(
      text,
      new RegExp(
        `Response requested: Child in Need / Child Protection, Crewe, visit of ${formatDay(testDay(-5))}`,
      ),
    );
    assert.match(text, /Councillors: Cllr Alex Morgan, Cllr Priya Shah/);
    assert.match(text, /Service manager and four social workers/);
    assert.match(text, /Awaiting a response from: Dana Whitfield, Chris Doyle/);
    assert.deepEqual((requestCard.refresh as { userIds: string[] }).userIds, [
      `8:orgid:${persona.headOfService.aadObjectId}`,
      `8:orgid:${persona.director.aadObjectId}`,
    ]);
    const respond = actionsOf(requestCard).find((a) => a.title === 'Respond')!;

    // Someone who is not a responder: a clear message, nothing written, nothing sent.
    const refused = await invoke(persona.partnerships, 'response.submit', {
      ...respond.data,
      response: 'Not mine',
    });
    assert.match(
      cardText(refused),
      /Only the responders named on this card can respond to it; nothing was saved/,
    );
    await settle();
    assert.deepEqual(
      connector.calls.filter((c) => c.method === 'PUT' && c.path.includes(HOS)).map((c) => c.path),
      [],
    );
    assert.equal(
      (await visitRows(visitId)).filter((r) => String(r.rowKey).startsWith('response|')).length,
      0,
    );

    // Dana opens her view and responds: her card and everyone's update, the councillors are not told yet.
    const danaView = await invoke(persona.headOfService, 'response.open', respond.data);
    const send = actionsOf(danaView).find((a) => a.title === 'Send response')!;
    const afterDana = await invoke(persona.headOfService, send.verb, {
      ...send.data,
      response: 'We will recruit two more social workers.',
    });
    assert.match(cardText(afterDana), /Thank you: your response is saved/);
    const update = await until('the card update', () =>
      connector.calls.find((c) => c.method === 'PUT' && c.path.includes(HOS)),
    );
    // The request was a new post in the channel (not a reply under the `link` message), updated in its thread.
    assert.equal(request.created, true);
    assert.equal(request.body.replyToId, undefined);
    assert.match(
      update.path,
      new RegExp(`^/v3/conversations/${HOS};messageid=(activity-\\d+)/activities/\\1$`),
    );
    assert.match(
      cardIn(update.body),
      /Dana Whitfield, Head of Service, Child in Need and Child Protection\nWe will recruit two more social workers\./,
    );
    assert.match(cardIn(update.body), /Awaiting a response from: Chris Doyle/);
    assert.deepEqual(
      toCouncillor(persona.councillor).map((c) => cardIn(c.body)),
      [],
    );

    // A replayed click changes nothing and sends nothing.
    const replay = await invoke(persona.headOfService, send.verb, {
      ...send.data,
      response: 'We will recruit two more social workers.',
    });
    assert.match(cardText(replay), /No change: this response is already saved/);

    // Chris responds: all received; each councillor gets the responses once, partnerships one line.
    await invoke(persona.director, 'response.submit', {
      ...respond.data,
      response: 'Agreed; funding is confirmed.',
    });
    await until(
      'both councillors told',
      () =>
        toCouncillor(persona.councillor).length === 1 && toCouncillor(persona.secondCouncillor).length === 1,
    );
    await until('partnerships told', () => connector.delivered(PARTNERSHIPS).length === 1);
    await settle();
    const puts = connector.calls.filter((c) => c.method === 'PUT' && c.path.includes(HOS));
    assert.equal(puts.length, 2, 'one update per response, none for the replay');
    assert.match(cardIn(puts.at(-1)?.body), /All responses received/);
    const toAlex = cardIn(toCouncillor(persona.councillor)[0]?.body);
    assert.match(toAlex, /Response to your visit: Child in Need \/ Child Protection, Crewe/);
    assert.match(toAlex, /We will recruit two more social workers\./);
    assert.match(toAlex, /Agreed; funding is confirmed\./);
    assert.match(
      String(connector.delivered(PARTNERSHIPS)[0]?.body.text),
      /^All responses received for Child in Need/,
    );
    assert.equal(toCouncillor(persona.secondCouncillor).length, 1);
    assert.equal(connector.delivered(HOS).length, 1, 'the request was posted once');

    // A correction is audited and shown as edited.
    await invoke(persona.headOfService, 'response.submit', {
      ...respond.data,
      response: 'We will recruit three more social workers.',
    });
    await until(
      'the corrected card',
      () => connector.calls.filter((c) => c.method === 'PUT' && c.path.includes(HOS)).length === 3,
    );
    assert.match(
      cardIn(connector.calls.filter((c) => c.method === 'PUT' && c.path.includes(HOS)).at(-1)?.body),
      /three more social workers\. \\?_\(edited\)\\?_|three more social workers\. _\(edited\)_/,
    );
    const audit = (await visitRows(visitId)).filter((r) => String(r.rowKey).startsWith('audit|'));
    assert.equal(audit.length, 1);
    assert.equal(audit[0]?.previousText, 'We will recruit two more social workers.');

    // The log of that whole visit and response loop holds ids, never what people typed or their names.
    const logged = bot.logs.join('\n');
    assert.ok(bot.logs.length > 0, 'the app logged as it worked');
    for (const typed of [
      'Service manager and four social workers',
      'Strong relationships with families',
      'recruit two more social workers',
      'recruit three more social workers',
      'funding is confirmed',
      ...[persona.councillor, persona.secondCouncillor, persona.headOfService, persona.director].map(
        (p) => p.name,
      ),
    ]) {
      assert.ok(!logged.includes(typed), `the log holds "${typed}"`);
    }
  });

  it('a response over the limit is not saved, never cut silently, and comes back whole in the box', async () => {
    const visitId = await submitVisit();
    const respond = await until('the request for this visit', () =>
      connector
        .delivered(HOS)
        .flatMap((c) => actionsOf(cardOf(c.body)))
        .find((a) => a.title === 'Respond' && a.data.visitId === visitId),
    );
    const view = await invoke(persona.headOfService, 'response.open', respond.data);
    const box = JSON.stringify(view).match(/"id":"response"[^}]*/)?.[0] ?? '';
    assert.doesNotMatch(box, /maxLength/, 'the box takes a pasted text of any length');

    const long = `${'We will recruit more staff. '.repeat(270)}End.`; // 7,564 characters
    const send = actionsOf(view).find((a) => a.title === 'Send response')!;
    const refused = await invoke(persona.headOfService, send.verb, { ...send.data, response: long });
    assert.match(
      cardText(refused),
      /This answer is 7,564 characters; the limit is 6,000\. It was not saved: shorten it by 1,564 characters/,
    );
    assert.equal(inputValue(refused, 'response'), long, 'handed back whole');
    assert.equal(
      (await visitRows(visitId)).filter((r) => String(r.rowKey).startsWith('response|')).length,
      0,
      'nothing saved',
    );

    const huge = 'x'.repeat(50_000);
    const cut = await invoke(persona.headOfService, send.verb, { ...send.data, response: huge });
    assert.match(cardText(cut), /too long to show back whole: the box holds its first [\d,]+ characters/);
    assert.ok(Buffer.byteLength(JSON.stringify(cut)) < 38_000, 'inside Teams’ message limit');
  });
});
