import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ManagedIdentityServiceClientCredentialsFactory } from 'botframework-connector';
import { readConfig } from '../../src/config';
import { createBotAuthentication } from '../../src/teams/adapter';
import { createSender } from '../../src/teams/sender';
import { startIdentityEndpoint, type IdentityEndpoint } from '../support/identity-endpoint';

const IDENTITY = '11111111-2222-4333-8444-555555555555';
const TENANT = '66666666-7777-4888-8999-000000000000';

/** A Bot Connector stand-in that records the Authorization header of each call. */
async function startConnector(): Promise<{ url: string; authorizations: string[]; close(): Promise<void> }> {
  const authorizations: string[] = [];
  const server = http.createServer((req, res) => {
    authorizations.push(req.headers.authorization ?? '(none)');
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' }); // restify's patch returns nothing to chain
      res.end('{"id":"a-1"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    authorizations,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('the bot as a user-assigned managed identity (MicrosoftAppType=UserAssignedMSI)', () => {
  let endpoint: IdentityEndpoint;
  const saved: Record<string, string | undefined> = {};

  before(async () => {
    endpoint = await startIdentityEndpoint((resource, clientId) => `token-for-${clientId}-at-${resource}`);
    // What App Service sets in a process with a managed identity; @azure/identity reads it from the environment.
    for (const [name, value] of Object.entries(endpoint.env)) {
      saved[name] = process.env[name];
      process.env[name] = value;
    }
  });
  after(async () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await endpoint.close();
  });

  it('sends proactive messages with a token the managed identity endpoint issued for the identity, no secret', async () => {
    const config = readConfig({
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppId: IDENTITY,
      MicrosoftAppTenantId: TENANT,
      TAB_APP_ID: TENANT,
    });
    assert.equal(config.bot.kind, 'entra');
    const auth = createBotAuthentication(config.bot);
    // botbuilder's internals: the managed identity factory, not the password one (pinned to botbuilder 4.23).
    const factory = (auth as unknown as { inner: { credentialsFactory: { inner: unknown } } }).inner
      .credentialsFactory.inner;
    assert.ok(factory instanceof ManagedIdentityServiceClientCredentialsFactory);

    const connector = await startConnector();
    try {
      const send = createSender(auth, IDENTITY);
      const target = {
        serviceUrl: connector.url,
        conversationId: 'a:personal-chat',
        conversationType: 'personal',
        tenantId: TENANT,
      };
      const result = await send(target, { text: 'Your visit is booked.' });
      assert.deepEqual(result, { ok: true, activityId: 'a-1' });
      assert.deepEqual(connector.authorizations, [
        `Bearer token-for-${IDENTITY}-at-https://api.botframework.com`,
      ]);
      assert.deepEqual(endpoint.requests, [
        {
          resource: 'https://api.botframework.com',
          clientId: IDENTITY,
          identityHeader: endpoint.env.IDENTITY_HEADER,
        },
      ]);
    } finally {
      await connector.close();
    }
  });
});
