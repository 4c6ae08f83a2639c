import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { writeCommitteePaper } from '../../src/documents/committee-paper-docx';
import { COLUMN_TITLES, COLUMNS } from '../../src/report/types';
import { PAPER_FIXTURE } from '../support/paper-fixture';

const run = promisify(execFile);

/** Whether a command is on PATH. */
const onPath = (command: string): boolean =>
  (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, command)));

/** A page's text in reading order, runs of white space made one space, so wrapped cell text reads whole. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

describe('the committee paper, opened in LibreOffice, reads as the council paper does', function () {
  this.timeout(180_000);
  let dir: string;
  let pdf: string;
  let layout: string;
  let pages: string[];

  before(async function () {
    const missing = ['soffice', 'pdftotext'].filter((command) => !onPath(command));
    if (missing.length) {
      const why = `${missing.join(' and ')} not on PATH (Debian: libreoffice-writer-nogui poppler-utils fonts-liberation2)`;
      if (process.env.CI) throw new Error(`LibreOffice is required in CI: .ci/run installs it. ${why}.`);
      console.warn(`    Skipping the LibreOffice test: LibreOffice is missing locally; ${why}.`);
      this.skip();
    }
    dir = mkdtempSync(path.join(os.tmpdir(), 'paper-'));
    const docx = path.join(dir, 'paper.docx');
    writeFileSync(docx, await writeCommitteePaper(PAPER_FIXTURE));
    // Its own profile, so parallel runs (and a desktop LibreOffice) don't share a locked one.
    const profile = `file://${path.join(dir, 'lo-profile')}`;
    await run(
      'soffice',
      ['--headless', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', dir, docx],
      {
        timeout: 120_000,
      },
    );
    pdf = path.join(dir, 'paper.pdf');
    layout = (await run('pdftotext', ['-layout', pdf, '-'])).stdout;
    const count = Number(/Page 1 of (\d+)/.exec(layout)?.[1]);
    pages = [];
    for (let p = 1; p <= count; p++) {
      pages.push(flat((await run('pdftotext', ['-f', `${p}`, '-l', `${p}`, pdf, '-'])).stdout));
    }
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('has the title block, the numbered sections and each service', () => {
    assert.match(layout, /Report Title: Councillor Frontline Visits Annual Report/);
    assert.match(layout, /Date of Meeting: \[To be completed: the date of the meeting\]/);
    assert.match(layout, /^1\. Purpose of Report$/m);
    assert.match(layout, /^1\.1 +This report updates committee/m);
    assert.match(layout, /^7\. Themes from Visits and Head of Service Response$/m);
    for (const { heading } of PAPER_FIXTURE.themes.services)
      assert.match(layout, new RegExp(`^${escape(heading)}$`, 'm'));
    assert.match(layout, /Number of visits in last 12 months: two visits have taken place/);
    assert.match(layout, /Children & Families Committee/);
    const all = pages.join(' ');
    for (const column of COLUMNS) assert.ok(all.includes(COLUMN_TITLES[column]), COLUMN_TITLES[column]);
    assert.ok(all.includes('– waiting times for child and adolescent mental health services are > 18 weeks'));
    assert.ok(all.includes('• Northfield Consultation Service (NCS)'), 'the intake teams are bulleted');
  });

  it('numbers its pages "Page X of Y" over more than one page', () => {
    assert.ok(pages.length > 1, `only ${pages.length} page`);
    pages.forEach((page, i) => assert.ok(page.includes(`Page ${i + 1} of ${pages.length}`), `page ${i + 1}`));
    assert.ok(pages.every((page) => page.startsWith('OFFICIAL')));
  });

  it('repeats the column headings on each page a long table runs on to', () => {
    const long = PAPER_FIXTURE.themes.services[2]!.columns.worries;
    const first = pages.findIndex((p) => p.includes(long[0]!.points[0]!));
    const last = pages.findIndex((p) => p.includes(long.at(-1)!.points.at(-1)!));
    assert.ok(
      first >= 0 && last > first,
      `the long column is on pages ${first + 1} to ${last + 1}: it should span pages`,
    );
    for (let p = first + 1; p <= last; p++) {
      assert.ok(!pages[p]!.includes('Number of visits'), `page ${p + 1} starts no new table`);
      for (const column of COLUMNS) {
        assert.ok(
          pages[p]!.includes(COLUMN_TITLES[column]),
          `page ${p + 1} repeats “${COLUMN_TITLES[column]}”`,
        );
      }
    }
  });

  it('ends with the appendix of actions, its header row repeated on each page the table runs on to', () => {
    const rows = PAPER_FIXTURE.actions;
    const title = 'Appendix: Actions from Visits, 1 April 2024 to 31 March 2025';
    const start = pages.findIndex((p) => p.includes(title));
    const last = pages.reduce((at, p, i) => (p.includes(rows.at(-1)!.action) ? i : at), -1);
    assert.ok(start >= pages.findIndex((p) => p.includes('8. Implications')), 'after section 8');
    assert.ok(last > start, `the appendix is on pages ${start + 1} to ${last + 1}: it should span pages`);
    const headings = ['Service', 'Visit date', 'Action', 'Status', 'Owner', 'Target', 'Note or reason'];
    for (let p = start; p <= last; p++) {
      for (const h of headings) assert.ok(pages[p]!.includes(h), `page ${p + 1} repeats “${h}”`);
    }
    const all = pages.slice(start).join(' ');
    assert.ok(all.includes('Two days a quarter are now blocked out for every worker'));
    assert.ok(all.includes('No budget this year'));
    const actions = pages.join(' ');
    assert.ok(actions.includes('Actions from visits'), 'each heading has its actions');
    assert.ok(actions.includes('A second office in Eastgate — declined: no budget this year'));
  });
});

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
