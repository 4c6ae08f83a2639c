import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { entryOf } from '../../src/audit/trail';
import type { AuditChange } from '../../src/audit/types';
import { DEMO_COUNCILLORS, DEMO_DIRECTORY, DEMO_PARTNERSHIPS } from '../../src/cli/demo/demo-directory';
import { TEST_START } from '../support/clock';
import { screenshot } from '../support/playground';
import { scrollsSideways, seriousViolations, useTabRig } from '../support/tab-browser';

const officer = DEMO_PARTNERSHIPS;
const councillor = DEMO_COUNCILLORS[0]!;
const headOfService = DEMO_DIRECTORY.people.find((p) => p.name === 'Marcus Thornby')!;
const HOUR = 3_600_000;
const as = (p: { aadObjectId: string; name: string }) => ({ id: p.aadObjectId, name: p.name });

/** Opens the Records page as the officer, in a theme and a width. */
async function openRecords(
  open: (id: string, o: { theme: 'light' | 'dark'; width?: number }) => Promise<Page>,
  theme: 'light' | 'dark',
  width?: number,
): Promise<Page> {
  const page = await open(officer.aadObjectId, { theme, ...(width ? { width } : {}) });
  await page.getByRole('tab', { name: 'Records' }).click();
  await page.getByRole('heading', { name: /^Entries/ }).waitFor();
  return page;
}

/** Chooses the person to filter by from the directory and applies the filter. */
async function filterByPerson(page: Page, name: string): Promise<void> {
  const filters = page.getByRole('form', { name: 'Filter the records' });
  const person = filters.getByRole('combobox', { name: 'Person' });
  await person.click();
  await person.pressSequentially(name.split(' ')[1]!);
  await page.getByRole('option', { name }).click();
  await filters.getByRole('button', { name: 'Apply' }).click();
  await page.getByText(`made by or about ${name}.`).waitFor();
}

describe('the Records page in Chromium (the audit trail and subject access, as the partnerships officer)', function () {
  const rig = useTabRig(this);
  const visit = () => rig().year.visits.find((v) => v.visit.councillorIds.includes(councillor.aadObjectId))!;

  before(async () => {
    const visitId = visit().visit.id;
    const changes: readonly (readonly [number, AuditChange])[] = [
      [
        2,
        {
          by: as(headOfService),
          kind: 'response.corrected',
          record: { kind: 'visit', id: visitId },
          visitId,
          people: [councillor.aadObjectId],
          text: { before: 'We will look at it.', after: 'We will look at it in January.' },
        },
      ],
      [
        5,
        {
          by: as(councillor),
          kind: 'visit.amended',
          record: { kind: 'visit', id: visitId },
          visitId,
          detail: 'what-is-working-well',
          text: { before: 'They know the families.', after: 'They know every family well.' },
        },
      ],
      [
        26,
        {
          by: as(headOfService),
          kind: 'response.sent',
          record: { kind: 'visit', id: visitId },
          visitId,
          people: [councillor.aadObjectId],
        },
      ],
      [
        75,
        {
          by: as(officer),
          kind: 'booking.moved',
          record: { kind: 'booking', id: 'demo-booking-1' },
          people: [councillor.aadObjectId],
          detail: 'cin-cp-macclesfield: 2026-12-03 10:00, councillor availability',
        },
      ],
      [
        100,
        { by: as(officer), kind: 'report.exported', record: { kind: 'report', id: rig().year.period.key } },
      ],
    ];
    for (const [hours, change] of changes) {
      const at = new Date(TEST_START.getTime() - hours * HOUR);
      await rig().stores.audit.append(
        entryOf(change, at, (text) => createHash('sha256').update(text).digest('hex')),
      );
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`filters the trail by a person and shows their entries in words (${theme})`, async () => {
      const page = await openRecords(rig().open, theme);
      await filterByPerson(page, councillor.name);
      const entries = page.getByRole('table', { name: 'Audit entries' });
      for (const what of [
        'Amended a submitted visit report',
        'Corrected a response',
        'Sent a response to a visit',
        'Moved a booked visit',
      ]) {
        await entries.getByRole('row').filter({ hasText: what }).first().waitFor();
      }
      const rows = entries.getByRole('row');
      assert.equal(
        await rows.filter({ hasText: 'Exported the committee report' }).count(),
        0,
        'not about them',
      );
      await rows.filter({ hasText: headOfService.name }).first().waitFor();
      assert.deepEqual(await seriousViolations(page), [], `records (${theme}): accessibility`);
      await screenshot(page, `tab-records-${theme}`, { fullPage: true });
      await page.context().close();
    });
  }

  it('downloads the filtered entries as CSV from a plain link', async () => {
    const page = await openRecords(rig().open, 'light');
    await filterByPerson(page, headOfService.name);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download .csv' }).click();
    const download = await downloading;
    assert.match(download.suggestedFilename(), /^Audit \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
    assert.match(lines[0]!, /^When \(UTC\),When \(London\),Who,/);
    assert.ok(lines.some((l) => l.includes('Sent a response to a visit')));
    await page.context().close();
  });

  it('downloads a person’s records as a .zip, and says why not when it cannot', async () => {
    const page = await openRecords(rig().open, 'light');
    const section = page.getByRole('region', { name: 'Subject access request' });
    const whose = section.getByRole('combobox', { name: 'Whose records' });
    const button = section.getByRole('button', { name: 'Download their records (.zip)' });
    await button.click();
    await section.getByText('Choose someone from the directory, or type their e-mail address.').waitFor();

    await whose.fill('nobody@council.example');
    await button.click();
    // The subject access route's own 404 sentence, or the tab's when the server does not offer it (404 Not Found).
    await section
      .getByText(/Nobody in the directory has that email address or id\.|The server does not offer this yet/)
      .waitFor();
    assert.deepEqual(await seriousViolations(page), [], 'subject access refused: accessibility');

    await whose.clear();
    await whose.click();
    await whose.pressSequentially('Ashworth');
    await page.getByRole('option', { name: councillor.name }).click();
    const downloading = page.waitForEvent('download');
    await button.click();
    const download = await downloading;
    assert.match(
      download.suggestedFilename(),
      new RegExp(`^Subject access ${councillor.aadObjectId} .*\\.zip$`),
    );
    await section.getByText('Their records are downloading.', { exact: false }).waitFor();
    await page
      .getByRole('form', { name: 'Filter the records' })
      .getByRole('button', { name: 'Apply' })
      .click();
    await page
      .getByRole('table', { name: 'Audit entries' })
      .getByText('Exported a person’s records (subject access)')
      .first()
      .waitFor();
    await page.context().close();
  });

  it('lists entries as cards at 320 px, without scrolling sideways', async () => {
    const page = await openRecords(rig().open, 'light', 320);
    await page
      .getByRole('list', { name: 'Audit entries' })
      .getByText('Moved a booked visit')
      .first()
      .waitFor();
    assert.equal(await scrollsSideways(page), false);
    await page.context().close();
  });
});
