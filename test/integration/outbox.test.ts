import assert from 'node:assert/strict';
import { TableClient } from '@azure/data-tables';
import {
  cardActionActivity,
  channel,
  messageActivity,
  persona,
  responseChannel,
  type Persona,
} from '../support/activities';
import { startTestAzurite, uniquePrefix } from '../support/azurite';
import { actionsOf, personAt } from '../support/card-driver';
import { cardOf, cardText } from '../support/cards';
import { TEST_START, testDay } from '../support/clock';
import { StandInConnector, type ConnectorCall } from '../support/connector';
import { seedExampleDirectory } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { settle, until } from '../support/wait';
import { formatDay } from '../../src/kernel/london';

const HOS = responseChannel.conversationId;
const PARTNERSHIPS = channel.conversationId;
const toHos = (c: ConnectorCall): boolean =>
  c.method === 'POST' && c.path.startsWith(`/v3/conversations/${HOS}/`);

describe('outbox delivery: throttling, outages, dead letters and crashes', () => {
  let azurite: Awaited<ReturnType<typeof startTestAzurite>>;
  let connector: StandInConnector;
  let prefix: string;
  let offset = 0;
  /** The run's start, at real speed, plus a jump the test controls, so that retries hours apart take no time. */
  const shift = TEST_START.getTime() - Date.now();
  const clock = { now: () => new Date(Date.now() + shift + offset) };
  const apps: TestApp[] = [];
  const start = async (dispatch = true): Promise<TestApp> => {
    const app = await startTestApp(
      {
        AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
        TABLE_PREFIX: prefix,
        OUTBOX_POLL_MS: '100',
      },
      clock,
      { dispatch },
    );
    apps.push(app);
    return app;
  };
  const say = async (app: TestApp, who: Persona, text: string, where = channel): Promise<void> => {
    assert.equal(await app.post(messageActivity(connector.url, who, text, where)), 200);
  };
  async function submitVisit(app: TestApp): Promise<string> {
    const alex = personAt(app, connector, persona.councillor);
    let card = await alex.click(await alex.say('start'), 'Start the form', {
      serviceId: 'cin-cp-crewe',
      date: testDay(-5),
    });
    const visitId = String(actionsOf(card)[0]?.data.visitId);
    card = await alex.click(card, 'Save & next', { answer: 'Service manager and two social workers' });
    await alex.click(await alex.say('review'), 'Submit');
    return visitId;
  }
  const requestRow = async (visitId: string) => {
    const table = TableClient.fromConnectionString(azurite.connectionString, `${prefix}Visits`, {
      allowInsecureConnection: true,
    });
    return table.getEntity<Record<string, unknown>>(visitId, `outbox|${visitId}.request`);
  };

  beforeEach(async () => {
    offset = 0;
    azurite = await startTestAzurite();
    connector = await new StandInConnector().start();
    prefix = uniquePrefix();
    await seedExampleDirectory(azurite.connectionString, prefix);
    const app = await start();
    await say(app, persona.partnerships, 'link partnerships');
    await say(app, persona.partnerships, 'link cin-cp-crewe', responseChannel);
    connector.clear();
  });
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.stop()));
    await connector?.stop();
    await azurite?.stop();
  });

  it('429 with Retry-After, then 200: delivered once, after the wait', async () => {
    let throttled = false;
    connector.respond = (call) => {
      if (!toHos(call) || throttled) return undefined;
      throttled = true;
      return { status: 429, headers: { 'retry-after': '1' } };
    };
    await submitVisit(apps[0]!);
    await until('delivery', () => connector.delivered(HOS).length === 1, 15_000);
    await settle();
    const calls = connector.calls.filter(toHos);
    assert.deepEqual(
      calls.map((c) => c.status),
      [429, 200],
      'the connector client did not retry on its own',
    );
    assert.ok(calls[1]!.at - calls[0]!.at >= 1000, `waited ${calls[1]!.at - calls[0]!.at} ms`);
  });

  it('503 storm: backs off exponentially, then delivers once', async () => {
    let failures = 0;
    connector.respond = (call) => (toHos(call) && failures++ < 3 ? { status: 503 } : undefined);
    const visitId = await submitVisit(apps[0]!);
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      await until(`attempt ${attempt}`, () => connector.calls.filter(toHos).length === attempt);
      const row = await until('the retry scheduled', async () => {
        const r = await requestRow(visitId);
        return r.attempts === attempt && r.status === 'pending' ? r : undefined;
      });
      delays.push(
        Date.parse(String(row.nextAttemptAt)) -
          (connector.calls.filter(toHos)[attempt - 1]!.at + shift + offset),
      );
      offset += 10 * 60_000; // jump past the backoff
    }
    await until('sent', async () => (await requestRow(visitId)).status === 'sent');
    assert.equal(connector.delivered(HOS).length, 1);
    // Full jitter within a doubling ceiling: 1–2 s, 2–4 s, 4–8 s. Measured from when the connector got the call,
    // so the upper bound allows for the dispatcher's own work on a loaded machine; the lower one is exact.
    [
      [1000, 2000],
      [2000, 4000],
      [4000, 8000],
    ].forEach(([low, high], i) =>
      assert.ok(
        delays[i]! >= low! - 100 && delays[i]! <= high! + 1_000,
        `attempt ${i + 1} waited ${delays[i]} ms`,
      ),
    );
  });

  it('a 15-minute connector outage loses nothing: retried until it is back, then delivered once', async () => {
    let down = true;
    connector.respond = (call) => (toHos(call) && down ? { status: 500 } : undefined);
    const visitId = await submitVisit(apps[0]!);
    // Ten failures two minutes apart: more than the old policy's eight attempts, and longer than 15 minutes.
    for (let attempt = 1; attempt <= 10; attempt++) {
      await until(`attempt ${attempt}`, () => connector.calls.filter(toHos).length === attempt);
      await until(`attempt ${attempt} recorded`, async () => {
        const row = await requestRow(visitId);
        return row.attempts === attempt && row.status === 'pending';
      });
      const row = await requestRow(visitId);
      offset = Math.max(offset + 2 * 60_000, Date.parse(String(row.nextAttemptAt)) - Date.now() - shift);
    }
    assert.ok(offset >= 15 * 60_000, `the outage lasted ${offset / 60_000} minutes`);
    down = false;
    await until('sent', async () => (await requestRow(visitId)).status === 'sent');
    assert.equal(connector.delivered(HOS).length, 1);
    assert.equal(connector.calls.filter(toHos).length, 11, 'a 500 is retried, again and again');
    assert.equal(connector.delivered(PARTNERSHIPS).length, 0, 'no delivery failure was reported');
  });

  it('gives up once a message is a day old, tells the partnerships channel, and Retry sends it', async () => {
    let healthy = false;
    connector.respond = (call) => (toHos(call) && !healthy ? { status: 503 } : undefined);
    const visitId = await submitVisit(apps[0]!);
    await until('attempt 1', () => connector.calls.filter(toHos).length === 1);
    await until('attempt 1 recorded', async () => (await requestRow(visitId)).attempts === 1);
    offset += 25 * 60 * 60_000; // OUTBOX_GIVE_UP_HOURS is 24 by default
    await until('dead', async () => (await requestRow(visitId)).status === 'dead');
    assert.equal(connector.calls.filter(toHos).length, 2, 'one more attempt, then given up by age');
    const notice = await until('the partnerships notice', () => connector.delivered(PARTNERSHIPS)[0]);
    assert.match(
      String(notice.body.text),
      new RegExp(
        `could not deliver "Response request: Child in Need / Child Protection, Crewe, visit of ${formatDay(testDay(-5))}" after 2 attempts over 25 hours \\(last error 503\\)`,
      ),
    );

    connector.clear();
    await say(apps[0]!, persona.partnerships, 'outbox');
    const outbox = cardOf(connector.replies().at(-1))!;
    assert.match(
      cardText(outbox),
      /Response request: Child in Need[^\n]*\n\*\*To:\*\* [^\n]*\n\*\*Failed:\*\* Teams answered 503 \(unavailable\)\n/,
    );
    const retry = actionsOf(outbox).find((a) => a.title.startsWith('Retry'))!;
    const refused = await apps[0]!.invoke(
      cardActionActivity(connector.url, persona.councillor, retry.verb, retry.data, channel),
    );
    assert.match(JSON.stringify(refused.body), /Only the partnerships team can retry deliveries/);

    const tried = connector.calls.filter(toHos).length;
    const retried = await apps[0]!.invoke(
      cardActionActivity(connector.url, persona.partnerships, retry.verb, retry.data, channel),
    );
    assert.match(JSON.stringify(retried.body), /Queued again/);
    // Retry gives it a day again: still failing, it is retried, not given up at once for its age.
    await until('tried after Retry', () => connector.calls.filter(toHos).length === tried + 1);
    await until('pending again', async () => {
      const row = await requestRow(visitId);
      return row.status === 'pending' && row.attempts === 1;
    });
    healthy = true;
    offset += 10 * 60_000;
    // The connector sees the post before the dispatcher has recorded it as sent: wait for the record.
    await until('sent after retry', async () => (await requestRow(visitId)).status === 'sent');
    assert.equal(connector.delivered(HOS).length, 1);
  });

  it('a process killed after submit and before dispatch: after restart the request goes out exactly once', async () => {
    await apps.shift()!.stop();
    const crashing = await start(false);
    const visitId = await submitVisit(crashing);
    await settle();
    assert.equal(connector.calls.filter(toHos).length, 0, 'nothing was sent before the crash');
    assert.equal((await requestRow(visitId)).status, 'pending', 'the message was stored with the submission');
    await crashing.stop();
    apps.splice(apps.indexOf(crashing), 1);

    // Two instances restart against the same storage; only one may send it.
    await Promise.all([start(), start()]);
    await until('delivery', () => connector.delivered(HOS).length >= 1);
    await settle(1_000);
    assert.equal(connector.delivered(HOS).length, 1);
    assert.equal((await requestRow(visitId)).status, 'sent');
  });
});
