import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import type { Clock } from '../../src/kernel/clock';

/** The app registration's client id that tokens are minted for by default. */
export const TEST_CLIENT_ID = '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';
/** The tenant that tokens come from by default. */
export const TEST_TENANT_ID = '7e3f9c2a-1b4d-4c6e-9f8a-2d5b7c9e1f3a';
/** The directory person (`oid`) that tokens name by default. */
export const TEST_OID = 'a3c5e7f9-1b2d-4f6a-8c0e-2a4b6c8d0e1f';

/** An RS256 key pair and the `kid` its public half is published under. */
export interface SigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicJwk: JWK;
}

/** A fresh RS256 signing key (not published anywhere until given to a JWKS server). */
export async function makeSigningKey(kid: string = randomUUID()): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}

/** A stand-in for Entra's key endpoint on 127.0.0.1, and a minter of v2 access tokens signed with its key. */
export interface LocalJwks {
  /** For `createSsoVerifier({ keysUrl })`: this server's `/<tid>/discovery/v2.0/keys`. */
  readonly keysUrl: (tid: string) => string;
  /** The key it publishes and signs with by default. */
  readonly key: SigningKey;
  /** How many times a tenant's keys were fetched. */
  fetches(tid: string): number;
  /** A signed v2 token (TEST_* ids, valid an hour from the clock's now); an `undefined` override drops a claim. */
  mintToken(
    overrides?: Record<string, unknown>,
    options?: { key?: SigningKey; kid?: string },
  ): Promise<string>;
  close(): Promise<void>;
}

/** Starts a JWKS server on a free loopback port; tokens' times follow `clock`. */
export async function startLocalJwks(clock: Clock): Promise<LocalJwks> {
  const key = await makeSigningKey();
  const counts = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const tid = /^\/([^/]+)\/discovery\/v2\.0\/keys$/.exec(req.url ?? '')?.[1];
    // restify patches ServerResponse.writeHead without returning the response, so no chaining here.
    if (!tid) {
      res.statusCode = 404;
      return void res.end();
    }
    counts.set(tid, (counts.get(tid) ?? 0) + 1);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [key.publicJwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    keysUrl: (tid) => `http://127.0.0.1:${port}/${tid}/discovery/v2.0/keys`,
    key,
    fetches: (tid) => counts.get(tid) ?? 0,
    async mintToken(overrides = {}, options = {}) {
      const now = Math.floor(clock.now().getTime() / 1000);
      const tid = typeof overrides.tid === 'string' ? overrides.tid : TEST_TENANT_ID;
      const claims: Record<string, unknown> = {
        aud: TEST_CLIENT_ID,
        iss: `https://login.microsoftonline.com/${tid}/v2.0`,
        iat: now - 60,
        nbf: now - 60,
        exp: now + 3540,
        azp: '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
        name: 'Sam Okafor',
        oid: TEST_OID,
        preferred_username: 'sam.okafor@council.example',
        scp: 'access_as_user',
        sub: 'pQ7yR2sT9uV4wX6zA1bC3dE5fG8hJ0kL',
        tid,
        ver: '2.0',
        ...overrides,
      };
      const payload = Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
      const signer = options.key ?? key;
      return new SignJWT(payload)
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: options.kid ?? signer.kid })
        .sign(signer.privateKey);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
