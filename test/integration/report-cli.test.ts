import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { seedDemo } from '../../src/cli/demo/seed-demo';
import { runReport } from '../../src/cli/run-report';
import { readConfig } from '../../src/config';
import { createDirectoryLookup } from '../../src/directory/directory';
import { lastMunicipalYear } from '../../src/report/period';
import { createReports } from '../../src/report/reports';
import { createStores } from '../../src/storage/stores';
import { openTables } from '../../src/storage/tables';
import { loadForms } from '../../src/visits/forms';
import { persona } from '../support/activities';
import { startTestAzurite, uniquePrefix } from '../support/azurite';
import { auditOver } from '../support/audit';
import { testClock } from '../support/clock';
import { runTool } from '../support/cli';

describe('npm run report: the committee paper and the CSV from the command line (real Azurite)', function () {
  this.timeout(60_000);
  let azurite: Awaited<ReturnType<typeof startTestAzurite>>;
  let env: Record<string, string>;
  let out: string;
  const clock = testClock();
  const year = lastMunicipalYear(clock.now());

  before(async () => {
    azurite = await startTestAzurite();
    env = {
      NODE_ENV: 'test',
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      TABLE_PREFIX: uniquePrefix(),
    };
    await seedDemo(createStores(await openTables(azurite.connectionString, env.TABLE_PREFIX!)), clock);
    out = await mkdtemp(join(tmpdir(), 'report-'));
  });
  after(async () => {
    await azurite?.stop();
    if (out) await rm(out, { recursive: true, force: true });
  });

  const run = (argv: string[]) => runTool(runReport, { config: readConfig(env), clock, argv });
  const paperText = async (): Promise<string> => {
    const zip = await JSZip.loadAsync(await readFile(join(out, `Committee report ${year.key}.docx`)));
    const xml = await zip.file('word/document.xml')!.async('string');
    return xml.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '');
  };

  it('writes the demo year as a Word paper and a CSV, with each heading in the words the paper uses', async () => {
    const { code, out: printed, err } = await run(['--period', year.key, '--out', out]);
    assert.equal(code, 0, err);
    assert.match(printed, /Child in Need \/ Child Protection \(CIN\/CP\): 5 visit\(s\)/);
    assert.match(
      printed,
      /Children with Disabilities Short Breaks Team: 3 visit\(s\) \(1 awaiting feedback\)/,
    );
    assert.deepEqual((await readdir(out)).sort(), [
      `Committee report ${year.key}.docx`,
      `Visits ${year.key}.csv`,
    ]);
    const text = await paperText();
    assert.match(text, /a further visit is planned to Crewe in April \d{4}/);
    assert.match(text, /\(feedback awaited\)/);
    assert.match(text, /moved or cancelled due to sickness in the service and councillor availability/);
    const csv = (await readFile(join(out, `Visits ${year.key}.csv`), 'utf8')).split('\r\n');
    assert.equal(csv[0], '\uFEFFService,Visit date,Councillors,Area,Lens,Text,Response status');
    assert.equal(csv.filter((line) => /^Cheshire East Consultation Service/.test(line)).length > 0, true);
  });

  it('holds the paper back while the draft names an email address, and writes it with --confirm', async () => {
    const stores = createStores(await openTables(azurite.connectionString, env.TABLE_PREFIX!));
    const reports = createReports({
      reportVisits: stores.reportVisits,
      drafts: stores.reportDrafts,
      bookings: stores.bookings,
      directory: createDirectoryLookup(stores, clock),
      forms: loadForms(),
      clock,
      actionsOf: async () => [],
      audit: auditOver(stores.audit, clock),
    });
    const officer = {
      aadObjectId: persona.partnerships.aadObjectId,
      name: 'Sam Okafor',
      email: '',
      role: 'partnerships' as const,
    };
    const set = await reports.edit(year, officer, {
      kind: 'set-section',
      section: 'executiveSummary',
      text: 'Questions to jo.bloggs@council.example please.',
    });
    assert.equal(set.ok, true);
    await rm(join(out, `Committee report ${year.key}.docx`));
    const held = await run(['--period', year.key, '--out', out]);
    assert.equal(held.code, 1);
    assert.match(held.err, /an email address \(jo\.…le\) in 2\. Executive Summary/);
    assert.deepEqual(await readdir(out), [`Visits ${year.key}.csv`], 'no paper is written');
    const confirmed = await run(['--period', year.key, '--out', out, '--confirm']);
    assert.equal(confirmed.code, 0, confirmed.err);
    assert.match(await paperText(), /Questions to jo\.bloggs@council\.example please\./);
  });

  it('says when a period has no visits, and explains a period or option it cannot read', async () => {
    const empty = await run(['--period', '2015-16', '--out', out]);
    assert.equal(empty.code, 0, empty.err);
    assert.match(empty.out, /No visits were submitted in this period/);
    const wrong = await run(['--period', '2015-17']);
    assert.equal(wrong.code, 2);
    assert.match(wrong.err, /2015-17 is not a municipal year: did you mean 2015-16\?\nUsage: npm run report/);
    assert.equal((await run(['--colour'])).code, 2);
  });
});
