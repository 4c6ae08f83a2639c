import assert from 'node:assert/strict';
import { persona } from '../support/activities';
import { startTestAzurite, uniquePrefix } from '../support/azurite';
import { testClock } from '../support/clock';
import { startLocalJwks, TEST_CLIENT_ID, TEST_TENANT_ID, type LocalJwks } from '../support/jwks';
import { seedExampleDirectory } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';

const HOST = 'visits.council.example';

/**
 * The tab's API as deployed (bot credentials set, so no local mode): every call is named by its Teams SSO token,
 * verified on the real path against a JWKS served locally, and each endpoint checks the role the token's person has.
 */
describe('the tab’s API signed in with Teams SSO tokens (app as deployed, keys from a local JWKS)', function () {
  this.timeout(60_000);
  const clock = testClock();
  let azurite: Awaited<ReturnType<typeof startTestAzurite>>;
  let jwks: LocalJwks;
  let app: TestApp;

  before(async () => {
    azurite = await startTestAzurite();
    const prefix = uniquePrefix();
    await seedExampleDirectory(azurite.connectionString, prefix);
    jwks = await startLocalJwks(clock);
    app = await startTestApp(
      {
        AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
        TABLE_PREFIX: prefix,
        MicrosoftAppId: TEST_CLIENT_ID,
        MicrosoftAppPassword: 'not-used-by-these-tests',
        MicrosoftAppTenantId: TEST_TENANT_ID,
        PUBLIC_HOSTNAME: HOST,
      },
      clock,
      { dispatch: false, ssoKeysUrl: jwks.keysUrl },
    );
  });
  after(async () => {
    await app?.stop();
    await jwks?.close();
    await azurite?.stop();
  });

  const call = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${app.baseUrl}${path}`, { headers });
    return { status: res.status, body: (await res.json()) as { error?: string; person?: { name: string } } };
  };
  const bearer = async (claims: Record<string, unknown>) => ({
    authorization: `Bearer ${await jwks.mintToken(claims)}`,
  });

  it('names the caller from a good token, for either audience Teams may ask for', async () => {
    for (const aud of [TEST_CLIENT_ID, `api://${HOST}/${TEST_CLIENT_ID}`]) {
      const me = await call('/api/me', await bearer({ oid: persona.partnerships.aadObjectId, aud }));
      assert.equal(me.status, 200, JSON.stringify(me.body));
      assert.equal(me.body.person?.name, persona.partnerships.name);
    }
  });

  it('answers 401 with a sentence without a token, and ignores local mode’s X-Local-User', async () => {
    for (const headers of [{}, { 'x-local-user': persona.partnerships.aadObjectId }] as Record<
      string,
      string
    >[]) {
      const refused = await call('/api/overview', headers);
      assert.equal(refused.status, 401);
      assert.equal(refused.body.error, 'Sign in to Teams to use this tab.');
    }
    assert.equal((await call('/api/local/people')).status, 404, 'no act-as picker outside local mode');
  });

  it('refuses tokens from another tenant, for another app, expired or without the scope (401)', async () => {
    const now = Math.floor(clock.now().getTime() / 1000);
    const oid = persona.partnerships.aadObjectId;
    const foreign = 'f0f0f0f0-0000-4000-8000-000000000001';
    for (const claims of [
      { oid, tid: foreign, iss: `https://login.microsoftonline.com/${foreign}/v2.0` },
      { oid, aud: 'api://elsewhere.example/11111111-1111-4111-8111-111111111111' },
      { oid, exp: now - 3600 },
      { oid, scp: 'User.Read' },
    ]) {
      const refused = await call('/api/me', await bearer(claims));
      assert.equal(refused.status, 401, JSON.stringify(claims));
      assert.match(refused.body.error ?? '', /reload the tab/);
    }
    assert.equal(
      jwks.fetches('f0f0f0f0-0000-4000-8000-000000000001'),
      0,
      'no keys fetched for a foreign tenant',
    );
  });

  it('answers 403 to a valid token for someone not in the directory, and to a councillor on partnerships pages', async () => {
    const stranger = await call('/api/me', await bearer({ oid: 'b0b0b0b0-0000-4000-8000-000000000009' }));
    assert.equal(stranger.status, 403);
    assert.match(stranger.body.error ?? '', /not in Frontline Visits' directory/);
    const councillor = await bearer({ oid: persona.councillor.aadObjectId });
    assert.equal((await call('/api/my-visits', councillor)).status, 200);
    const overview = await call('/api/overview', councillor);
    assert.equal(overview.status, 403);
    assert.match(overview.body.error ?? '', /partnerships/i);
  });
});
