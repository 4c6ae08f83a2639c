import assert from 'node:assert/strict';
import type { MyResponses, MyVisits, VisitDetail } from '../../src/http/api-types';
import type { Overview } from '../../src/http/overview-types';
import { keepingStanding } from '../../src/overview/keep-standing';
import { createStores, type Stores } from '../../src/storage/stores';
import { openTables } from '../../src/storage/tables';
import { messageActivity, persona, responseChannel, type Persona } from '../support/activities';
import { actionsOf, personAt } from '../support/card-driver';
import { cardText } from '../support/cards';
import { testClock, testDay } from '../support/clock';
import { startSeededBot, type SeededBot } from '../support/seeded-bot';
import { until } from '../support/wait';

const RUTH = {
  id: '29:hos-ellison',
  name: 'Ruth Ellison',
  aadObjectId: '00000000-0000-4000-8000-000000000202',
};
const WORRY = 'Caseloads are high and two posts are vacant';

describe('the tab API for councillors and responders: only their own visits (real Azurite)', () => {
  const clock = testClock();
  let seeded: SeededBot;
  let stores: Stores;
  /** Alex's submitted visit to CIN/CP Crewe, and Priya's draft for ChECS. */
  let submitted: string;
  let draft: string;

  const get = async (who: Persona, path: string) => {
    const response = await fetch(`${seeded.bot.baseUrl}${path}`, {
      headers: { 'x-local-user': who.aadObjectId! },
    });
    return { status: response.status, text: await response.text() };
  };
  const json = async <T>(who: Persona, path: string): Promise<T> => {
    const { status, text } = await get(who, path);
    assert.equal(status, 200, text);
    return JSON.parse(text) as T;
  };

  before(async () => {
    seeded = await startSeededBot({ OUTBOX_POLL_MS: '100' }, clock);
    const { bot, connector, azurite, prefix } = seeded;
    stores = keepingStanding(createStores(await openTables(azurite.connectionString, prefix)), console);
    // The Crewe team's channel is linked, so the request card is posted there and its post has an id.
    await bot.post(
      messageActivity(connector.url, persona.partnerships, 'link cin-cp-crewe', responseChannel),
    );

    const alex = personAt(bot, connector, persona.councillor);
    let card = await alex.click(await alex.say('start'), 'Start the form', {
      serviceId: 'cin-cp-crewe',
      date: testDay(-5),
    });
    submitted = String(actionsOf(card)[0]?.data.visitId);
    card = await alex.click(card, 'Save & next', { answer: 'Service manager and four social workers' });
    card = await alex.click(card, 'Save & next', { answer: 'Strong relationships with families' });
    card = await alex.click(card, 'Save & next', { answer: WORRY });
    assert.match(cardText(await alex.click(await alex.say('review'), 'Submit')), /Submitted\. Thank you\./);

    const priya = personAt(bot, connector, persona.secondCouncillor);
    card = await priya.click(await priya.say('start'), 'Start the form', {
      serviceId: 'checs',
      date: testDay(-2),
    });
    draft = String(actionsOf(card)[0]?.data.visitId);
    await priya.click(card, 'Save & next', { answer: 'Priya met the duty team' });

    await until('the request card posted in the channel', async () => {
      const record = await stores.visits.load(submitted);
      return (await stores.visitOutbox.get(submitted, record!.request!.messageId))?.sentActivityId;
    });
  });
  after(async () => seeded?.stop());

  it('a councillor sees only the visits they are named on, with how far each has got', async () => {
    const alex = await json<MyVisits>(persona.councillor, '/api/my-visits');
    assert.deepEqual(alex.drafts, []);
    assert.deepEqual(
      alex.submitted.map((v) => [v.visitId, v.serviceName, v.status, v.answered, v.steps, v.awaiting]),
      [
        [
          submitted,
          'Child in Need / Child Protection, Crewe',
          'submitted',
          3,
          12,
          ['Dana Whitfield', 'Chris Doyle'],
        ],
      ],
    );
    assert.equal(alex.chatLink, undefined, 'local mode has no Teams chat to open');
    const priya = await json<MyVisits>(persona.secondCouncillor, '/api/my-visits');
    assert.deepEqual(
      priya.drafts.map((v) => [v.visitId, v.answered]),
      [[draft, 1]],
    );
    assert.deepEqual(priya.submitted, []);
  });

  it("refuses another councillor's visit with 403 and nothing of it in the body", async () => {
    const refused = await get(persona.councillor, `/api/visits/${draft}`);
    assert.equal(refused.status, 403);
    assert.deepEqual(JSON.parse(refused.text), {
      error:
        'Only the partnerships team, the councillors named on a visit and the responders for its service can read it.',
    });
    assert.doesNotMatch(refused.text, /ChECS|checs|duty team|Priya/);
    const unknown = await get(persona.councillor, '/api/visits/0f0e0d0c-0000-4000-8000-00000000dead');
    assert.equal(unknown.status, 403, 'whether a visit exists is not told either');
    assert.equal(
      (await get(persona.partnerships, '/api/visits/0f0e0d0c-0000-4000-8000-00000000dead')).status,
      404,
    );
  });

  it('shows a visit to those who may read it: answers by form section, labelled as the form labels them', async () => {
    const detail = await json<VisitDetail>(persona.councillor, `/api/visits/${submitted}`);
    assert.equal(detail.visit.visitId, submitted);
    const outcomes = detail.sections.find((s) => s.title === 'Outcomes for children')!;
    assert.deepEqual(outcomes.answers, [
      {
        stepId: 'outcomes.working-well',
        label: 'What is working well?',
        text: 'Strong relationships with families',
      },
      { stepId: 'outcomes.worries', label: 'What are we worried about / barriers?', text: WORRY },
    ]);
    assert.equal(detail.sections[0]?.title, 'Staff involved');
    assert.deepEqual(detail.responses, []);
    assert.equal(
      (await json<VisitDetail>(persona.partnerships, `/api/visits/${draft}`)).visit.status,
      'draft',
    );
    assert.equal(
      (await json<VisitDetail>(persona.headOfService, `/api/visits/${submitted}`)).visit.visitId,
      submitted,
    );
    assert.equal(
      (await get(RUTH, `/api/visits/${submitted}`)).status,
      403,
      'Ruth does not respond for Crewe',
    );
    assert.equal((await get(persona.headOfService, `/api/visits/${draft}`)).status, 403, 'not her service');
  });

  it("a responder sees the visits awaiting their response, with a link to the channel's request card", async () => {
    const dana = await json<MyResponses>(persona.headOfService, '/api/my-responses');
    assert.deepEqual(dana.past, []);
    assert.equal(dana.awaiting.length, 1);
    const item = dana.awaiting[0]!;
    assert.equal(item.visit.visitId, submitted);
    const link = new URL(item.channelLink!);
    assert.equal(
      `${link.origin}${link.pathname.split('/').slice(0, 3).join('/')}`,
      'https://teams.microsoft.com/l/message',
    );
    assert.equal(decodeURIComponent(link.pathname.split('/')[3]!), responseChannel.conversationId);
    assert.equal(link.searchParams.get('tenantId'), responseChannel.tenantId);
    assert.deepEqual(await json<MyResponses>(RUTH, '/api/my-responses'), { awaiting: [], past: [] });
  });

  it('once Dana responds, it is among her past responses in full, Chris is still awaited, and the overview says so', async () => {
    const record = (await stores.visits.load(submitted))!;
    const at = clock.now().toISOString();
    const response = {
      responderId: persona.headOfService.aadObjectId,
      name: 'Dana Whitfield',
      text: 'Two posts are funded from April.',
      at,
      edited: false,
    };
    await stores.visits.respond(submitted, response, undefined, record.request!, { revision: 1 }, []);

    const dana = await json<MyResponses>(persona.headOfService, '/api/my-responses');
    assert.deepEqual(dana.awaiting, []);
    assert.deepEqual(dana.past[0]?.mine, response);
    assert.deepEqual(dana.past[0]?.visit.awaiting, ['Chris Doyle']);
    const chris = await json<MyResponses>(persona.director, '/api/my-responses');
    assert.deepEqual(
      chris.awaiting.map((i) => i.visit.visitId),
      [submitted],
    );

    const detail = await json<VisitDetail>(persona.councillor, `/api/visits/${submitted}`);
    assert.deepEqual(
      detail.responses.map((r) => [r.name, r.text]),
      [['Dana Whitfield', 'Two posts are funded from April.']],
    );
    const overview = await json<Overview>(persona.partnerships, '/api/overview');
    assert.deepEqual(
      overview.responsesAwaited.map((r) => [r.visitId, r.awaiting, r.topic]),
      [[submitted, ['Chris Doyle'], `response-overdue:${submitted}`]],
    );
    assert.deepEqual(
      overview.formsAwaited.map((f) => f.visitId),
      [draft],
    );
  });
});
