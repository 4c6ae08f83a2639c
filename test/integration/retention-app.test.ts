import assert from 'node:assert/strict';
import { londonDay } from '../../src/kernel/london';
import { createConversationRepository } from '../../src/storage/conversation-repository';
import { createStores } from '../../src/storage/stores';
import type { Tables } from '../../src/storage/tables';
import { persona, TENANT } from '../support/activities';
import { startTestAzurite, uniquePrefix } from '../support/azurite';
import { cardOf, cardText } from '../support/cards';
import { StandInConnector } from '../support/connector';
import { footprint, seedVisit } from '../support/retention-fixture';
import { seedExampleDirectory } from '../support/seed';
import { startInstances, type TestApp } from '../support/test-app';
import { settle, until } from '../support/wait';

/**
 * The daily job inside the running app: two instances on one storage account, a fixed clock (moved by the test),
 * the Bot Connector stood in. 25 Nov 2026 is a day a draft is due its reminder and an older one its deletion.
 */
describe('retention in the running app, two instances on one storage account', function () {
  this.timeout(120_000);
  const apps: TestApp[] = [];
  let azurite: Awaited<ReturnType<typeof startTestAzurite>>;
  let connector: StandInConnector;
  before(async () => {
    [azurite, connector] = await Promise.all([startTestAzurite(), new StandInConnector().start()]);
  });
  after(async () => {
    for (const app of apps) await app.stop();
    await Promise.all([connector?.stop(), azurite?.stop()]);
  });

  it('reminds the councillor once, deletes the due draft with its audit, and runs once a London day whichever instance holds the lease', async () => {
    const prefix = uniquePrefix();
    const tables: Tables = await seedExampleDirectory(azurite.connectionString, prefix);
    const stores = createStores(tables);
    await createConversationRepository(tables.Conversations).rememberPersonalChat(
      persona.councillor.aadObjectId,
      { serviceUrl: connector.url, conversationId: 'a:alex', conversationType: 'personal', tenantId: TENANT },
    );
    const draft = {
      serviceId: 'checs',
      status: 'draft',
      councillorIds: [persona.councillor.aadObjectId],
    } as const;
    // Last changed 5 Sep: due on 4 Dec, reminded from 20 Nov, but first reminded today, so deleted 14 days on,
    // on 9 Dec. Last changed 1 Aug: due on 30 Oct.
    await seedVisit(stores, {
      ...draft,
      id: 'v-remind',
      date: '2026-12-10',
      createdAt: '2026-09-05T10:00:00Z',
    });
    await seedVisit(stores, { ...draft, id: 'v-due', date: '2026-08-05', createdAt: '2026-08-01T10:00:00Z' });
    // v-due's councillor was reminded on 30 Oct (a draft never goes without its notice): it goes today.
    await stores.standaloneOutbox.enqueue(
      {
        id: `retention.draft.v-due.2026-10-30.${persona.councillor.aadObjectId}`,
        to: { kind: 'person', aadObjectId: persona.councillor.aadObjectId },
        kind: 'post',
        summary: 'Draft deletion reminder',
        activity: {},
      },
      new Date('2026-10-30T10:00:00Z'),
    );
    const told = (await stores.standaloneOutbox.listWaiting())[0]!;
    await stores.standaloneOutbox.update(told, { status: 'sent', sentActivityId: 'act-told' });

    let now = Date.parse('2026-11-25T10:00:00Z');
    const clock = { now: () => new Date(now) };
    apps.push(...(await startInstances(azurite.connectionString, prefix, clock)));

    const reminders = () =>
      connector.calls.filter(
        (c) =>
          c.status === 200 &&
          c.path === '/v3/conversations/a:alex/activities' &&
          /Your draft form will be deleted/.test(cardText(cardOf(c.body))),
      );
    const ran = (app: TestApp) => app.logs.filter((l) => l.includes('Retention ran'));
    await until('the reminder in the councillor’s chat', () => reminders().length > 0, 20_000);
    await settle(1_000); // ten ticks of each instance: anything run or sent twice would show
    assert.equal(reminders().length, 1);
    assert.match(
      cardText(cardOf(reminders()[0]!.body)),
      /visit to Cheshire East Consultation Service .* on Thu, 10 Dec 2026 was never submitted.*never without this notice: this one will be deleted on Wed, 9 Dec 2026/s,
    );
    assert.deepEqual(await footprint(tables, 'v-due'), []);
    assert.ok((await footprint(tables, 'v-remind')).length > 0);
    const audited = async () =>
      (await stores.audit.list({ from: '2026-11-01', to: '2026-12-31' })).filter(
        (e) => e.kind === 'retention.deleted',
      );
    const deletions = await audited();
    assert.ok(deletions.length > 0);
    assert.ok(deletions.every((e) => e.visitId === 'v-due' && /rule drafts-90d$/.test(e.detail!)));
    const runs = apps.map((app) => ran(app).length);
    assert.deepEqual([...runs].sort(), [0, 1], 'one run in all, on one instance');
    const logged = apps.flatMap((app) => app.logs).join('\n');
    assert.ok(!logged.includes(persona.councillor.name), 'logs hold ids, not names');

    // The instance that ran stops; the other takes the lease over the same day and does not run again.
    const [ranIt, other] = runs[0] === 1 ? [apps[0]!, apps[1]!] : [apps[1]!, apps[0]!];
    const leaseRow = async () =>
      (await tables.Leases.getEntity<{ holder: string }>('lease', 'nudges')).holder;
    const before = await leaseRow();
    await ranIt.stop();
    apps.splice(apps.indexOf(ranIt), 1);
    now += 60_000; // the clock stands still otherwise: past the stopped holder's lease, the same day
    await until('the other instance to hold the lease', async () => (await leaseRow()) !== before, 20_000);
    await settle(1_000);
    assert.equal(ran(other).length, 0, 'not run twice the same London day');
    assert.equal(londonDay(clock.now()), '2026-11-25');

    // The next London day it runs, and the reminder, queued again, is not sent again.
    now = Date.parse('2026-11-26T10:00:00Z');
    await until('the next day’s run', () => ran(other).length === 1, 20_000);
    await settle(1_000);
    assert.equal(ran(other).length, 1);
    assert.match(ran(other)[0]!, /"day":"2026-11-26"/);
    assert.equal(reminders().length, 1);
    assert.equal((await audited()).length, deletions.length);
  });
});
