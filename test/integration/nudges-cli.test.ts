import assert from 'node:assert/strict';
import { TableClient } from '@azure/data-tables';
import { runNudges } from '../../src/cli/run-nudges';
import { readConfig } from '../../src/config';
import { createBookingRepository } from '../../src/storage/booking-repository';
import { persona } from '../support/activities';
import { startTestAzurite, uniquePrefix } from '../support/azurite';
import { testClock } from '../support/clock';
import { seedExampleDirectory } from '../support/seed';
import { runTool } from '../support/cli';

describe('npm run nudges: the nudge rules at a chosen moment, against the storage', function () {
  this.timeout(60_000);
  let azurite: Awaited<ReturnType<typeof startTestAzurite>>;
  let env: Record<string, string>;
  const clock = testClock();
  const bookingId = '44444444-0000-4000-8000-000000000001';

  before(async () => {
    azurite = await startTestAzurite();
    const prefix = uniquePrefix();
    const tables = await seedExampleDirectory(azurite.connectionString, prefix);
    env = {
      NODE_ENV: 'test',
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      TABLE_PREFIX: prefix,
    };
    await createBookingRepository(tables.Rota).create({
      id: bookingId,
      serviceId: 'checs',
      day: '2027-01-06',
      time: '10:00',
      councillorIds: [persona.councillor.aadObjectId],
      meetingLink: 'https://teams.microsoft.com/l/meetup-join/abc',
      status: 'booked',
      history: [{ at: '2026-12-01T10:00:00Z', byName: 'Sam Okafor', what: 'booked for 2027-01-06 10:00' }],
    });
  });
  after(async () => azurite?.stop());

  const run = (argv: string[], extraEnv: Record<string, string> = {}) =>
    runTool(runNudges, { config: readConfig({ ...env, ...extraEnv }), clock, argv });
  const outbox = async (): Promise<{ id: string; nextAttemptAt: string }[]> => {
    const table = TableClient.fromConnectionString(azurite.connectionString, `${env.TABLE_PREFIX}Outbox`, {
      allowInsecureConnection: true,
    });
    const rows: { id: string; nextAttemptAt: string }[] = [];
    for await (const row of table.listEntities<{ id: string; nextAttemptAt: string }>()) rows.push(row);
    return rows.sort((a, b) => a.id.localeCompare(b.id));
  };

  it('says in words every nudge and the digest due at that moment, and queues nothing', async () => {
    const { code, out, err } = await run(['--now', '2027-01-04T09:00']);
    assert.equal(err, '');
    assert.equal(code, 0);
    assert.match(out, /^At 4 Jan 2027, 09:00 \(UK time\), against Azure Table Storage/);
    assert.match(
      out,
      /- To Cllr Alex Morgan: You are booked to visit Cheshire East Consultation Service \(ChECS\) on Wed, 6 Jan 2027 at 10:00\.\n {4}2027-01-06 at 10:00: Cheshire East Consultation Service \(ChECS\) \(meeting https:\/\/teams\.microsoft\.com\/l\/meetup-join\/abc\), with Add to calendar/,
    );
    assert.match(
      out,
      /- To the partnerships channel: Child in Need \/ Child Protection, Crewe has no visit on record and none booked\./,
    );
    assert.match(
      out,
      /Weekly digest, a new post to the partnerships channel: Weekly digest: week of Mon, 4 Jan 2027\n {4}Services to book\n {6}- Child in Need/,
    );
    assert.match(out, /Nothing was queued\. Add --send to queue these \d+, then `npm start` posts them\./);
    assert.deepEqual(await outbox(), []);
  });

  it('with --send queues them under the scheduler’s keys, to go out now; a second run queues nothing twice', async () => {
    const first = await run(['--now', '2027-01-04T09:00', '--send']);
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /Queued \d+ messages: a running `npm start` posts them\./);
    const queued = await outbox();
    const ids = queued.map((r) => r.id);
    assert.ok(
      ids.includes(`nudge.booked:${bookingId}:2027-01-06:${persona.councillor.aadObjectId}`),
      ids.join(),
    );
    assert.ok(ids.includes('nudge.never-visited:cin-cp-crewe'), ids.join());
    assert.ok(ids.includes('digest.2027-01-04'), ids.join());
    assert.ok(
      queued.every((r) => Math.abs(Date.parse(r.nextAttemptAt) - clock.now().getTime()) < 60_000),
      'sent from the real moment, not from --now',
    );

    const second = await run(['--now', '2027-01-04T09:00', '--send']);
    assert.equal(second.code, 0, second.err);
    assert.match(second.out, /You are booked to visit .* \[already queued\]/);
    assert.match(second.out, /No weekly digest goes out now/);
    assert.match(second.out, /Nothing new to queue\./);
    assert.equal((await outbox()).length, queued.length);
  });

  it('refuses --send outside local mode, and a --now it cannot read', async () => {
    const entra = {
      MicrosoftAppId: '11111111-2222-4333-8444-555555555555',
      MicrosoftAppPassword: 'secret',
      MicrosoftAppTenantId: '00000000-0000-4000-8000-000000000001',
    };
    const refused = await run(['--now', '2027-01-04T09:00', '--send'], entra);
    assert.equal(refused.code, 2);
    assert.match(refused.err, /--send only works in local mode \(MicrosoftAppId not set\)/);
    for (const bad of ['2027-13-04T09:00', '4 January', '2027-02-30T09:00', '2027-01-04T25:00']) {
      const wrong = await run(['--now', bad]);
      assert.equal(wrong.code, 2);
      assert.match(wrong.err, /--now needs a date and time such as 2027-01-04T09:00 \(UK time\), not "/);
      assert.match(wrong.err, /Usage: npm run nudges -- \[--now YYYY-MM-DDTHH:MM\] \[--send\]/);
    }
    assert.match((await run(['--now'])).err, /--now needs a date and time/);
    assert.match((await run(['--later'])).err, /Unknown option "--later"/);
  });
});
