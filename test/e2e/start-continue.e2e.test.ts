import assert from 'node:assert/strict';
import { playgroundUser, usePlaygroundRig } from '../support/playground';

describe('the start card in the Agents Playground (Chromium): its required inputs block nothing else', function () {
  const rig = usePlaygroundRig(this);

  it('Pause, then start, then Continue opens the step paused on, with the service and date left empty', async () => {
    const { page } = rig();
    const user = playgroundUser(page);
    await user.cardWith('Welcome, Cllr Alex Morgan');

    await user.startVisit('Cheshire East Consultation Service (ChECS)');
    const first = await user.cardWith('Step 1 of 12 — ');
    await first.locator('textarea').fill('Team manager and two social workers (e2e)');
    await first.getByRole('button', { name: 'Save & next' }).click();
    // Step 2 is skipped, so the first unanswered step (2) is not where the councillor paused (3).
    const second = await user.cardWith('Step 2 of 12 — ');
    await second.getByRole('button', { name: 'Skip' }).click();
    const third = await user.cardWith('Step 3 of 12 — ');
    await third.getByRole('button', { name: 'Pause' }).click();
    await user.cardWith('Paused: your answers are saved');

    await user.say('start');
    const again = await user.cardWith(/Draft: 1 of 12 answered/);
    await again.getByRole('button', { name: 'Continue' }).click();
    const resumed = await user.cardWith('Step 3 of 12 — ');
    assert.doesNotMatch(await resumed.innerText(), /Choose the service you visited/);
    assert.match(await resumed.innerText(), /Outcomes for children: What are we worried about/);
  });
});
