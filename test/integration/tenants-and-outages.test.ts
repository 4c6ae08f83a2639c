import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startAzurite, type RunningAzurite } from '../../src/storage/azurite';
import { messageActivity, OTHER_TENANT, personalChat, persona, TENANT } from '../support/activities';
import { startTestAzurite, uniquePrefix } from '../support/azurite';
import { StandInConnector } from '../support/connector';
import { freePort } from '../support/free-port';
import { startTestApp, type TestApp } from '../support/test-app';

describe('tenant filter', () => {
  let azurite: Awaited<ReturnType<typeof startTestAzurite>>;
  let connector: StandInConnector;
  let bot: TestApp;

  before(async () => {
    azurite = await startTestAzurite();
    connector = await new StandInConnector().start();
    bot = await startTestApp({
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      TABLE_PREFIX: uniquePrefix(),
      ALLOWED_TENANT_IDS: TENANT,
    });
  });
  after(async () => {
    await bot?.stop();
    await connector?.stop();
    await azurite?.stop();
  });
  beforeEach(() => connector.clear());

  it('serves the allowed tenant', async () => {
    await bot.post(messageActivity(connector.url, persona.councillor, 'help'));
    assert.equal(connector.sent().length, 1);
  });

  it('drops an activity from another tenant: no reply, a warning in the log', async () => {
    const foreign = messageActivity(connector.url, persona.councillor, 'help', {
      ...personalChat(persona.councillor),
      tenantId: OTHER_TENANT,
    });
    assert.equal(await bot.post(foreign), 200);
    assert.deepEqual(connector.calls, []);
    assert.match(
      bot.logs.at(-1) ?? '',
      new RegExp(`WARN .*tenant that is not allowed.*"tenant":"${OTHER_TENANT}"`),
    );
  });

  it('drops an activity that names no tenant at all', async () => {
    const activity = messageActivity(connector.url, persona.councillor, 'help');
    const { conversation } = activity as { conversation: Record<string, unknown> };
    delete conversation.tenantId;
    delete activity.channelData;
    await bot.post(activity);
    assert.deepEqual(connector.calls, []);
    assert.match(bot.logs.at(-1) ?? '', /"tenant":"\(none\)"/);
  });
});

describe('storage outage', () => {
  let azurite: RunningAzurite;
  let port: number;
  let dataDir: string;
  let connector: StandInConnector;
  let bot: TestApp;

  before(async () => {
    port = await freePort();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'fv-outage-'));
    azurite = await startAzurite({ port, dataDir });
    connector = await new StandInConnector().start();
    bot = await startTestApp({
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      TABLE_PREFIX: uniquePrefix(),
    });
  });
  after(async () => {
    await bot?.stop();
    await connector?.stop();
    await azurite?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const health = async (): Promise<{ status: number; body: Record<string, unknown> }> => {
    const response = await fetch(`${bot.baseUrl}/healthz`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('healthz answers 200 while storage answers', async () => {
    assert.deepEqual(await health(), { status: 200, body: { status: 'ok' } });
  });

  it('with storage down: healthz 503 with a reason, and a person gets an apology with a reference', async () => {
    await azurite.stop();
    const { status, body } = await health();
    assert.equal(status, 503);
    assert.equal(body.status, 'unavailable');
    assert.match(String(body.reason), /^table storage did not answer: /);

    connector.clear();
    assert.equal(await bot.post(messageActivity(connector.url, persona.councillor, 'whoami')), 200);
    const reply = String(connector.sent()[0]?.text);
    const reference = /quote reference ([0-9A-F]{8})\.$/.exec(reply)?.[1];
    assert.ok(reference, `apology with a reference, got: ${reply}`);
    assert.ok(
      bot.logs.some((line) => line.includes('Turn failed') && line.includes(`"reference":"${reference}"`)),
    );
  });

  it('recovers by itself when storage is back', async () => {
    azurite = await startAzurite({ port, dataDir });
    const back = await health();
    assert.equal(back.status, 200, JSON.stringify(back.body));
    connector.clear();
    await bot.post(messageActivity(connector.url, persona.stranger, 'whoami'));
    assert.match(String(connector.sent()[0]?.text), /^You are not in the directory yet/);
  });
});
