import assert from 'node:assert/strict';
import { TableClient } from '@azure/data-tables';
import { playgroundUser, screenshot, usePlaygroundRig } from '../support/playground';

describe('a councillor records a visit in the Agents Playground (Chromium)', function () {
  const rig = usePlaygroundRig(this);

  it('types start, fills every step, reviews and submits; the answers are in Azurite', async () => {
    const { page } = rig();
    const user = playgroundUser(page);
    await user.cardWith('Welcome, Cllr Alex Morgan');

    await user.startVisit('Cheshire East Consultation Service (ChECS)');

    const typed: string[] = [];
    for (let step = 1; step <= 12; step++) {
      const card = await user.cardWith(`Step ${step} of 12 — `);
      if (step === 3) await screenshot(page, 'step-card');
      const text = `Step ${step}: what we heard (e2e)`;
      typed.push(text);
      await card.locator('textarea').fill(text);
      await card.getByRole('button', { name: step === 12 ? 'Save & review' : 'Save & next' }).click();
    }

    const review = await user.cardWith('Review: Councillor frontline visit');
    const reviewText = await review.innerText();
    await screenshot(page, 'review-card');
    assert.match(reviewText, /Draft: 12 of 12 answered/);
    assert.match(reviewText, /Step 7: what we heard \(e2e\)/);
    await review.getByRole('button', { name: 'Submit', exact: true }).click();
    const submitted = await user.cardWith('Submitted. Thank you.');
    assert.match(await submitted.innerText(), /Submitted by Cllr Alex Morgan/);

    const visits = TableClient.fromConnectionString(rig().connectionString, `${rig().tablePrefix}Visits`, {
      allowInsecureConnection: true,
    });
    const rows: Record<string, unknown>[] = [];
    for await (const row of visits.listEntities()) rows.push(row);
    const visit = rows.find((r) => r.rowKey === 'visit');
    assert.equal(visit?.status, 'submitted');
    assert.equal(visit?.serviceId, 'checs');
    const answers = rows
      .filter((r) => String(r.rowKey).startsWith('answer|'))
      .map((r) => String(r.text))
      .sort((a, b) => parseInt(a.slice(5)) - parseInt(b.slice(5)));
    assert.deepEqual(answers, typed);
  });
});
