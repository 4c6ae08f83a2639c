import { TableClient } from '@azure/data-tables';
import assert from 'node:assert/strict';
import { createOutboxStore } from '../../src/storage/outbox-store';
import { channel, messageActivity, persona, responseChannel } from '../support/activities';
import { startTestAzurite, uniquePrefix } from '../support/azurite';
import { testClock } from '../support/clock';
import { StandInConnector, type ConnectorCall } from '../support/connector';
import { seedExampleDirectory } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { until } from '../support/wait';

const PARTNERSHIPS = channel.conversationId;
const HOS = responseChannel.conversationId;

/** The most calls in any window of `ms` milliseconds. */
const mostIn = (calls: readonly ConnectorCall[], ms: number): number =>
  Math.max(0, ...calls.map((c) => calls.filter((d) => d.at > c.at - ms && d.at <= c.at).length));

describe("Teams' limits per conversation hold across instances and after a 429 (real Azurite)", function () {
  this.timeout(90_000);
  let azurite: Awaited<ReturnType<typeof startTestAzurite>>;
  let connector: StandInConnector;
  let prefix: string;
  const apps: TestApp[] = [];
  const clock = testClock();

  const start = async (): Promise<TestApp> => {
    const env = {
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      TABLE_PREFIX: prefix,
      OUTBOX_POLL_MS: '100',
    };
    const app = await startTestApp(env, clock);
    apps.push(app);
    return app;
  };
  /**
   * Queues `n` plain messages to a channel's address, each in a partition of its own (as each visit's messages
   * are), so that nothing but the conversation's lane holds one back behind another.
   */
  const queue = async (n: number, to: 'partnerships' | 'cin-cp-crewe', tag: string): Promise<void> => {
    const table = TableClient.fromConnectionString(azurite.connectionString, `${prefix}Visits`, {
      allowInsecureConnection: true,
    });
    const outbox = createOutboxStore('Visits', table);
    for (let i = 0; i < n; i++) {
      const partition = `${tag}-visit-${i}`;
      const action = outbox.add(
        partition,
        {
          id: `${tag}-${String(i).padStart(3, '0')}`,
          to: to === 'partnerships' ? { kind: 'partnerships' } : { kind: 'service', serviceId: to },
          kind: 'post',
          summary: `${tag} ${i}`,
          activity: { text: `${tag} ${i}` },
        },
        clock.now(),
      );
      await table.submitTransaction([action]);
    }
  };

  beforeEach(async () => {
    azurite = await startTestAzurite();
    connector = await new StandInConnector().start();
    prefix = uniquePrefix();
    await seedExampleDirectory(azurite.connectionString, prefix);
    const first = await start();
    for (const [text, where] of [
      ['link partnerships', channel],
      ['link cin-cp-crewe', responseChannel],
    ] as const) {
      assert.equal(await first.post(messageActivity(connector.url, persona.partnerships, text, where)), 200);
    }
    connector.clear();
  });
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.stop()));
    await connector?.stop();
    await azurite?.stop();
  });

  it('two instances sending 30 messages to one channel never exceed 7 a second or 8 in 2 seconds', async () => {
    await start(); // a second instance on the same storage
    await queue(30, 'partnerships', 'burst');
    await until('all 30 delivered', () => connector.delivered(PARTNERSHIPS).length === 30, 60_000);
    const calls = connector.calls.filter((c) => c.path.startsWith(`/v3/conversations/${PARTNERSHIPS}/`));
    assert.equal(calls.length, 30, 'each message once, none twice');
    assert.ok(mostIn(calls, 1_000) <= 7, `${mostIn(calls, 1_000)} in one second`);
    assert.ok(mostIn(calls, 2_000) <= 8, `${mostIn(calls, 2_000)} in two seconds`);
  });

  it('a 429 with Retry-After 2 s holds back that channel for 2 s, while another channel goes on', async () => {
    let throttledAt: number | undefined;
    connector.respond = (call) => {
      if (throttledAt !== undefined || !call.path.startsWith(`/v3/conversations/${PARTNERSHIPS}/`))
        return undefined;
      throttledAt = call.at;
      return { status: 429, headers: { 'retry-after': '2' } };
    };
    // Twenty for the other channel first (some six seconds' worth at its pace), so that some are still waiting
    // when the partnerships channel is throttled, however slow the machine.
    await queue(20, 'cin-cp-crewe', 'request');
    await queue(4, 'partnerships', 'nudge');
    await until(
      'both channels delivered',
      () => connector.delivered(PARTNERSHIPS).length === 4 && connector.delivered(HOS).length === 20,
      30_000,
    );
    assert.ok(throttledAt !== undefined);
    const afterThrottle = connector.calls.filter(
      (c) => c.path.startsWith(`/v3/conversations/${PARTNERSHIPS}/`) && c.at > throttledAt!,
    );
    const waited = afterThrottle[0]!.at - throttledAt!;
    assert.ok(waited >= 2_000, `the next call to the throttled channel came ${waited} ms after the 429`);
    const others = connector.calls.filter((c) => c.path.startsWith(`/v3/conversations/${HOS}/`));
    assert.ok(
      others.some((c) => c.at > throttledAt! && c.at < throttledAt! + 2_000),
      'the other channel was sent to inside the 2 s',
    );
  });
});
