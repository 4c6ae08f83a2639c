import assert from 'node:assert/strict';
import { createConversationRepository } from '../../src/storage/conversation-repository';
import { openTables } from '../../src/storage/tables';
import { persona } from '../support/activities';
import { partnershipsChannel, playgroundUser, screenshot, usePlaygroundRig } from '../support/playground';
import { until } from '../support/wait';

describe('the partnerships officer books a visit in the Agents Playground (Chromium)', function () {
  const rig = usePlaygroundRig(this);

  it('rota and schedule work in the partnerships channel; the booking appears in the councillor’s start list', async () => {
    const alex = playgroundUser(rig().page);
    await alex.cardWith('Welcome, Cllr Alex Morgan');

    const { page: samPage, officer: sam } = await partnershipsChannel(rig(), persona.partnerships);

    await sam.say('rota', { mention: true });
    const rota = await sam.cardWith('Next booked');
    assert.match(await rota.innerText(), /Cheshire East Consultation Service \(ChECS\)/);
    await rota.getByRole('button', { name: 'Book a visit' }).click();
    const schedule = await sam.cardWith('Start time (UK time)');
    await schedule.locator('.fui-Combobox').first().click();
    await samPage.getByRole('option', { name: 'Cheshire East Consultation Service (ChECS)' }).click();
    await schedule.getByRole('combobox', { name: /Councillors/ }).click();
    await samPage.getByRole('menuitemcheckbox', { name: 'Cllr Alex Morgan' }).click();
    await samPage.getByRole('menuitemcheckbox', { name: 'Cllr Priya Shah' }).click();
    await samPage.keyboard.press('Escape');
    await schedule.getByRole('button', { name: 'Book', exact: true }).click();
    const booked = await sam.cardWith('Booked; the councillors will be sent a confirmation.');
    assert.match(await booked.innerText(), /Status\s+booked/);

    // Alex is told, and the booking is in Alex's start list.
    await rig()
      .page.getByText(/You are booked to visit Cheshire East Consultation Service \(ChECS\)/)
      .first()
      .waitFor({ timeout: 15_000 });
    await alex.say('start');
    const start = await alex.cardWith('Booked on the rota: no form started yet.');
    assert.match(await start.innerText(), /Cheshire East Consultation Service \(ChECS\)/);

    // Priya has never opened a chat with the bot: her confirmation waits, and the outbox card says why and what to do.
    await until(
      'Priya’s confirmation on the outbox card',
      async () => {
        await sam.say('outbox', { mention: true });
        const outbox = await sam.cardWith(/waiting to be sent/);
        return /Cllr Priya Shah has never opened a chat with Frontline Visits/.test(await outbox.innerText());
      },
      30_000,
    );
    const outbox = await sam.cardWith(/Cllr Priya Shah has never opened a chat/);
    assert.match(await outbox.innerText(), /ask Cllr Priya Shah to open Frontline Visits in Teams once/);
    await outbox.scrollIntoViewIfNeeded();
    await screenshot(samPage, 'outbox-card');

    const tables = await openTables(rig().connectionString, rig().tablePrefix);
    const link = await until('the partnerships link', () =>
      createConversationRepository(tables.Conversations).linkFor('partnerships'),
    );
    assert.equal(link.conversationType, 'channel');
    // The channel itself (General's id is the team's), not the thread of Sam's `link` message.
    assert.equal(link.channelId, 'team-childrens-services');
    assert.equal(link.conversationId, 'team-childrens-services');
  });
});
