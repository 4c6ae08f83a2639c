import assert from 'node:assert/strict';
import { TableClient } from '@azure/data-tables';
import { createConversationRepository } from '../../src/storage/conversation-repository';
import { createOutboxStore } from '../../src/storage/outbox-store';
import { openTables } from '../../src/storage/tables';
import { createVisitRepository } from '../../src/storage/visit-repository';
import {
  cardActionActivity,
  channel,
  persona,
  responseChannel,
  TENANT,
  type Persona,
} from '../support/activities';
import { actionsOf } from '../support/card-driver';
import { cardOf, cardText } from '../support/cards';
import { startTestAzurite, uniquePrefix } from '../support/azurite';
import { StandInConnector } from '../support/connector';
import { seedExampleDirectory } from '../support/seed';
import { startSeededBot, type SeededBot } from '../support/seeded-bot';
import { startInstances, type TestApp } from '../support/test-app';
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
    apps.push(...(await startInstances(azurite.connectionString, prefix, clock)));

    const end = Date.parse('2026-11-23T16:00:00Z');
    const rows = async (name: string, filter?: string): Promise<Record<string, unknown>[]> => {
      const table = TableClient.fromConnectionString(azurite.connectionString, `${prefix}${name}`, {
        allowInsecureConnection: true,
      });
      const found: Record<string, unknown>[] = [];
      for await (const row of table.listEntities({ queryOptions: filter ? { filter } : {} })) found.push(row);
      return found;
    };
    const sending = async (): Promise<number> =>
      (await rows('Outbox', "status eq 'sending'")).length +
      (await rows('Visits', "status eq 'sending'")).length;
    const posts = () => connector.calls.filter((c) => c.method === 'POST' && c.status === 200);
    const macclesfield = () =>
      posts().filter(
        (c) =>
          shown(c.body) ===
          'Child in Need / Child Protection, Macclesfield has no visit on record and none booked.',
      );
    const click = async (who: Persona, body: Record<string, unknown>, title: string) => {
      const action = actionsOf(cardOf(body)).find((a) => a.title === title)!;
      const answer = await apps[0]!.invoke(
        cardActionActivity(connector.url, who, action.verb, action.data, channel),
      );
      return cardText(answer.body.value);
    };

    while (now < end) {
      // Time only jumps between sends, as it never leaps six hours in the middle of one.
      await until('no send in flight', async () => (await sending()) === 0);
      now += 6 * 60 * 60 * 1000; // 09:00, 15:00, 21:00, 03:00 UTC: every 09:00 London (GMT) is visited
      await settle(400);
      if (now === Date.parse('2026-11-09T09:00:00Z')) {
        // The partnerships officer snoozes the Macclesfield nudge for a week; a councillor may not.
        await until('the Macclesfield nudge', () => macclesfield().length === 1);
        const card = macclesfield()[0]!.body;
        assert.match(await click(persona.councillor, card, 'Snooze 1 week'), /Only the partnerships team/);
        assert.match(
          await click(persona.partnerships, card, 'Snooze 1 week'),
          /Snoozed by Sam Okafor: I will remind you again on 16 Nov 2026, 09:00/,
        );
      }
      if (now === Date.parse('2026-11-16T09:00:00Z')) {
        await until('the Macclesfield nudge again after its snooze', () => macclesfield().length === 2);
        const card = macclesfield()[1]!.body;
        assert.match(
          await click(persona.partnerships, card, 'Mark as handled'),
          /Marked as handled by Sam Okafor/,
        );
      }
    }
    // The loops keep ticking at the last moment: wait until what they queued has all gone out (a loaded
    // machine can take longer than any fixed pause), then a little more to see that nothing goes out twice.
    await until(
      'every message delivered',
      async () =>
        (await rows('Outbox', "status ne 'sent'")).length === 0 &&
        posts().length >= (await rows('Outbox', "kind eq 'post'")).length,
    );
    await settle(500);

    const queuedPosts = (await rows('Outbox', "kind eq 'post'")).map((r) => String(r.summary));
    const delivered = posts().map((c) => shown(c.body));
    assert.deepEqual(
      [...delivered].sort(),
      [...queuedPosts].sort(),
      'each queued nudge delivered exactly once',
    );
    const once = (pattern: RegExp) =>
      assert.equal(delivered.filter((t) => pattern.test(t)).length, 1, String(pattern));
    once(
      /^Your form for the visit to Cheshire East Consultation Service \(ChECS\) on Mon, 2 Nov 2026 is not submitted yet: it is 14 days/,
    );
    once(
      /^Your form for the visit to Cheshire East Consultation Service \(ChECS\) on Mon, 2 Nov 2026 is not submitted yet: it is 21 days/,
    );
    once(
      /^A response to the visit to Child in Need \/ Child Protection, Crewe on Tue, 20 Oct 2026 is awaited\.$/,
    );
    once(
      /^The response to the visit to Child in Need \/ Child Protection, Crewe on Tue, 20 Oct 2026 is overdue\.$/,
    );
    assert.equal(macclesfield().length, 2, 'the snoozed nudge came back once, a week later');

    // One digest post a week, then updated in place (PUT to the same activity) as what is open changes.
    const digests = posts().filter((c) => shown(c.body).startsWith('Weekly digest'));
    assert.deepEqual(
      digests.map((c) => shown(c.body)),
      [
        'Weekly digest: week of Mon, 9 Nov 2026',
        'Weekly digest: week of Mon, 16 Nov 2026',
        'Weekly digest: week of Mon, 23 Nov 2026',
      ],
    );
    const updates = connector.calls.filter((c) => c.method === 'PUT' && c.status === 200);
    assert.ok(updates.length >= 5, `the digest changed through the week (${updates.length} updates)`);
    for (const update of updates) {
      const post = digests.find((c) => update.path.endsWith(`/activities/${c.activityId}`));
      assert.ok(post, `${update.path} updates a digest post`);
      assert.equal(shown(update.body), shown(post.body), 'an update keeps its week');
    }
    const lastOfWeek = (post: (typeof digests)[number]) =>
      cardText(
        cardOf(updates.filter((u) => u.path.endsWith(`/${post.activityId}`)).at(-1)?.body ?? post.body),
      );
    assert.match(
      lastOfWeek(digests[0]!),
      /Macclesfield: no visit on record \\\(snoozed by Sam Okafor until Mon, 16 Nov 2026\\\)/,
    );
    assert.match(
      lastOfWeek(digests[1]!),
      /Macclesfield: no visit on record \\\(marked as handled by Sam Okafor\\\)/,
    );
    assert.match(
      lastOfWeek(digests[1]!),
      /Responses awaited\n- Child in Need \/ Child Protection, Crewe, visited Tue, 20 Oct 2026: overdue/,
    );
  });
});

