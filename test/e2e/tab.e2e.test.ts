import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { DEMO_COUNCILLORS, DEMO_DIRECTORY, DEMO_PARTNERSHIPS } from '../../src/cli/demo/demo-directory';
import { addWorkingDays, londonDay } from '../../src/kernel/london';
import type { ReportDraft } from '../../src/report/types';
import type { Stores } from '../../src/storage/stores';
import { TEST_START } from '../support/clock';
import { screenshot } from '../support/playground';
import { scrollsSideways, seriousViolations, useTabRig } from '../support/tab-browser';

const officer = DEMO_PARTNERSHIPS;
const councillor = DEMO_COUNCILLORS[0]!;
const headOfService = DEMO_DIRECTORY.people.find((p) => p.name === 'Marcus Thornby')!;

/** Books ChECS a week ahead through the overview's dialog, as the officer would, and sees the line change. */
async function bookChecs(page: Page, bookings: Pick<Stores['bookings'], 'list'>): Promise<void> {
  const checs = DEMO_DIRECTORY.services[0]!;
  const day = addWorkingDays(londonDay(TEST_START), 5);
  await page.getByRole('button', { name: `Book a visit to ${checs.name}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Book a visit' });
  await dialog.getByLabel('Day').fill(day);
  await dialog.getByLabel('Start time').fill('10:00');
  await dialog.getByRole('checkbox', { name: councillor.name }).check();
  await dialog.getByRole('button', { name: 'Book visit' }).click();
  await page.getByText('Booked; the councillors will be sent a confirmation.').waitFor();
  const line = page.getByRole('table', { name: 'Services' }).getByRole('row').filter({ hasText: checs.name });
  await line.getByText('Booked', { exact: true }).waitFor();
  const booked = await bookings.list();
  assert.ok(booked.some((b) => b.serviceId === checs.id && b.day === day && b.time === '10:00'));
}

/** Opens a page of the tab and checks it as every page is checked: no serious accessibility violation. */
async function accessible(page: Page, what: string): Promise<void> {
  assert.deepEqual(
    await seriousViolations(page),
    [],
    `${what}: serious or critical accessibility violations`,
  );
}

describe('the Teams tab in Chromium (local mode, the demo year on Azurite)', function () {
  const rig = useTabRig(this);

  for (const theme of ['light', 'dark'] as const) {
    it(`shows the partnerships officer the seeded rota on the overview (${theme})`, async () => {
      const page = await rig().open(officer.aadObjectId, { theme });
      await page.getByRole('heading', { name: /^Services \(5\)/ }).waitFor();
      const services = page.getByRole('table', { name: 'Services' });
      for (const service of DEMO_DIRECTORY.services) {
        await services.getByText(service.name, { exact: true }).waitFor();
      }
      await page.getByText('Local mode').first().waitFor();
      if (theme === 'light') await bookChecs(page, rig().stores.bookings);
      await accessible(page, `overview (${theme})`);
      await screenshot(page, `tab-overview-${theme}`);
      await page.context().close();
    });
  }

  it('lets the officer rename a theme, and the .docx downloaded from the tab carries the new name', async () => {
    const page = await rig().open(officer.aadObjectId);
    const period = rig().year.period.key;
    const draft = (await (
      await fetch(`${rig().app.baseUrl}/api/report?period=${period}`, {
        headers: { 'X-Local-User': officer.aadObjectId },
      })
    ).json()) as { draft: ReportDraft };
    const heading = draft.draft.services[0]!;
    const theme = heading.columns['working-well'][0]!;

    await page.getByRole('tab', { name: 'Report' }).click();
    await page
      .getByRole('button', { name: `Rename theme “${theme.title}”` })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Title').fill('Managers who know every family’s story');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await page
      .getByText(`Saved: renamed theme “${theme.title}” to “Managers who know every family’s story”.`)
      .waitFor();
    await accessible(page, 'report (light)');
    await screenshot(page, 'tab-report-light');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download .docx' }).click();
    const anyway = page.getByRole('button', { name: 'Download anyway' });
    const download = await Promise.race([
      downloading,
      anyway.waitFor({ timeout: 20_000 }).then(async () => {
        await anyway.click();
        return downloading;
      }),
    ]);
    assert.equal(download.suggestedFilename(), `Committee report ${period}.docx`);
    const docx = await JSZip.loadAsync(await readFile((await download.path())!));
    const body = (await docx.file('word/document.xml')?.async('string')) ?? '';
    assert.ok(body.includes('Managers who know every family’s story'), 'the renamed theme is in the paper');
    const sameName = draft.draft.services
      .flatMap((s) => Object.values(s.columns).flat())
      .filter((t) => t.title === theme.title).length;
    assert.equal(
      body.split(`>${theme.title}<`).length - 1,
      sameName - 1,
      'the old name is gone from that heading',
    );
    await page.context().close();

    const dark = await rig().open(officer.aadObjectId, { theme: 'dark' });
    await dark.getByRole('tab', { name: 'Report' }).click();
    await dark
      .getByRole('button', { name: 'Rename theme “Managers who know every family’s story”' })
      .first()
      .waitFor();
    await accessible(dark, 'report (dark)');
    await screenshot(dark, 'tab-report-dark');
    await dark.context().close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`shows a councillor only the visits they are named on, each readable in full (${theme})`, async () => {
      const mine = rig().year.visits.filter((v) => v.visit.councillorIds.includes(councillor.aadObjectId));
      assert.ok(
        mine.length > 0 && mine.length < rig().year.visits.length,
        'the demo names her on some visits',
      );
      const page = await rig().open(councillor.aadObjectId, { theme });
      await page
        .getByRole('heading', { name: /Responses received|Waiting for responses/ })
        .first()
        .waitFor();
      const read = page.getByRole('button', { name: /^Read the .* visit$/ });
      await read.first().waitFor();
      assert.equal(await read.count(), mine.length, 'one Read button per visit she is named on');
      await accessible(page, `my visits (${theme})`);
      await screenshot(page, `tab-my-visits-${theme}`);

      await read.first().click();
      await page.getByRole('button', { name: 'Back to my visits' }).waitFor();
      await accessible(page, `a visit in full (${theme})`);
      if (theme === 'light') await screenshot(page, 'tab-visit-detail-light');
      await page.context().close();
    });
  }

  it('refuses (403) the API to a councillor asking for a visit she is not named on, and shows nothing of it', async () => {
    const other = rig().year.visits.find((v) => !v.visit.councillorIds.includes(councillor.aadObjectId))!;
    const page = await rig().open(councillor.aadObjectId);
    await page
      .getByRole('button', { name: /^Read the .* visit$/ })
      .first()
      .waitFor();
    const answer = await page.evaluate<{ status: number; body: string }, [string, string]>(
      async ([visitId, me]) => {
        const res = await fetch(`/api/visits/${visitId}`, { headers: { 'X-Local-User': me } });
        return { status: res.status, body: await res.text() };
      },
      [other.visit.id, councillor.aadObjectId],
    );
    assert.equal(answer.status, 403);
    assert.match(JSON.parse(answer.body).error as string, /\S/);
    for (const text of other.answers.map((a) => a.text.slice(0, 40))) {
      assert.ok(!answer.body.includes(text), 'no answer text in the refusal');
    }
    await page.context().close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`shows a head of service what awaits their response and what they said before (${theme})`, async () => {
      const page = await rig().open(headOfService.aadObjectId, { theme });
      await page.getByRole('tab', { name: 'Awaiting my response' }).waitFor();
      await page.getByRole('tab', { name: 'My past responses' }).waitFor();
      assert.equal(await page.getByRole('tab', { name: 'Overview' }).count(), 0, 'no partnerships pages');
      const awaited = rig().year.visits.filter((v) => v.responses.length < v.request.responderIds.length);
      assert.equal(awaited.length, 1, 'the demo leaves one visit (Short Breaks) awaiting his response');
      await page
        .getByRole('button', { name: /^Read the Children with Disabilities Short Breaks Team, .* visit$/ })
        .waitFor();
      await accessible(page, `awaiting my response (${theme})`);
      await screenshot(page, `tab-responses-${theme}`);
      await page.getByRole('tab', { name: 'My past responses' }).click();
      await page
        .getByRole('button', { name: /^Read the .* visit$/ })
        .first()
        .waitFor();
      await accessible(page, `my past responses (${theme})`);
      await page.context().close();
    });
  }

  it('lets the head of service agree an action in the tab, and its owner mark it done under My actions', async () => {
    const page = await rig().open(headOfService.aadObjectId);
    await page
      .getByRole('button', { name: /^Read the Children with Disabilities Short Breaks Team, .* visit$/ })
      .click();
    const actions = page.getByRole('region', { name: 'Actions from what needs to happen' });
    await actions.getByText('Proposed: not yet decided').first().waitFor();
    await actions.getByLabel('Decision').first().selectOption('agree');
    await actions.getByLabel('Owner').first().selectOption({ label: headOfService.name });
    const month = actions.getByLabel('Target month').first();
    await month.selectOption({ index: 2 });
    const monthName = (await month.locator('option:checked').textContent())?.trim() ?? '';
    assert.match(monthName, /^[A-Z][a-z]+ \d{4}$/, 'months are named, not YYYY-MM');
    await actions.getByRole('button', { name: 'Save decisions' }).click();
    await actions.getByText(`Agreed: ${headOfService.name}, by ${monthName}`).waitFor();
    await accessible(page, 'a visit with its actions decided');

    await page.getByRole('tab', { name: 'My actions' }).click();
    const done = page.getByRole('button', { name: /^Done: / }).first();
    await done.waitFor();
    await page.getByLabel('Note (optional)').first().fill('Respite beds confirmed with the provider.');
    await screenshot(page, 'tab-my-actions-light');
    await done.click();
    await page.getByText('Marked done.').waitFor();
    await page.getByRole('button', { name: /^Done: / }).waitFor({ state: 'detached' });
    const stored = (await rig().stores.actions.all()).filter((a) => a.status === 'done');
    assert.equal(stored.length, 1);
    assert.equal(stored[0]?.history.at(-1)?.note, 'Respite beds confirmed with the provider.');
    await page.context().close();
  });

  it('fits Teams mobile: the overview at 320 px wide has no sideways scroll', async () => {
    const page = await rig().open(officer.aadObjectId, { width: 320 });
    await page.getByRole('heading', { name: /^Services \(5\)/ }).waitFor();
    assert.equal(await scrollsSideways(page), false);
    await accessible(page, 'overview at 320 px');
    await screenshot(page, 'tab-overview-mobile');
    await page.context().close();
  });
});
