import assert from 'node:assert/strict';
import { createConversationRepository } from '../../src/storage/conversation-repository';
import { openTables } from '../../src/storage/tables';
import { persona } from '../support/activities';
import { TEST_START } from '../support/clock';
import { playgroundUser, screenshot, usePlaygroundRig } from '../support/playground';
import { until } from '../support/wait';

describe('a head of service responds from the card in the Agents Playground (Chromium)', function () {
  const rig = usePlaygroundRig(this);

  it('the submitted visit appears in the head-of-service channel; Dana responds; the card shows it', async () => {
    const alex = playgroundUser(rig().page);
    await alex.cardWith('Welcome, Cllr Alex Morgan');

    // Dana Whitfield, head of service, in her own Teams (a second Playground against the same bot).
    const danaPage = await rig().openPlaygroundAs(persona.headOfService.aadObjectId);
    const dana = playgroundUser(danaPage);
    await dana.cardWith('Welcome, Dana Whitfield');

    // The partnerships team linked Dana's channel to CIN/CP Crewe (each persona has a Playground of their own, so
    // the link is written here with Dana's). It is stored as links made before channel ids were kept: the thread
    // of the `link` message, which is gone. The request must still arrive as a new post in the channel.
    const tables = await openTables(rig().connectionString, rig().tablePrefix);
    const conversations = createConversationRepository(tables.Conversations);
    const danaChat = await until('Dana’s chat remembered', () =>
      conversations.personalChat(persona.headOfService.aadObjectId),
    );
    await conversations.link({
      purpose: 'cin-cp-crewe',
      serviceUrl: danaChat.serviceUrl,
      conversationId: 'channel-hos-cin-cp;messageid=1700000000000',
      conversationType: 'channel',
      tenantId: danaChat.tenantId,
      name: 'Head of Service CIN-CP',
      linkedBy: persona.partnerships.aadObjectId,
      linkedAt: TEST_START.toISOString(),
    });

    // Alex records and submits a visit to CIN/CP Crewe.
    await alex.startVisit('Child in Need / Child Protection, Crewe');
    const step = await alex.cardWith('Step 1 of 12 — ');
    await step.locator('textarea').fill('Service manager and four social workers');
    await step.getByRole('button', { name: 'Save & next' }).click();
    await alex.cardWith('Step 2 of 12 — ');
    await alex.say('review');
    const review = await alex.cardWith('Draft: 1 of 12 answered');
    await review.getByRole('button', { name: 'Submit', exact: true }).click();
    await alex.cardWith('Submitted. Thank you.');

    // The request appears in Dana's channel; she responds from the card.
    await dana.openChat("Children's Services - Head of Service CIN-CP");
    const request = await dana.cardWith('Response requested: Child in Need / Child Protection, Crewe');
    assert.match(await request.innerText(), /Awaiting a response from: Dana Whitfield, Chris Doyle/);
    assert.match(await request.innerText(), /Service manager and four social workers/);
    await request.scrollIntoViewIfNeeded();
    await screenshot(danaPage, 'response-request-in-channel');
    await request.getByRole('button', { name: 'Respond' }).click();
    const mine = await dana.cardWith('Send response');
    await mine.locator('textarea').fill('We will recruit two more social workers by March.');
    await mine.getByRole('button', { name: 'Send response' }).click();
    // Her card answers at once; then the bot's update (the outbox's updateActivity) shows everyone the response.
    const answered = await dana.cardWith('We will recruit two more social workers by March.');
    await until('the card showing her response and who is still awaited', async () => {
      const text = await answered.innerText({ timeout: 2_000 }).catch(() => '');
      return (
        /Dana Whitfield[\s\S]*We will recruit two more social workers by March\./.test(text) &&
        /Awaiting a response from: Chris Doyle/.test(text)
      );
    });
  });
});
