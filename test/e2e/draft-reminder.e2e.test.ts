import assert from 'node:assert/strict';
import { renderDraftReminder } from '../../src/cards/draft-reminder-card';
import { addDays, londonDay } from '../../src/kernel/london';
import { createStores } from '../../src/storage/stores';
import { openTables } from '../../src/storage/tables';
import { persona } from '../support/activities';
import { TEST_START } from '../support/clock';
import { playgroundUser, screenshot, usePlaygroundRig } from '../support/playground';

describe('the draft deletion reminder in the Agents Playground (Chromium)', function () {
  const rig = usePlaygroundRig(this);

  it('reaches the councillor in their chat, and Continue the form opens the draft where it stands', async () => {
    const { page, connectionString, tablePrefix } = rig();
    const alex = playgroundUser(page);
    await alex.cardWith('Welcome, Cllr Alex Morgan');
    await alex.startVisit('Cheshire East Consultation Service (ChECS)');
    const first = await alex.cardWith('Step 1 of 12 — ');
    await first.locator('textarea').fill('Team manager and two social workers (e2e)');
    await first.getByRole('button', { name: 'Save & next' }).click();
    const second = await alex.cardWith('Step 2 of 12 — ');
    await second.getByRole('button', { name: 'Pause' }).click();
    await alex.cardWith('Paused: your answers are saved');

    // What the daily retention job queues 14 days before a draft is deleted (its timing: retention tests).
    const stores = createStores(await openTables(connectionString, tablePrefix));
    const [pointer] = await stores.councillorVisits.listFor(persona.councillor.aadObjectId);
    const record = (await stores.visits.load(pointer!.visitId))!;
    const { visit } = record;
    const reminder = {
      visit: {
        id: visit.id,
        serviceId: visit.serviceId,
        serviceName: visit.serviceName,
        date: visit.date,
        status: 'draft' as const,
        councillorIds: visit.councillorIds,
        people: visit.councillorIds,
        lastActivityAt: TEST_START.toISOString(),
      },
      councillorId: persona.councillor.aadObjectId,
      idleDue: addDays(londonDay(TEST_START), 14),
      deleteOn: addDays(londonDay(TEST_START), 14),
    };
    await stores.standaloneOutbox.enqueue(
      {
        id: `draft-reminder.e2e.${visit.id}`,
        to: { kind: 'person', aadObjectId: persona.councillor.aadObjectId },
        kind: 'post',
        ...renderDraftReminder(reminder, 90),
      },
      TEST_START,
    );

    const card = await alex.cardWith('Your draft form will be deleted');
    assert.match(await card.innerText(), /was never submitted/);
    await screenshot(page, 'draft-reminder');
    await card.getByRole('button', { name: 'Continue the form' }).click();
    const resumed = await alex.cardWith('Step 2 of 12 — ');
    assert.ok(await resumed.isVisible());
  });
});