/** What a person reads first in a sent activity: its text, or its card's heading; markdown escapes removed. */
function shown(body: Record<string, unknown>): string {
  const card = cardOf(body) as { body?: { text?: string }[] } | undefined;
  const raw = card ? String(card.body?.[0]?.text ?? '') : String(body.text);
  return raw.replace(/\\([\\`*_[\]()#~|<>.-])/g, '$1');
}

describe('the weekly digest goes out on the first working day of its week only', function () {
  this.timeout(60_000);
  let seeded: SeededBot | undefined;
  after(async () => seeded?.stop());

  it('a bot started on a Sunday does not post the week that is ending; it posts on Monday from 09:00', async () => {
    let now = Date.parse('2026-11-29T12:00:00Z'); // Sunday, after 09:00
    const clock = { now: () => new Date(now) };
    seeded = await startSeededBot({ NUDGE_TICK_MS: '100', OUTBOX_POLL_MS: '100' }, clock);
    const { connector, azurite, prefix } = seeded;
    const tables = await openTables(azurite.connectionString, prefix);
    await createConversationRepository(tables.Conversations).link({
      purpose: 'partnerships',
      serviceUrl: connector.url,
      conversationId: channel.conversationId,
      conversationType: 'channel',
      tenantId: TENANT,
      linkedBy: persona.partnerships.aadObjectId,
      linkedAt: '2026-11-01T10:00:00Z',
    });
    const digests = () =>
      connector.calls.filter((c) => c.method === 'POST' && shown(c.body).startsWith('Weekly digest'));

    await settle(1_500); // many passes on Sunday
    assert.deepEqual(
      digests().map((c) => shown(c.body)),
      [],
      'nothing posted on Sunday',
    );
    now = Date.parse('2026-11-30T08:59:00Z'); // Monday, 08:59 GMT
    await settle(1_000);
    assert.deepEqual(
      digests().map((c) => shown(c.body)),
      [],
      'nothing before 09:00',
    );
    now = Date.parse('2026-11-30T09:00:00Z');
    await until('the digest for the new week', () => digests().length > 0);
    await settle(500);
    assert.deepEqual(
      digests().map((c) => shown(c.body)),
      ['Weekly digest: week of Mon, 30 Nov 2026'],
    );
  });
});
