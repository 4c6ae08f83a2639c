import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { formatMonth, targetMonths } from '../../src/actions/months';
import { formatDay } from '../../src/kernel/london';
import { createActionRepository } from '../../src/storage/action-repository';
import { createConversationRepository } from '../../src/storage/conversation-repository';
import { openTables } from '../../src/storage/tables';
import { persona } from '../support/activities';
import { TEST_START, testDay } from '../support/clock';
import { playgroundUser, screenshot, usePlaygroundRig } from '../support/playground';
import { until } from '../support/wait';

const SERVICE = 'Child in Need / Child Protection, Crewe';
const firstVisit = testDay(-21);
const secondVisit = testDay();
const [, nextMonth, monthAfter] = targetMonths(testDay()).map(formatMonth);
const STEPS = [
  'Recruit two agency social workers',
  'Review the duty rota',
  'Move the team to a bigger office',
];
const REASON = 'The county review of office space covers this already.';

/** Picks `option` in the compact choice set (a combobox) labelled `label`, the `nth` such on the card. */
async function choose(page: Page, card: Locator, label: string | RegExp, nth: number, option: string) {
  await card.getByRole('combobox', { name: label }).nth(nth).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Picks `day` ("YYYY-MM-DD") in the card's date picker labelled `label`, from its calendar, as a person would. */
async function pickDate(page: Page, card: Locator, label: RegExp, day: string) {
  const date = new Date(`${day}T00:00:00Z`);
  const month = date.toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const [monthName, year] = month.split(' ');
  const picker = card.locator('.fui-DatePicker').filter({ has: page.getByRole('combobox', { name: label }) });
  await picker.getByRole('button').click();
  const calendar = page.getByRole('dialog').last();
  for (
    let i = 0;
    i < 24 && !(await calendar.getByRole('button', { name: month, exact: true }).isVisible());
    i++
  ) {
    const shown = (await calendar.getByRole('grid').first().getAttribute('aria-label')) ?? '';
    const later = new Date(`1 ${shown.split(',')[0]} UTC`) > date;
    await calendar.locator(`button[title^="${later ? 'Previous' : 'Next'} month"]`).click();
  }
  await calendar
    .getByRole('button', { name: `${date.getUTCDate()}, ${monthName}, ${year}`, exact: true })
    .click();
}

/** A screenshot with the card's top at the top of the chat, the window tall enough to show all of it. */
/**
 * Starts watching the page for a text and answers a wait for it: it is caught as soon as any change puts it
 * in the page, even if a later change removes it before a locator would look.
 */
async function watchForText(page: Page, text: string): Promise<() => Promise<void>> {
  // Page scripts as text: the tests compile without the DOM's types.
  await page.evaluate(`(() => {
    window.seenText = false;
    const look = () => { if (document.body.textContent.includes(${JSON.stringify(text)})) window.seenText = true; };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true });
  })()`);
  return async () => {
    await page.waitForFunction('window.seenText === true', null, { timeout: 15_000 });
  };
}

async function screenshotWhole(page: Page, card: Locator, name: string) {
  const height = (await card.boundingBox())?.height ?? 0;
  await page.setViewportSize({ width: 1400, height: Math.max(1000, Math.ceil(height) + 260) });
  await card.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await screenshot(page, name);
  await page.setViewportSize({ width: 1400, height: 1000 });
}

/** Text of the card, once it matches every pattern (cards are replaced as the bot answers). */
async function cardTextMatching(card: Locator, what: string, patterns: RegExp[]): Promise<string> {
  let text = '';
  await until(what, async () => {
    text = await card.innerText({ timeout: 2_000 }).catch(() => '');
    return patterns.every((p) => p.test(text));
  }).catch((error: Error) => {
    throw new Error(`${error.message}; the card reads:\n${text}`);
  });
  return text;
}

describe('actions from a visit, decided and carried into the next visit, in the Agents Playground (Chromium)', function () {
  const rig = usePlaygroundRig(this);

  it('next steps become actions; Dana agrees two and declines one; the next visit opens on them', async () => {
    const { page } = rig();
    const alex = playgroundUser(page);
    await alex.cardWith('Welcome, Cllr Alex Morgan');

    // Dana Whitfield, head of service, in a Playground of her own; her channel linked to CIN/CP Crewe.
    const danaPage = await rig().openPlaygroundAs(persona.headOfService.aadObjectId);
    const dana = playgroundUser(danaPage);
    await dana.cardWith('Welcome, Dana Whitfield');
    const tables = await openTables(rig().connectionString, rig().tablePrefix);
    const conversations = createConversationRepository(tables.Conversations);
    const danaChat = await until('Dana’s chat remembered', () =>
      conversations.personalChat(persona.headOfService.aadObjectId),
    );
    await conversations.link({
      purpose: 'cin-cp-crewe',
      serviceUrl: danaChat.serviceUrl,
      conversationId: 'channel-hos-cin-cp',
      conversationType: 'channel',
      tenantId: danaChat.tenantId,
      name: 'Head of Service CIN-CP',
      linkedBy: persona.partnerships.aadObjectId,
      linkedAt: TEST_START.toISOString(),
    });

    // Alex records a visit three weeks ago whose "What needs to happen?" holds three points, and submits it.
    await alex.say('start');
    const start = await alex.cardWith('Record another visit');
    await start.locator('.fui-Combobox').first().click();
    await page.getByRole('option', { name: SERVICE }).click();
    await pickDate(page, start, /Date of visit/, firstVisit);
    await start.getByRole('button', { name: 'Start the form' }).click();
    const answers = [
      'Service manager and four social workers',
      'Strong relationships with families',
      'Caseloads are high',
    ];
    for (const [index, answer] of answers.entries()) {
      const step = await alex.cardWith(`Step ${index + 1} of 12 — `);
      await step.locator('textarea').fill(answer);
      await step.getByRole('button', { name: 'Save & next' }).click();
    }
    const nextSteps = await alex.cardWith('Step 4 of 12 — ');
    assert.match(await nextSteps.innerText(), /What needs to happen\?/);
    await nextSteps.locator('textarea').fill(STEPS.map((s) => `- ${s}`).join('\n'));
    await nextSteps.getByRole('button', { name: 'Save & next' }).click();
    await alex.cardWith('Step 5 of 12 — ');
    await alex.say('review');
    const review = await alex.cardWith('Draft: 4 of 12 answered');
    await review.getByRole('button', { name: 'Submit', exact: true }).click();
    await alex.cardWith('Submitted. Thank you.');

    // The request in Dana's channel lists the three as proposed actions; she opens her own view.
    await dana.openChat("Children's Services - Head of Service CIN-CP");
    const request = await dana.cardWith(`Response requested: ${SERVICE}, visit of ${formatDay(firstVisit)}`);
    await cardTextMatching(request, 'the request listing three proposed actions', [
      /Actions from what needs to happen/,
      ...STEPS.map((s) => new RegExp(`${s}\\s+Proposed: not yet decided\\.`)),
    ]);
    await request.getByRole('button', { name: 'Respond' }).click();
    const mine = await dana.cardWith('Send response');

    // Agree the first with Chris Doyle, the second with a named team, decline the third with a reason.
    await choose(danaPage, mine, 'What happens', 0, 'Agree');
    await choose(danaPage, mine, /Owner, if agreed/, 0, 'Chris Doyle');
    await choose(danaPage, mine, 'Target month', 0, nextMonth!);
    await choose(danaPage, mine, 'What happens', 1, 'Agree');
    await mine.getByRole('textbox', { name: 'Or a team' }).nth(1).fill('Crewe duty team');
    await choose(danaPage, mine, 'Target month', 1, monthAfter!);
    await choose(danaPage, mine, 'What happens', 2, 'Decline');
    await mine
      .getByRole('textbox', { name: /the reason if declined/ })
      .nth(2)
      .fill(REASON);
    await mine
      .getByRole('textbox', { name: /Your response/ })
      .fill('We accept the visit’s findings; two are in our plan.');
    // Her card answers at once, and the bot's update soon replaces it with everyone's view: a page watcher
    // catches the answer however briefly it shows (waiting for it on the page raced that update).
    const confirmed = await watchForText(danaPage, 'So are your decisions on the actions.');
    await mine.getByRole('button', { name: 'Send response' }).click();

    await confirmed();
    const answered = dana.cards.filter({ hasText: `Declined: ${REASON}` }).last();
    await cardTextMatching(answered, 'the card showing everyone her response and each action’s status', [
      /Dana Whitfield[\s\S]*We accept the visit’s findings; two are in our plan\./,
      /Awaiting a response from: Chris Doyle/,
      new RegExp(`${STEPS[0]}\\s+Agreed\\. Owner: Chris Doyle, by ${nextMonth}\\.`),
      new RegExp(`${STEPS[1]}\\s+Agreed\\. Owner: Crewe duty team, by ${monthAfter}\\.`),
      new RegExp(`${STEPS[2]}\\s+Declined: ${REASON}`),
    ]);
    await until('the Respond button ready again', () =>
      answered
        .getByRole('button', { name: 'Respond' })
        .isEnabled({ timeout: 2_000 })
        .catch(() => false),
    );
    await screenshotWhole(danaPage, answered, 'actions-response-card');

    // Alex starts a new visit to the same service today: it opens on what the last visit asked for.
    await alex.say('start');
    const again = await alex.cardWith('Record another visit');
    await again.locator('.fui-Combobox').first().click();
    await page.getByRole('option', { name: SERVICE }).click();
    await pickDate(page, again, /Date of visit/, secondVisit);
    await again.getByRole('button', { name: 'Start the form' }).click();
    const since = await alex.cardWith(`Since the last visit to ${SERVICE} (${formatDay(firstVisit)})`);
    const sinceText = await cardTextMatching(since, 'the three actions with their statuses', [
      new RegExp(`${STEPS[0]}\\s+Agreed\\. Owner: Chris Doyle, by ${nextMonth}\\.`),
      new RegExp(`${STEPS[1]}\\s+Agreed\\. Owner: Crewe duty team, by ${monthAfter}\\.`),
      new RegExp(`${STEPS[2]}\\s+Declined: ${REASON}`),
    ]);
    assert.doesNotMatch(sinceText, /Step 1 of 12/);
    assert.doesNotMatch(sinceText, /“The county review/, 'a decline’s reason is not repeated as a note');

    // Staff said the recruitment made a difference: Yes, with a note; then question 1.
    const order = STEPS.map((s) => sinceText.indexOf(s));
    const recruit = [...order].sort((a, b) => a - b).indexOf(order[0]!);
    await choose(page, since, 'Did staff say it made a difference?', recruit, 'Yes');
    const note = 'One post filled; caseloads down to 18.';
    await since
      .getByRole('textbox', { name: /What they said/ })
      .nth(recruit)
      .fill(note);
    await screenshotWhole(page, since, 'actions-since-last-visit');
    await since.getByRole('button', { name: 'Save and start the questions' }).click();
    const first = await alex.cardWith('Step 1 of 12 — ');
    assert.match(await first.innerText(), /Saved what staff said about 1 action\./);

    const stored = await createActionRepository(tables.Actions).forService('cin-cp-crewe');
    const recruited = stored.find((a) => a.text === STEPS[0]);
    assert.deepEqual(
      recruited?.impacts.map((i) => [i.by, i.madeDifference, i.note]),
      [[persona.councillor.aadObjectId, 'yes', note]],
    );
    assert.deepEqual(stored.map((a) => a.status).sort(), ['agreed', 'agreed', 'declined']);
  });
});
