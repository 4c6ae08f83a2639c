import assert from 'node:assert/strict';
import type restify from 'restify';
import type { Person } from '../../../src/directory/types';
import { createIdentify } from '../../../src/http/identity';
import { createSsoVerifier } from '../../../src/http/sso';
import { createLogger } from '../../../src/kernel/log';
import { testClock } from '../../support/clock';
import { startLocalJwks, TEST_CLIENT_ID, TEST_OID, TEST_TENANT_ID, type LocalJwks } from '../../support/jwks';

const SAM: Person = {
  aadObjectId: TEST_OID,
  name: 'Sam Okafor',
  email: 'sam@council.example',
  role: 'partnerships',
};
const directory = { person: async (id: string) => (id === SAM.aadObjectId ? SAM : undefined) };

/** A request as restify hands it over: its headers and the address it came from. */
const request = (headers: Record<string, string>, remoteAddress = '127.0.0.1') =>
  ({
    header: (name: string) => headers[name.toLowerCase()],
    socket: { remoteAddress },
  }) as unknown as restify.Request;

const logged: string[] = [];
const log = createLogger((_level, line) => logged.push(line));
const local = createIdentify({ kind: 'local' }, directory, log);
const LOCALHOST = { host: '127.0.0.1:3978' };

describe('who is calling the API, in local mode', () => {
  it('is the person named by X-Local-User, from this machine, by its loopback name', async () => {
    assert.deepEqual(await local(request({ ...LOCALHOST, 'x-local-user': TEST_OID.toUpperCase() })), {
      ok: true,
      person: SAM,
    });
    assert.deepEqual(await local(request({ host: 'localhost:3978', 'x-local-user': TEST_OID }, '::1')), {
      ok: true,
      person: SAM,
    });
  });

  it('is nobody (401) when the request is relayed or comes under another host name (DNS rebinding)', async () => {
    for (const req of [
      request({ ...LOCALHOST, 'x-local-user': TEST_OID }, '10.0.0.5'),
      request({ host: 'evil.example:3978', 'x-local-user': TEST_OID }),
    ]) {
      const caller = await local(req);
      assert.equal(caller.ok, false);
      assert.equal(!caller.ok && caller.status, 401);
    }
  });

  it('asks to choose someone (401) when no one is named, and refuses (403) an id not in the directory', async () => {
    assert.deepEqual(await local(request(LOCALHOST)), {
      ok: false,
      status: 401,
      error: 'Choose who to act as: local mode has no sign-in.',
    });
    const stranger = await local(request({ ...LOCALHOST, 'x-local-user': 'someone-else' }));
    assert.equal(!stranger.ok && stranger.status, 403);
  });
});

describe('who is calling the API, signed in to Teams', () => {
  const clock = testClock();
  let jwks: LocalJwks;
  let sso: ReturnType<typeof createIdentify>;
  before(async () => {
    jwks = await startLocalJwks(clock);
    const verifier = createSsoVerifier({
      clientId: TEST_CLIENT_ID,
      allowedTenantIds: [TEST_TENANT_ID],
      keysUrl: jwks.keysUrl,
      clock,
    });
    sso = createIdentify({ kind: 'sso', verifier }, directory, log);
  });
  after(() => jwks.close());
  beforeEach(() => (logged.length = 0));

  const bearer = (token: string) =>
    request({ host: 'visits.council.example', authorization: `Bearer ${token}` });

  it('is the directory person the verified token names', async () => {
    assert.deepEqual(await sso(bearer(await jwks.mintToken())), { ok: true, person: SAM });
  });

  it('is nobody (401, sign in) without a bearer token, or with a malformed header', async () => {
    for (const headers of [
      {} as Record<string, string>,
      { authorization: 'Basic c2FtOnNlY3JldA==' },
      { authorization: 'Bearer ' },
    ]) {
      assert.deepEqual(await sso(request(headers)), {
        ok: false,
        status: 401,
        error: 'Sign in to Teams to use this tab.',
      });
    }
  });

  it('ignores X-Local-User, even from this machine', async () => {
    const caller = await sso(request({ ...LOCALHOST, 'x-local-user': TEST_OID }));
    assert.equal(caller.ok, false);
    assert.equal(!caller.ok && caller.status, 401);
  });

  it('says an expired sign-in needs a reload, and logs the reason but never the token', async () => {
    const now = Math.floor(clock.now().getTime() / 1000);
    const token = await jwks.mintToken({ exp: now - 600 });
    assert.deepEqual(await sso(bearer(token)), {
      ok: false,
      status: 401,
      error: 'Your sign-in has expired: reload the tab.',
    });
    assert.equal(logged.length, 1);
    assert.match(logged[0] ?? '', /"reason":"expired"/);
    assert.ok(!logged.join('\n').includes(token.split('.')[2] ?? '-'));
  });

  it('refuses any other bad token (401) with a sentence that says what to do', async () => {
    const caller = await sso(bearer(await jwks.mintToken({ aud: 'api://elsewhere.example/x' })));
    assert.deepEqual(caller, {
      ok: false,
      status: 401,
      error: 'Your sign-in could not be checked: reload the tab, or ask IT if it keeps happening.',
    });
    assert.match(logged[0] ?? '', /"reason":"audience"/);
  });

  it('answers 503, try again, when the tenant\'s keys cannot be fetched (not "sign in again")', async () => {
    const unreachable = createSsoVerifier({
      clientId: TEST_CLIENT_ID,
      allowedTenantIds: [TEST_TENANT_ID],
      keysUrl: () => 'http://127.0.0.1:9/keys',
      clock,
    });
    const caller = await createIdentify(
      { kind: 'sso', verifier: unreachable },
      directory,
      log,
    )(bearer(await jwks.mintToken()));
    assert.deepEqual(caller, {
      ok: false,
      status: 503,
      error:
        "Microsoft's sign-in service is not answering, so your sign-in could not be checked. Try again in a minute.",
    });
  });

  it('refuses (403) a valid token whose oid is not in the directory, logging the oid', async () => {
    const oid = 'b0b0b0b0-0000-4000-8000-000000000001';
    const caller = await sso(bearer(await jwks.mintToken({ oid })));
    assert.deepEqual(caller, {
      ok: false,
      status: 403,
      error: "You are not in Frontline Visits' directory: ask the partnerships team to add you.",
    });
    assert.match(logged[0] ?? '', new RegExp(`"oid":"${oid}"`));
  });
});
