import assert from 'node:assert/strict';
import { TableClient } from '@azure/data-tables';
import { createConversationRepository } from '../../src/storage/conversation-repository';
import { createOutboxStore } from '../../src/storage/outbox-store';
import { createVisitRepository } from '../../src/storage/visit-repository';
import { channel, persona, responseChannel, TENANT } from '../support/activities';
import { startTestAzurite, uniquePrefix } from '../support/azurite';
import { StandInConnector } from '../support/connector';
import { seedExampleDirectory } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { settle, until } from '../support/wait';

const visitRow = (id: string, serviceId: string, serviceName: string, date: string) => ({
  id,
  serviceId,
  serviceName,
  date,
  councillorIds: [persona.councillor.aadObjectId],
  councillorNames: [persona.councillor.name],
  formKey: 'signs-of-safety@1',
  status: 'draft' as const,
  createdBy: persona.councillor.aadObjectId,
  createdAt: `${date}T12:00:00.000Z`,
});

describe('nudges over a simulated fortnight, two bot instances on one storage account', function () {
  this.timeout(120_000);
  let azurite: Awaited<ReturnType<typeof startTestAzurite>>;
  let connector: StandInConnector;
  const apps: TestApp[] = [];

  after(async () => {
    await Promise.all(apps.map((app) => app.stop()));
    await connector?.stop();
    await azurite?.stop();
  });

  it('delivers every nudge exactly once, at its time', async () => {
    azurite = await startTestAzurite();
    connector = await new StandInConnector().start();
    const prefix = uniquePrefix();
    const tables = await seedExampleDirectory(azurite.connectionString, prefix);
    const conversations = createConversationRepository(tables.Conversations);
    const where = (conversationId: string, conversationType: string) => ({
      serviceUrl: connector.url,
      conversationId,
      conversationType,
      tenantId: TENANT,
    });
    const linked = { linkedBy: persona.partnerships.aadObjectId, linkedAt: '2026-11-01T10:00:00Z' };
    await conversations.link({
      purpose: 'partnerships',
      ...where(channel.conversationId, 'channel'),
      ...linked,
    });
    await conversations.link({
      purpose: 'cin-cp-crewe',
      ...where(responseChannel.conversationId, 'channel'),
      ...linked,
    });
    await conversations.rememberPersonalChat(persona.councillor.aadObjectId, where('a:alex', 'personal'));

    // A ChECS visit held on 2 Nov with no form yet; a Crewe visit submitted on 22 Oct still awaiting responses.
    const visits = createVisitRepository(tables.Visits, createOutboxStore('Visits', tables.Visits));
    await visits.create(visitRow('11111111-0000-4000-8000-000000000001', 'checs', 'ChECS', '2026-11-02'));
    await visits.create(
      visitRow('11111111-0000-4000-8000-000000000002', 'cin-cp-crewe', 'CIN/CP Crewe', '2026-10-20'),
    );
    const crewe = (await visits.load('11111111-0000-4000-8000-000000000002'))!.visit;
    const request = {
      messageId: 'm',
      responderIds: ['00000000-0000-4000-8000-000000000201'],
      responderNames: ['Dana Whitfield'],
      revision: 0,
    };
    await visits.submit(
      crewe,
      { by: crewe.createdBy, byName: 'Cllr Alex Morgan', at: '2026-10-22T10:00:00.000Z' },
      request,
      [],
    );

    let now = Date.parse('2026-11-09T03:00:00Z'); // a Monday, before 09:00
    const clock = { now: () => new Date(now) };
    const env = {
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      TABLE_PREFIX: prefix,
      NUDGE_TICK_MS: '100',
      OUTBOX_POLL_MS: '100',
    };
    apps.push(await startTestApp(env, clock), await startTestApp(env, clock));

    const end = Date.parse('2026-11-23T16:00:00Z');
    const sending = async (): Promise<number> => {
      let count = 0;
      for (const name of ['Outbox', 'Visits']) {
        const table = TableClient.fromConnectionString(azurite.connectionString, `${prefix}${name}`, {
          allowInsecureConnection: true,
        });
        for await (const _ of table.listEntities({ queryOptions: { filter: "status eq 'sending'" } }))
          count++;
      }
      return count;
    };
    while (now < end) {
      // Time only jumps between sends, as it never leaps six hours in the middle of one.
      await until('no send in flight', async () => (await sending()) === 0);
      now += 6 * 60 * 60 * 1000; // 09:00, 15:00, 21:00, 03:00 UTC: every 09:00 London (GMT) is visited
      await settle(400);
    }
    const outbox = TableClient.fromConnectionString(azurite.connectionString, `${prefix}Outbox`, {
      allowInsecureConnection: true,
    });
    const queued: string[] = [];
    for await (const row of outbox.listEntities<{ summary: string }>()) queued.push(row.summary);
    await until(
      'every nudge delivered',
      () => connector.calls.filter((c) => c.method === 'POST' && c.status === 200).length >= queued.length,
    );
    await settle(500);

    const delivered = connector.calls
      .filter((c) => c.method === 'POST' && c.status === 200)
      .map((c) => String(c.body.text).replace(/\\([\\`*_[\]()#~|<>.-])/g, '$1')); // shown as markdown, escaped
    assert.deepEqual([...delivered].sort(), [...queued].sort(), 'each queued nudge delivered exactly once');
    const once = (pattern: RegExp) =>
      assert.equal(delivered.filter((t) => pattern.test(t)).length, 1, String(pattern));
    once(
      /^Your form for the visit to Cheshire East Consultation Service \(ChECS\) on 2026-11-02 is not submitted yet: it is 14 days/,
    );
    once(
      /^Your form for the visit to Cheshire East Consultation Service \(ChECS\) on 2026-11-02 is not submitted yet: it is 21 days/,
    );
    once(/^A response to the visit to Child in Need \/ Child Protection, Crewe on 2026-10-20 is awaited\.$/);
    once(
      /^The response to the visit to Child in Need \/ Child Protection, Crewe on 2026-10-20 is overdue\.$/,
    );
    once(/^Child in Need \/ Child Protection, Macclesfield has no visit on record and none booked\.$/);
    assert.deepEqual(delivered.filter((t) => t.startsWith('Weekly digest')).sort(), [
      'Weekly digest for the week of 2026-11-09.',
      'Weekly digest for the week of 2026-11-16.',
      'Weekly digest for the week of 2026-11-23.',
    ]);
  });
});
