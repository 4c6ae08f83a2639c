import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { DEMO_PARTNERSHIPS } from '../../src/cli/demo/demo-directory';
import { scrollsSideways, seriousViolations, useTabRig, type TabRig } from '../support/tab-browser';

const officer = DEMO_PARTNERSHIPS;

/** Opens the Records page as the officer and answers its Legal holds section once the holds are read. */
async function openHolds(rig: TabRig, theme: 'light' | 'dark', width?: number) {
  const page = await rig.open(officer.aadObjectId, { theme, ...(width ? { width } : {}) });
  await page.getByRole('tab', { name: 'Records' }).click();
  const section = page.getByRole('region', { name: /^Legal holds/ });
  await section.getByRole('button', { name: 'Place hold' }).waitFor();
  return { page, section };
}

/** Places a hold on a service chosen from the list, with a reference, as the officer would. */
async function holdService(section: Locator, service: string, reference: string): Promise<void> {
  const form = section.getByRole('form', { name: 'Place a legal hold' });
  await form.getByRole('radio', { name: 'A service' }).check();
  await form.getByRole('combobox', { name: 'Service' }).selectOption({ label: service });
  await form.getByRole('textbox', { name: 'Reference' }).fill(reference);
  await form.getByRole('button', { name: 'Place hold' }).click();
}

const holdRow = (page: Page, reference: string): Locator =>
  page.getByRole('table', { name: 'Legal holds' }).getByRole('row').filter({ hasText: reference });

describe('legal holds on the Records page in Chromium (the partnerships officer)', function () {
  const rig = useTabRig(this);
  const checs = 'Cheshire East Consultation Service (ChECS)';
  const crewe = 'Child in Need / Child Protection, Crewe';

  it('says why a hold covering nothing is refused, keeping what was typed', async () => {
    const { page, section } = await openHolds(rig(), 'light');
    const form = section.getByRole('form', { name: 'Place a legal hold' });
    await form.getByRole('button', { name: 'Place hold' }).click();
    await form.getByText('Choose the service.').waitFor();
    await form.getByText('Type the instruction’s reference, such as INQ-2026-014.').waitFor();

    await form.getByRole('radio', { name: 'One visit' }).check();
    await form.getByRole('textbox', { name: 'Visit id' }).fill('no-such-visit');
    await form.getByRole('textbox', { name: 'Reference' }).fill('INQ-2026-013');
    await form.getByRole('button', { name: 'Place hold' }).click();
    await form.getByText('There is no visit "no-such-visit", so a hold would cover nothing.').waitFor();
    assert.equal(await form.getByRole('textbox', { name: 'Visit id' }).inputValue(), 'no-such-visit');
    assert.equal(await form.getByRole('textbox', { name: 'Reference' }).inputValue(), 'INQ-2026-013');
    assert.deepEqual(await seriousViolations(page), [], 'a refused hold: accessibility');
    await page.context().close();
  });

  // Dark first, so that the light screenshot shows a lifted hold under the active one.
  for (const [theme, service, reference] of [
    ['dark', crewe, 'INQ-2026-011'],
    ['light', checs, 'INQ-2026-014'],
  ] as const) {
    it(`places a hold on a demo service, sees it listed, and lifts it after confirming (${theme})`, async () => {
      const { page, section } = await openHolds(rig(), theme);
      await holdService(section, service, reference);
      await section.getByRole('status').getByText(`Hold ${reference} placed on ${service}.`).waitFor();
      const row = holdRow(page, reference);
      await row.getByText('Active').waitFor();
      await row.getByText(`by ${officer.name}`).waitFor();
      assert.equal(
        await section.getByRole('textbox', { name: 'Reference' }).inputValue(),
        '',
        'the form is cleared',
      );
      assert.deepEqual(await seriousViolations(page), [], `holds (${theme}): accessibility`);
      const dir = process.env.SCREENSHOT_DIR; // the section alone: the page above it is the audit trail's picture
      const box = theme === 'light' && dir ? await section.boundingBox() : null;
      if (dir && box) {
        const top = box.y + (await page.evaluate<number>('window.scrollY')) - 16; // clip is on the whole page
        const clip = { x: 0, y: top, width: box.x + box.width + 16, height: box.height + 32 };
        await page.screenshot({ path: join(dir, 'tab-records-holds-light.png'), clip, fullPage: true });
      }

      await row.getByRole('button', { name: `Lift hold ${reference} on ${service}` }).click();
      const dialog = page.getByRole('dialog', { name: `Lift hold ${reference}?` });
      await dialog.getByText('retention may delete it when its time comes').waitFor();
      // axe reads colours as they are: let the dialog finish fading in first.
      await page.evaluate('Promise.all(document.getAnimations().map((a) => a.finished))');
      assert.deepEqual(await seriousViolations(page), [], `lift dialog (${theme}): accessibility`);
      // Its other button says what not lifting means; pressed, it keeps the hold.
      await dialog.getByRole('button', { name: 'Keep the hold' }).click();
      await dialog.waitFor({ state: 'detached' });
      await row.getByRole('button', { name: `Lift hold ${reference} on ${service}` }).click();
      await dialog.getByRole('button', { name: 'Lift hold' }).click();
      await dialog.waitFor({ state: 'detached' });
      await section.getByRole('status').getByText(`Hold ${reference} on ${service} lifted.`).waitFor();
      await row.getByText(`Lifted`).waitFor();
      assert.equal(await row.getByRole('button', { name: /^Lift hold/ }).count(), 0, 'no Lift once lifted');
      await page.context().close();
    });
  }

  it('lists holds as cards at 320 px, without scrolling sideways', async () => {
    const { page, section } = await openHolds(rig(), 'light', 320);
    await section.getByRole('list', { name: 'Legal holds' }).getByText('INQ-2026-014').waitFor();
    assert.equal(await scrollsSideways(page), false);
    await page.context().close();
  });
});
