import assert from 'node:assert/strict';
import { TableClient } from '@azure/data-tables';
import { MAX_ANSWER_CHARS } from '../../src/visits/answer-text';
import { formatMoment } from '../../src/kernel/london';
import { cardActionActivity, persona } from '../support/activities';
import { startTestAzurite, uniquePrefix } from '../support/azurite';
import { actionsOf, inputValue, personAt, type Card } from '../support/card-driver';
import { cardOf, cardProblems, cardText } from '../support/cards';
import { testClock, testDay } from '../support/clock';
import { StandInConnector } from '../support/connector';
import { seedExampleDirectory } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';

const clock = testClock();
const visitDay = testDay(-4);

/** Every Action.Execute in a part of a card, as drawn (with associatedInputs). */
function executeActions(node: unknown): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap(executeActions);
  if (!node || typeof node !== 'object') return [];
  const n = node as Record<string, unknown>;
  return [...(n.type === 'Action.Execute' ? [n] : []), ...Object.values(n).flatMap(executeActions)];
}

describe('councillor visit walkthrough, through POST /api/messages on Azurite', () => {
  let azurite: Awaited<ReturnType<typeof startTestAzurite>>;
  let connector: StandInConnector;
  let bot: TestApp;
  let prefix: string;
  let alex: ReturnType<typeof personAt>;
  let priya: ReturnType<typeof personAt>;

  const start = () => ({ AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: prefix });
  const visitsTable = () =>
    TableClient.fromConnectionString(azurite.connectionString, `${prefix}Visits`, {
      allowInsecureConnection: true,
    });
  /** What storage holds for a visit: the visit row and each answer's text and revision. */
  async function stored(visitId: string) {
    const rows: Record<string, unknown>[] = [];
    for await (const row of visitsTable().listEntities({
      queryOptions: { filter: `PartitionKey eq '${visitId}'` },
    })) {
      rows.push(row);
    }
    const answers = new Map(
      rows
        .filter((r) => String(r.rowKey).startsWith('answer|'))
        .map((r) => [String(r.stepId), { text: String(r.text), revision: Number(r.revision) }]),
    );
    return {
      visit: rows.find((r) => r.rowKey === 'visit')!,
      answers,
      audit: rows.filter((r) => String(r.rowKey).startsWith('audit|')),
      events: rows.filter((r) => String(r.rowKey).startsWith('event|')),
    };
  }
  /** Starts a new visit to ChECS (with Priya when asked) and returns the first step's card. */
  async function newVisit(withPriya = false): Promise<Card> {
    const startCard = await alex.say('start');
    return alex.click(startCard, 'Start the form', {
      serviceId: 'checs',
      date: visitDay,
      ...(withPriya ? { others: persona.secondCouncillor.aadObjectId } : {}),
    });
  }
  const visitIdOf = (card: Card): string => String(actionsOf(card)[0]?.data.visitId);
  const stepIdOf = (card: Card): string => String(actionsOf(card).find((a) => a.data.stepId)?.data.stepId);

  before(async () => {
    azurite = await startTestAzurite();
    connector = await new StandInConnector().start();
    prefix = uniquePrefix();
    await seedExampleDirectory(azurite.connectionString, prefix);
    bot = await startTestApp(start(), clock);
    alex = personAt(bot, connector, persona.councillor);
    priya = personAt(bot, connector, persona.secondCouncillor);
  });
  after(async () => {
    await bot?.stop();
    await connector?.stop();
    await azurite?.stop();
  });

  it('walks a councillor through every step, saving each, then reviews and submits', async () => {
    const startCard = await alex.say('start');
    assert.deepEqual(cardProblems(startCard), []);
    assert.match(cardText(startCard), /Cheshire East Consultation Service/);
    assert.match(cardText(startCard), /Cllr Priya Shah/, 'co-councillors can be named');

    let card = await alex.click(startCard, 'Start the form', {
      serviceId: 'checs',
      date: visitDay,
      others: persona.secondCouncillor.aadObjectId,
    });
    const visitId = visitIdOf(card);
    const expected = new Map<string, string>();
    for (let step = 1; step <= 12; step++) {
      assert.deepEqual(cardProblems(card), []);
      assert.match(cardText(card), new RegExp(`Step ${step} of 12 — `));
      if (step === 3)
        assert.match(cardText(card), /Step 3 of 12 — Outcomes for children: What are we worried about/);
      if (step === 2)
        assert.match(cardText(card), /How do you keep children at the centre/, 'guidance per area');
      const text = `Answer ${step}: staff described ${step} things.`;
      expected.set(stepIdOf(card), text);
      card = await alex.click(card, step === 12 ? 'Save & review' : 'Save & next', { answer: text });
      // Saved before the next card was shown.
      assert.equal((await stored(visitId)).answers.get([...expected.keys()].at(-1)!)?.text, text);
    }
    assert.match(cardText(card), /Review: Councillor frontline visit/);
    assert.match(cardText(card), /Draft: 12 of 12 answered/);
    assert.match(cardText(card), /Outcomes for children\nWhat is working well\?\nAnswer 2/);
    assert.deepEqual(cardProblems(card), []);

    card = await alex.click(card, 'Submit');
    assert.match(cardText(card), /Submitted\. Thank you\./);
    assert.match(
      cardText(card),
      new RegExp(`Submitted by Cllr Alex Morgan on ${formatMoment(clock.now().toISOString()).split(',')[0]}`),
    );
    const saved = await stored(visitId);
    assert.equal(saved.visit.status, 'submitted');
    assert.equal(saved.visit.formKey, 'signs-of-safety@2', 'the visit records its form version');
    assert.equal(saved.visit.submittedBy, persona.councillor.aadObjectId);
    assert.equal(saved.events.length, 1, 'the submission is recorded with the status change');
    assert.equal(saved.events[0]?.by, persona.councillor.aadObjectId);
    assert.deepEqual(new Map([...saved.answers].map(([k, v]) => [k, v.text])), expected);

    // The co-councillor sees the same visit in their list.
    assert.match(cardText(await priya.say('start')), /Submitted by Cllr Alex Morgan/);
  });

  it('Back, Skip and Pause move as labelled; resume carries on at the step paused on', async () => {
    let card = await newVisit();
    card = await alex.click(card, 'Save & next', { answer: 'Service manager and three social workers' });
    card = await alex.click(card, 'Skip', { answer: 'typed but skipped' });
    assert.match(cardText(card), /Step 3 of 12/);
    card = await alex.click(card, 'Back', { answer: 'Worries about caseloads' });
    assert.match(cardText(card), /Step 2 of 12/);
    assert.equal(inputValue(card, 'answer'), '', 'skipped text was not saved');
    card = await alex.click(card, 'Pause', { answer: 'Good supervision' });
    assert.match(cardText(card), /Paused: your answers are saved/);
    assert.match(cardText(card), /3 of 12 questions answered/);

    card = await alex.say('resume');
    assert.match(cardText(card), /Step 2 of 12 — Outcomes for children: What is working well\?/);
    assert.equal(inputValue(card, 'answer'), 'Good supervision');
  });

  it('resumes after the bot restarts: nothing lives in process memory', async () => {
    let card = await newVisit();
    const visitId = visitIdOf(card);
    card = await alex.click(card, 'Save & next', { answer: 'Team manager' });
    card = await alex.click(card, 'Save & next', { answer: 'Relationships with families are strong' });

    await bot.stop();
    bot = await startTestApp(start(), clock);
    alex = personAt(bot, connector, persona.councillor);
    priya = personAt(bot, connector, persona.secondCouncillor);

    const resumed = await alex.say('resume');
    assert.equal(visitIdOf(resumed), visitId);
    assert.match(cardText(resumed), /Step 3 of 12/);
    // The card drawn before the restart still works.
    const next = await alex.click(card, 'Save & next', { answer: 'Waiting lists for CAMHS' });
    assert.match(cardText(next), /Step 4 of 12/);
    assert.equal((await stored(visitId)).answers.get('outcomes.worries')?.text, 'Waiting lists for CAMHS');
  });

  it('a click on an old card never overwrites newer text: both versions are shown', async () => {
    const first = await newVisit(true);
    const visitId = visitIdOf(first);
    const oldCard = first; // drawn at revision 0
    await alex.click(first, 'Save & next', { answer: 'Version from the new card' });

    // Untouched old box: nothing is overwritten, the walkthrough just moves on.
    const moved = await alex.click(oldCard, 'Save & next', { answer: '' });
    assert.match(cardText(moved), /Step 2 of 12/);
    assert.equal((await stored(visitId)).answers.get('staff')?.text, 'Version from the new card');

    // Edited old box: both versions, nothing overwritten.
    const conflict = await alex.click(oldCard, 'Save & next', { answer: 'Version typed on the old card' });
    assert.match(cardText(conflict), /Two versions of: Staff involved/);
    assert.match(cardText(conflict), /Version from the new card/);
    assert.equal(inputValue(conflict, 'answer'), 'Version typed on the old card');
    assert.equal((await stored(visitId)).answers.get('staff')?.revision, 1);

    const kept = await alex.click(conflict, 'Save my version', {
      answer: 'Version typed on the old card, merged',
    });
    assert.match(cardText(kept), /Step 2 of 12/);
    assert.deepEqual((await stored(visitId)).answers.get('staff'), {
      text: 'Version typed on the old card, merged',
      revision: 2,
    });
  });

  it('two councillors saving one answer at once: one is saved, the other sees both, neither is lost', async () => {
    const alexCard = await newVisit(true);
    const visitId = visitIdOf(alexCard);
    const priyaCard = await priya.invoke('visit.open', { visitId });
    assert.match(cardText(priyaCard), /Step 1 of 12/);

    const [a, p] = await Promise.all([
      alex.click(alexCard, 'Save & next', { answer: 'Alex: five practitioners' }),
      priya.click(priyaCard, 'Save & next', { answer: 'Priya: four practitioners and a manager' }),
    ]);
    const savedText = (await stored(visitId)).answers.get('staff')?.text;
    const loser = savedText?.startsWith('Alex')
      ? { card: p, text: 'Priya: four practitioners and a manager' }
      : { card: a, text: 'Alex: five practitioners' };
    assert.ok(
      savedText === 'Alex: five practitioners' || savedText === 'Priya: four practitioners and a manager',
    );
    assert.match(cardText(loser.card), /Two versions of: Staff involved/);
    assert.equal(inputValue(loser.card, 'answer'), loser.text, "the other's text is kept in the box");
    assert.match(cardText(loser.card), new RegExp(savedText!));
  });

  it('only councillors named on the visit can work on it; others get a clear message and nothing is written', async () => {
    const card = await newVisit(false);
    const visitId = visitIdOf(card);
    const refusedPriya = await priya.click(card, 'Save & next', { answer: 'not mine to write' });
    assert.match(cardText(refusedPriya), /Only the councillors named on this visit/);
    const dana = personAt(bot, connector, persona.headOfService);
    const refusedDana = await dana.click(card, 'Save & next', { answer: 'not a councillor' });
    assert.match(cardText(refusedDana), /Only councillors record visits/);
    assert.equal((await stored(visitId)).answers.size, 0);
  });

  it('bad input: too long, control characters, markup and template text, bad or unknown actions', async () => {
    let card = await newVisit();
    const visitId = visitIdOf(card);
    assert.match(cardText(card), /up to 6,000 characters/, 'the card states the limit');

    const tooLong = 'x'.repeat(MAX_ANSWER_CHARS + 1);
    card = await alex.click(card, 'Save & next', { answer: tooLong });
    assert.match(cardText(card), /6,001 characters; the limit is 6,000\. It was not saved/);
    assert.equal(inputValue(card, 'answer'), tooLong, 'the text is given back, not cut');
    assert.equal((await stored(visitId)).answers.size, 0);

    card = await alex.click(card, 'Save & next', { answer: 'Bell\u0007 and\r\nnull\u0000 here' });
    assert.match(cardText(card), /control characters were removed/);
    assert.equal((await stored(visitId)).answers.get('staff')?.text, 'Bell and\nnull here');

    const markup = 'See [this](http://evil.example) **now** ${user.name} <b>bold</b> {{x}}';
    card = await alex.click(card, 'Save & next', { answer: markup });
    assert.equal(
      (await stored(visitId)).answers.get('outcomes.working-well')?.text,
      markup,
      'stored as typed',
    );
    const review = await alex.say('review');
    const shown = cardText(review);
    assert.ok(
      shown.includes(
        'See \\[this\\]\\(http://evil.example\\) \\*\\*now\\*\\* ${user.name} \\<b\\>bold\\</b\\> {{x}}',
      ),
      shown,
    );
    const back = await alex.click(review, 'Edit', {});
    assert.equal(inputValue(back, 'answer'), 'Bell and\nnull here');

    const farAway = await alex.click(await alex.say('start'), 'Start the form', {
      serviceId: 'checs',
      date: testDay(400),
    });
    assert.match(cardText(farAway), /within a year of today/);
    const noService = await alex.click(await alex.say('start'), 'Start the form', {
      serviceId: 'nope',
      date: visitDay,
    });
    assert.match(cardText(noService), /Pick the service you visited/);
    const unknown = await alex.invoke('visit.explode', { visitId });
    assert.match(cardText(unknown), /That button did not work/);
    assert.match(cardText(unknown), /unknown action "visit.explode"/);
    const malformed = await alex.invoke('visit.save-step', {
      visitId,
      stepId: 'staff',
      revision: 'one',
      move: 'next',
    });
    assert.match(cardText(malformed), /could not read this card's details \(revision\)/);
    const badId = await alex.invoke('visit.review', { visitId: "x' or 1 eq 1" });
    assert.match(cardText(badId), /\(visitId\)/);
    const unknownStep = await alex.invoke('visit.save-step', {
      visitId,
      stepId: 'nope',
      revision: 0,
      move: 'next',
      answer: 'a',
    });
    assert.match(cardText(unknownStep), /not on this form/);
    const noValue = await bot.invoke({
      ...cardActionActivity(connector.url, persona.councillor, 'x', {}),
      value: undefined,
    });
    assert.equal(noValue.status, 200);
    assert.match(JSON.stringify(noValue.body), /That button did not work/);
    assert.equal((await stored(visitId)).answers.size, 2, 'nothing else was written');
  });

  it('checks for personal details before submitting, then allows Submit anyway', async () => {
    let card = await newVisit();
    const visitId = visitIdOf(card);
    card = await alex.click(card, 'Save & next', {
      answer: 'Met J. Bloggs (jo.bloggs@example.org), NHS 943 476 5919',
    });
    card = await alex.click(card, 'Save & next', { answer: 'The family at CW1 2AB said' });
    card = await alex.click(card, 'Save & next', { answer: 'Nothing personal here: caseloads of 18.' });
    const review = await alex.say('review');
    const check = await alex.click(review, 'Submit');
    const text = cardText(check);
    assert.match(text, /Check for personal details before you submit/);
    assert.match(text, /Staff involved\nLooks like an email address and an NHS number\./);
    assert.match(text, /What is working well\?\nLooks like a postcode\./);
    assert.doesNotMatch(text, /What are we worried about/);
    assert.equal((await stored(visitId)).visit.status, 'draft', 'not submitted yet');

    const edit = await alex.click(check, 'Edit');
    assert.match(cardText(edit), /Step 1 of 12 — Staff involved/);
    const submitted = await alex.click(check, 'Submit anyway');
    assert.match(cardText(submitted), /Submitted\. Thank you\./);
    assert.equal((await stored(visitId)).visit.status, 'submitted');
  });

  it('after submission an answer can be amended only with a reason, and the change is audited', async () => {
    let card = await newVisit();
    const visitId = visitIdOf(card);
    const staleStep = card;
    card = await alex.click(card, 'Save & next', { answer: 'Original staff list' });
    card = await alex.click(await alex.say('review'), 'Submit');
    assert.match(cardText(card), /Submitted/);

    const late = await alex.click(staleStep, 'Save & next', { answer: 'Edited after submission' });
    assert.match(cardText(late), /submitted this form, so a change now needs a reason/);
    assert.equal((await stored(visitId)).answers.get('staff')?.text, 'Original staff list');

    const amendCard = await alex.click(card, 'Amend');
    const noReason = await alex.click(amendCard, 'Save amendment', {
      answer: 'Corrected staff list',
      reason: ' ',
    });
    assert.match(cardText(noReason), /Give a reason for the change/);
    assert.equal(inputValue(noReason, 'answer'), 'Corrected staff list');
    const amended = await alex.click(noReason, 'Save amendment', {
      answer: 'Corrected staff list',
      reason: 'Missed a practitioner',
    });
    assert.match(cardText(amended), /Amended; the reason is kept with the form/);
    const saved = await stored(visitId);
    assert.equal(saved.answers.get('staff')?.text, 'Corrected staff list');
    assert.equal(saved.audit.length, 1);
    assert.equal(saved.audit[0]?.reason, 'Missed a practitioner');
    assert.equal(saved.audit[0]?.previousText, 'Original staff list');
  });
  /** The id the stand-in connector gave the last card the bot posted (not an update). */
  const lastPostedId = (): string => {
    const posted = connector.calls.filter((c) => c.method === 'POST' && c.activityId && cardOf(c.body));
    return posted.at(-1)!.activityId!;
  };
  /** A click as Teams sends it: the invoke names the message whose card was clicked (replyToId). */
  async function clickOn(cardId: string, card: Card, title: string, inputs: Record<string, unknown> = {}) {
    const action = actionsOf(card).find((a) => a.title === title);
    assert.ok(action, `no "${title}" on the card`);
    const { status, body } = await bot.invoke({
      ...cardActionActivity(connector.url, persona.councillor, action.verb, { ...action.data, ...inputs }),
      replyToId: cardId,
    });
    assert.equal(status, 200);
    return body.value as Card;
  }

  it('start card: Continue, Review and booked Start send no inputs, so the required service and date cannot block them', async () => {
    const card = await newVisit();
    await alex.click(card, 'Pause', { answer: 'Team manager' });
    const start = await alex.say('start');
    const needsInputs = ['Start the form'];
    const actions = executeActions(start.body);
    assert.ok(actions.some((a) => a.title === 'Continue'));
    for (const action of actions) {
      assert.equal(
        action.associatedInputs,
        'none',
        `${String(action.title)} must not carry the form's inputs`,
      );
    }
    for (const action of start.actions as Record<string, unknown>[]) {
      assert.equal(action.associatedInputs, needsInputs.includes(String(action.title)) ? 'auto' : 'none');
    }
    // Continue works with no inputs at all, as Teams sends it.
    const continued = await alex.click(start, 'Continue');
    assert.match(cardText(continued), /Step 1 of 12 — Staff involved/);
  });

  it('the amendment card: Cancel does not need the required reason', async () => {
    let card = await newVisit();
    card = await alex.click(card, 'Save & next', { answer: 'Original staff list' });
    card = await alex.click(await alex.say('review'), 'Submit');
    const amend = await alex.click(card, 'Amend');
    const cancel = actionsOf(amend).find((a) => a.title === 'Cancel')!;
    const raw = (amend.actions as Record<string, unknown>[]).find((a) => a.title === 'Cancel')!;
    assert.equal(raw.associatedInputs, 'none');
    const save = (amend.actions as Record<string, unknown>[]).find((a) => a.title === 'Save amendment')!;
    assert.equal(save.associatedInputs, 'auto');
    assert.match(cardText(await alex.invoke(cancel.verb, cancel.data)), /Review: Councillor frontline visit/);
  });

  it('a pasted answer over the limit: the box takes it all, and it comes back whole with how much to cut', async () => {
    const card = await newVisit();
    const visitId = visitIdOf(card);
    const box = (card.body as Record<string, unknown>[]).find((e) => e.id === 'answer')!;
    assert.equal(box.maxLength, undefined, 'the box does not cut a paste silently');
    assert.match(String(box.label), /up to 6,000 characters/);
    const pasted = 'Caseloads are high. '.repeat(370) + 'End of the pasted notes.';
    assert.equal(pasted.length, 7_424);
    const back = await alex.click(card, 'Save & next', { answer: pasted });
    assert.match(
      cardText(back),
      /This answer is 7,424 characters; the limit is 6,000\. It was not saved: shorten it by 1,424 characters/,
    );
    assert.equal(inputValue(back, 'answer'), pasted, 'handed back whole');
    assert.equal((await stored(visitId)).answers.size, 0);
    assert.deepEqual(cardProblems(back), []);
  });

  it('Pause, then Continue or resume, goes back to the step paused on (also after a restart)', async () => {
    let card = await newVisit();
    card = await alex.click(card, 'Save & next', { answer: 'Team manager' });
    card = await alex.click(card, 'Skip');
    card = await alex.click(card, 'Save & next', { answer: 'Waiting lists' });
    assert.match(cardText(card), /Step 4 of 12/);
    const paused = await alex.click(card, 'Pause', { answer: 'More staff' });
    assert.match(cardText(paused), /Paused: your answers are saved/);
    assert.match(
      cardText(await alex.click(paused, 'Continue')),
      /Step 4 of 12 — Outcomes for children: What needs/,
    );

    await bot.stop();
    bot = await startTestApp(start(), clock);
    alex = personAt(bot, connector, persona.councillor);
    priya = personAt(bot, connector, persona.secondCouncillor);
    const resumed = await alex.say('resume');
    assert.match(cardText(resumed), /Step 4 of 12/);
    assert.equal(inputValue(resumed, 'answer'), 'More staff');
    assert.match(cardText(await alex.click(paused, 'Continue')), /Step 4 of 12/);
  });

  it('Edit from the review saves back to the review; Edit from the personal-details check runs the check again', async () => {
    let card = await newVisit();
    const visitId = visitIdOf(card);
    card = await alex.click(card, 'Save & next', { answer: 'Met jo.bloggs@example.org' });
    card = await alex.click(card, 'Save & next', { answer: 'Strong relationships' });
    const review = await alex.say('review');
    const edit = await alex.click(review, 'Edit');
    assert.match(cardText(edit), /Step 1 of 12 — Staff involved/);
    const reviewed = await alex.click(edit, 'Save & back to review', {
      answer: 'Met jo.bloggs@example.org and Sam',
    });
    assert.match(cardText(reviewed), /Review: Councillor frontline visit/);
    assert.equal((await stored(visitId)).answers.get('staff')?.text, 'Met jo.bloggs@example.org and Sam');

    const check = await alex.click(reviewed, 'Submit');
    assert.match(cardText(check), /Check for personal details before you submit/);
    const fix = await alex.click(check, 'Edit');
    const still = await alex.click(fix, 'Save & check again', { answer: 'Met J. (jo@example.org)' });
    assert.match(cardText(still), /Check for personal details before you submit/);
    const fixed = await alex.click(await alex.click(still, 'Edit'), 'Save & check again', {
      answer: 'Met the team manager',
    });
    assert.match(cardText(fixed), /No personal details found now/);
    assert.equal((await stored(visitId)).visit.status, 'draft', 'the check never submits by itself');
  });

  it('a new card closes the previous one in place, leaving nothing to click; the new one works', async () => {
    await newVisit();
    await alex.say('resume');
    const firstId = lastPostedId();
    const second = await alex.say('review');
    const secondId = lastPostedId();
    const update = connector.calls.find(
      (c) => c.method === 'PUT' && c.path.endsWith(`/activities/${firstId}`),
    );
    assert.ok(update, 'the earlier card was updated in place');
    const closed = cardText(cardOf(update.body));
    assert.match(closed, /Answered — see the latest card below/);
    assert.match(closed, /Cheshire East Consultation Service \\\(ChECS\\\) · /, 'with the visit line');
    assert.equal(actionsOf(cardOf(update.body)).length, 0, 'nothing left to click');

    const live = await clickOn(secondId, second, 'Edit');
    assert.match(cardText(live), /Step 1 of 12 — Staff involved/);
  });

  it('each lens has its own prompts (form v2); the step ids are those of v1', async () => {
    let card = await newVisit();
    card = await alex.click(card, 'Skip');
    const well = cardText(card);
    assert.match(well, /How do you keep children at the centre of your work\?/);
    assert.doesNotMatch(well, /barriers/);
    card = await alex.click(card, 'Skip');
    const worried = cardText(card);
    assert.match(worried, /What are the barriers to achieving good outcomes/);
    assert.doesNotMatch(worried, /centre of your work/);
    card = await alex.click(card, 'Skip');
    const next = cardText(card);
    assert.match(next, /What changes would help you to achieve better outcomes\?/);
    assert.match(next, /Who needs to do it/);
    assert.doesNotMatch(next, /barriers|centre of your work/);
    assert.equal(stepIdOf(card), 'outcomes.next-steps');
  });
});
