import assert from 'node:assert/strict';
import { runHold } from '../../src/cli/run-hold';
import { runRetention } from '../../src/cli/run-retention';
import { readConfig } from '../../src/config';
import { createStores } from '../../src/storage/stores';
import { openTables, type Tables } from '../../src/storage/tables';
import { startTestAzurite, uniquePrefix } from '../support/azurite';
import { footprint, seedReportDraft, seedVisit } from '../support/retention-fixture';
import { runTool } from '../support/cli';

describe('npm run retention -- --dry-run and npm run hold', function () {
  this.timeout(60_000);
  let azurite: Awaited<ReturnType<typeof startTestAzurite>>;
  let env: Record<string, string>;
  let tables: Tables;
  const clock = { now: () => new Date('2027-04-01T09:00:00Z') };

  before(async () => {
    azurite = await startTestAzurite();
    const prefix = uniquePrefix();
    env = {
      NODE_ENV: 'test',
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      TABLE_PREFIX: prefix,
    };
    tables = await openTables(azurite.connectionString, prefix);
    const stores = createStores(tables);
    await seedVisit(stores, {
      id: 'v-old',
      serviceId: 'checs',
      date: '2020-05-10',
      status: 'submitted',
      councillorIds: ['c1'],
      createdAt: '2020-05-12T10:00:00Z',
    });
    await seedVisit(stores, {
      id: 'v-held',
      serviceId: 'cwd',
      date: '2020-06-10',
      status: 'submitted',
      councillorIds: ['c2'],
      createdAt: '2020-06-12T10:00:00Z',
    });
    await seedVisit(stores, {
      id: 'v-draft',
      serviceId: 'checs',
      date: '2027-02-01',
      status: 'draft',
      councillorIds: ['c1'],
      createdAt: '2027-01-20T10:00:00Z',
    });
    await seedReportDraft(stores, '2020-21', ['v-old', 'v-held']);
    await seedReportDraft(stores, '2019-20', []);
  });
  after(async () => azurite?.stop());

  const run = async (tool: typeof runRetention | typeof runHold, argv: string[]) => {
    const { code, lines, err } = await runTool(tool, { config: readConfig(env), clock, argv });
    return { code, out: lines, err };
  };

  it('places a hold, lists it, and the dry run lists what would go and why, one line per record, deleting nothing', async () => {
    const placed = await run(runHold, ['place', '--visit', 'v-held', '--reason', 'INQ-2026-014 no-destroy']);
    assert.equal(placed.err, '');
    assert.match(
      placed.out[0]!,
      /^Placed: H-[0-9a-f]{8} {2}visit v-held {2}reason "INQ-2026-014 no-destroy" {2}placed 2027-04-01 by Command line \(.+\); active$/,
    );
    const holdId = /H-[0-9a-f]{8}/.exec(placed.out[0]!)![0];
    assert.equal((await run(runHold, ['list'])).out.length, 1);

    const before = await footprint(tables, 'v-old');
    const dry = await run(runRetention, ['--dry-run', '--now', '2027-04-07T09:00']);
    assert.equal(dry.err, '');
    assert.equal(dry.code, 0);
    assert.deepEqual(dry.out.slice(1), [
      'delete visit v-old (submitted, service checs, visit day 2020-05-10) rule submitted-6y due 2027-04-01',
      'delete report-draft 2019-20 and its change log (period ends 2020-03-31) rule report-drafts-6y due 2026-04-01',
      // Due on 20 April; not reminded yet, so 14 days' notice from the day it is.
      'remind person c1 of draft visit v-draft (deleted on 2027-04-21) as retention.draft.v-draft.2027-04-20.c1',
      `keep visit v-held rule submitted-6y due 2027-04-01: held by ${holdId}`,
      // The 2020-21 draft quotes the held visit.
      `keep report-draft 2020-21 rule report-drafts-6y due 2027-04-01: held by ${holdId}`,
      '2 to go, 1 reminder(s), 2 held. Nothing was deleted (dry run).',
    ]);
    assert.match(
      dry.out[0]!,
      /^Retention on 2027-04-07 \(UK\), against .*municipal year \(1 April - 31 March\) \+ 6 years.*report draft to the end of the municipal year its period ends in \+ 6 years\.$/,
    );
    assert.deepEqual(await footprint(tables, 'v-old'), before);

    const lifted = await run(runHold, ['lift', holdId]);
    assert.match(lifted.out[0]!, /^Lifted: .*; lifted 2027-04-01 by Command line/);
    assert.match((await run(runHold, ['lift', holdId])).err, /was lifted on 2027-04-01/);
  });

  it('refuses --now without --dry-run and a hold without a reference', async () => {
    assert.equal((await run(runRetention, ['--now', '2027-04-05T09:00'])).code, 2);
    const bad = await run(runHold, ['place', '--service', 'checs']);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /--reason is required/);
  });
});
