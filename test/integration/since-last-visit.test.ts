import assert from 'node:assert/strict';
import { createActions } from '../../src/actions/actions';
import type { Action } from '../../src/actions/types';
import { createDirectoryLookup } from '../../src/directory/directory';
import { createStores } from '../../src/storage/stores';
import type { Tables } from '../../src/storage/tables';
import { persona } from '../support/activities';
import { auditOver } from '../support/audit';
import { startTestAzurite, uniquePrefix } from '../support/azurite';
import { actionsOf, inputsOf, personAt, type Card } from '../support/card-driver';
import { cardProblems, cardText } from '../support/cards';
import { testClock, testDay } from '../support/clock';
import { StandInConnector } from '../support/connector';
import { seedExampleDirectory } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';

const clock = testClock();
const earlierDay = testDay(-150);
const visitDay = testDay(-3);
const at = clock.now().toISOString();
const dana = { at, by: persona.headOfService.aadObjectId, byName: 'Dana Whitfield' };

describe('"Since the last visit": a new visit opens on the service\'s actions, through POST /api/messages', () => {
  let azurite: Awaited<ReturnType<typeof startTestAzurite>>;
  let connector: StandInConnector;
  let bot: TestApp;
  let tables: Tables;
  let alex: ReturnType<typeof personAt>;
  let priya: ReturnType<typeof personAt>;
  let stores: ReturnType<typeof createStores>;

  /** Starts a visit to `serviceId` on `date` from the start card; returns the first card it shows. */
  async function newVisit(serviceId = 'checs', date = visitDay): Promise<Card> {
    return alex.click(await alex.say('start'), 'Start the form', { serviceId, date });
  }
  const stored = async (): Promise<Action[]> => stores.actions.forService('checs');

  before(async () => {
    azurite = await startTestAzurite();
    connector = await new StandInConnector().start();
    const prefix = uniquePrefix();
    tables = await seedExampleDirectory(azurite.connectionString, prefix);
    stores = createStores(tables);
    bot = await startTestApp(
      { AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: prefix },
      clock,
    );
    alex = personAt(bot, connector, persona.councillor);
    priya = personAt(bot, connector, persona.secondCouncillor);

    // An earlier visit to ChECS, submitted through the bot, its next steps three points.
    let card = await newVisit('checs', earlierDay);
    for (let step = 1; step <= 12; step++) {
      const stepId = String(actionsOf(card).find((a) => a.data.stepId)?.data.stepId);
      const answer =
        stepId === 'outcomes.next-steps'
          ? '- Recruit two social workers\n- Open the front door on *Saturdays*\n- Move to a new building'
          : stepId.endsWith('next-steps')
            ? ''
            : `Answer ${step}`;
      card = await alex.click(card, step === 12 ? 'Save & review' : 'Save & next', { answer });
    }
    assert.match(cardText(await alex.click(card, 'Submit')), /Submitted\. Thank you\./);

    // The head of service agreed one, declined one with a reason; an owner marked one done.
    const actions = createActions({
      actions: stores.actions,
      reportVisits: stores.reportVisits,
      directory: createDirectoryLookup(stores, clock),
      clock,
      audit: auditOver(stores.audit, clock),
    });
    const [earlier] = await stores.reportVisits.between(earlierDay, earlierDay);
    const proposed = await actions.ofVisit(earlier!);
    assert.equal(proposed.length, 3, 'three proposed actions');
    const pick = (start: string): Action => proposed.find((a) => a.text.startsWith(start))!;
    const [recruit, saturdays, building] = [pick('Recruit'), pick('Open'), pick('Move')];
    await stores.actions.saveAll('checs', [
      {
        ...recruit,
        status: 'agreed',
        owner: { kind: 'person', aadObjectId: persona.headOfService.aadObjectId, name: 'Dana Whitfield' },
        target: '2099-03',
        history: [{ ...dana, what: 'agreed', note: 'Posts advertised in the autumn' }],
      },
      {
        ...saturdays,
        status: 'done',
        owner: { kind: 'team', name: 'Front door' },
        history: [{ ...dana, what: 'marked done', note: 'Open since last month' }],
      },
      { ...building, status: 'declined', reason: 'No capital budget', history: [] },
    ]);
  });
  after(async () => {
    await bot?.stop();
    await connector?.stop();
    await azurite?.stop();
  });

  it('lists the actions with their statuses; "Yes" with a note is stored on the action, then question 1', async () => {
    const card = await newVisit();
    const text = cardText(card);
    assert.deepEqual(cardProblems(card), []);
    assert.match(text, /Since the last visit to Cheshire East Consultation Service \\\(ChECS\\\) \(/);
    assert.match(text, /Recruit two social workers\nAgreed\. Owner: Dana Whitfield, by March 2099\./);
    assert.match(text, /“Posts advertised in the autumn” — Dana Whitfield/);
    assert.match(text, /Open the front door on \\\*Saturdays\\\*\nDone\. Owner: Front door/);
    assert.match(text, /Move to a new building\nDeclined: No capital budget/);

    const recruitId = (await stored()).find((a) => a.text.startsWith('Recruit'))?.id;
    const shown = actionsOf(card)[0]?.data.shown as { id: string }[];
    const index = shown.findIndex((a) => a.id === recruitId);
    const next = await alex.click(card, 'Save and start the questions', {
      [`impact-${index}`]: 'yes',
      [`note-${index}`]: 'One post filled, caseloads down',
    });
    assert.match(cardText(next), /Saved what staff said about 1 action\./);
    assert.match(cardText(next), /Step 1 of 12/);
    const visitId = String(actionsOf(card)[0]?.data.visitId);
    const recruit = (await stored()).find((a) => a.text.startsWith('Recruit'))!;
    assert.deepEqual(
      recruit.impacts.map((i) => [i.visitId, i.by, i.madeDifference, i.note]),
      [[visitId, persona.councillor.aadObjectId, 'yes', 'One post filled, caseloads down']],
    );
    assert.equal(recruit.status, 'agreed', 'its status is as it was');

    // Before any question is answered, resume opens on it again, with what was recorded.
    const resumed = await alex.say('resume');
    assert.match(cardText(resumed), /Since the last visit/);
    assert.equal(inputsOf(resumed)[`impact-${index}`], 'yes');
  });

  it('Skip goes straight to question 1 and records nothing; once a question is answered resume goes there', async () => {
    const before = await stored();
    const card = await newVisit();
    let next = await alex.click(card, 'Skip to the questions');
    assert.match(cardText(next), /Step 1 of 12/);
    assert.deepEqual(await stored(), before);
    next = await alex.click(next, 'Save & next', { answer: 'Team manager' });
    assert.match(cardText(await alex.say('resume')), /Step 2 of 12/);
  });

  it('a stale card says so and shows the actions as they stand; someone not on the visit is refused; nothing changes', async () => {
    const card = await newVisit();
    const saved = await alex.click(card, 'Save and start the questions', { 'impact-0': 'partly' });
    assert.match(cardText(saved), /Step 1 of 12/);
    const after = await stored();

    const stale = await alex.click(card, 'Save and start the questions', { 'impact-0': 'no' });
    assert.match(cardText(stale), /changed since this card was shown, so nothing was saved/);
    assert.match(cardText(stale), /Since the last visit/);
    assert.deepEqual(await stored(), after);

    const refused = await priya.click(stale, 'Save and start the questions', { 'impact-0': 'no' });
    assert.match(cardText(refused), /Only the councillors named on this visit/);
    assert.match(cardText(await priya.click(stale, 'Skip to the questions')), /Only the councillors named/);
    assert.deepEqual(await stored(), after);
  });

  it('a visit to a service without actions starts at question 1, as before', async () => {
    const card = await newVisit('cwd-short-breaks');
    assert.match(cardText(card), /Step 1 of 12/);
    assert.doesNotMatch(cardText(card), /Since the last visit/);
  });
});
