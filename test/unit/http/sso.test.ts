import assert from 'node:assert/strict';
import { createSsoVerifier, type SsoOptions } from '../../../src/http/sso';
import { testClock } from '../../support/clock';
import { freePort } from '../../support/free-port';
import {
  makeSigningKey,
  startLocalJwks,
  TEST_CLIENT_ID,
  TEST_OID,
  TEST_TENANT_ID,
  type LocalJwks,
} from '../../support/jwks';

const APP_ID_URI = `api://visits.council.example/${TEST_CLIENT_ID}`;
const FOREIGN_TENANT = 'f0f0f0f0-1111-4222-8333-444444444444';

describe('checking the tab sign-in token (real verification against a local JWKS)', () => {
  const clock = testClock();
  let jwks: LocalJwks;
  before(async () => {
    jwks = await startLocalJwks(clock);
  });
  after(() => jwks.close());

  const verifier = (options: Partial<SsoOptions> = {}) =>
    createSsoVerifier({
      clientId: TEST_CLIENT_ID,
      appIdUri: APP_ID_URI,
      allowedTenantIds: [TEST_TENANT_ID],
      keysUrl: jwks.keysUrl,
      clock,
      ...options,
    });

  it('accepts a good token for either audience, the client id or the app id URI, naming its oid and tenant', async () => {
    const check = verifier();
    assert.deepEqual(await check.verify(await jwks.mintToken()), {
      ok: true,
      oid: TEST_OID,
      tid: TEST_TENANT_ID,
    });
    assert.equal((await check.verify(await jwks.mintToken({ aud: APP_ID_URI }))).ok, true);
    assert.equal((await check.verify(await jwks.mintToken({ scp: 'User.Read access_as_user' }))).ok, true);
  });

  it('fetches a tenant key set once and reuses it', async () => {
    const before = jwks.fetches(TEST_TENANT_ID);
    const check = verifier();
    for (let i = 0; i < 3; i++) assert.equal((await check.verify(await jwks.mintToken())).ok, true);
    assert.equal(jwks.fetches(TEST_TENANT_ID) - before, 1);
  });

  it('refuses a token for another audience, or the app id URI when none is configured', async () => {
    assert.deepEqual(await verifier().verify(await jwks.mintToken({ aud: 'api://elsewhere.example/x' })), {
      ok: false,
      reason: 'audience',
    });
    const uriToken = await jwks.mintToken({ aud: APP_ID_URI });
    assert.deepEqual(await verifier({ appIdUri: undefined }).verify(uriToken), {
      ok: false,
      reason: 'audience',
    });
  });

  it('refuses a token whose issuer is not its tenant v2 issuer', async () => {
    for (const iss of [
      `https://sts.windows.net/${TEST_TENANT_ID}/`,
      `https://login.microsoftonline.com/${FOREIGN_TENANT}/v2.0`,
      'https://login.microsoftonline.com/common/v2.0',
    ]) {
      assert.deepEqual(
        await verifier().verify(await jwks.mintToken({ iss })),
        { ok: false, reason: 'issuer' },
        iss,
      );
    }
  });

  it('refuses a foreign tenant without fetching its keys', async () => {
    const token = await jwks.mintToken({ tid: FOREIGN_TENANT });
    assert.deepEqual(await verifier().verify(token), { ok: false, reason: 'tenant' });
    assert.equal(jwks.fetches(FOREIGN_TENANT), 0);
    assert.deepEqual(await verifier({ allowedTenantIds: [] }).verify(await jwks.mintToken()), {
      ok: false,
      reason: 'tenant',
    });
  });

  it('judges expiry by the injected clock, with the tolerance: accepted in 2031, refused just past it', async () => {
    const later = testClock(new Date('2031-06-01T09:00:00Z'));
    const at2031 = await startLocalJwks(later);
    try {
      const check = verifier({ clock: later, keysUrl: at2031.keysUrl, clockToleranceSec: 60 });
      assert.equal((await check.verify(await at2031.mintToken())).ok, true);
      const now = Math.floor(later.now().getTime() / 1000);
      assert.equal((await check.verify(await at2031.mintToken({ exp: now - 30 }))).ok, true);
      assert.deepEqual(await check.verify(await at2031.mintToken({ exp: now - 120 })), {
        ok: false,
        reason: 'expired',
      });
      assert.deepEqual(await check.verify(await at2031.mintToken({ nbf: now + 600 })), {
        ok: false,
        reason: 'not-yet-valid',
      });
      later.advance(3_600_000);
      assert.deepEqual(await check.verify(await at2031.mintToken({ exp: now + 1800 })), {
        ok: false,
        reason: 'expired',
      });
    } finally {
      await at2031.close();
    }
  });

  it('refuses a token without the access_as_user scope, or without exp or oid', async () => {
    for (const scp of [undefined, 'User.Read', 'access_as_users']) {
      assert.deepEqual(await verifier().verify(await jwks.mintToken({ scp })), {
        ok: false,
        reason: 'scope',
      });
    }
    const appOnly = await jwks.mintToken({ scp: undefined, roles: ['access_as_user'] });
    assert.deepEqual(await verifier().verify(appOnly), { ok: false, reason: 'scope' });
    assert.deepEqual(await verifier().verify(await jwks.mintToken({ oid: undefined })), {
      ok: false,
      reason: 'no-oid',
    });
    assert.deepEqual(await verifier().verify(await jwks.mintToken({ exp: undefined })), {
      ok: false,
      reason: 'claims',
    });
  });

  it('refuses a token signed by another key, under the published kid or its own', async () => {
    const stranger = await makeSigningKey();
    const sameKid = await jwks.mintToken({}, { key: stranger, kid: jwks.key.kid });
    assert.deepEqual(await verifier().verify(sameKid), { ok: false, reason: 'signature' });
    assert.deepEqual(await verifier().verify(await jwks.mintToken({}, { key: stranger })), {
      ok: false,
      reason: 'unknown-key',
    });
  });

  it('refuses a token that is not a JWT, or is unsigned', async () => {
    assert.deepEqual(await verifier().verify('not-a-token'), { ok: false, reason: 'malformed' });
    const [, body] = (await jwks.mintToken()).split('.');
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${body}.`;
    const refused = await verifier().verify(unsigned);
    assert.equal(refused.ok, false);
  });

  it('says the keys are unavailable when the key endpoint does not answer', async () => {
    const closed = await freePort();
    const check = verifier({ keysUrl: () => `http://127.0.0.1:${closed}/keys` });
    assert.deepEqual(await check.verify(await jwks.mintToken()), { ok: false, reason: 'keys-unavailable' });
  });
});
