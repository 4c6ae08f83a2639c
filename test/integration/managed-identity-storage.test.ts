import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { stopChild } from '../../src/storage/azurite';
import { freePort } from '../support/free-port';
import { startIdentityEndpoint, type IdentityEndpoint } from '../support/identity-endpoint';
import { uniquePrefix } from '../support/azurite';

const ACCOUNT_HOST = 'devstoreaccount1.table.core.windows.net';
const IDENTITY = '11111111-2222-4333-8444-555555555555';
const TENANT = '66666666-7777-4888-8999-000000000000';

/** A test CA and a certificate it signed for the account's real host name (and 127.0.0.1). */
function makeCertificates(dir: string): { ca: string; cert: string; key: string } {
  const file = (name: string): string => path.join(dir, name);
  const openssl = (...args: string[]): void => void execFileSync('openssl', args, { stdio: 'ignore' });
  openssl(
    ...[
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=Frontline Visits test CA',
    ],
    ...['-keyout', file('ca.key'), '-out', file('ca.pem')],
    ...['-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign'],
  );
  writeFileSync(file('leaf.ext'), `subjectAltName=DNS:${ACCOUNT_HOST},IP:127.0.0.1\n`);
  openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-subj',
    `/CN=${ACCOUNT_HOST}`,
    '-keyout',
    file('leaf.key'),
    '-out',
    file('leaf.csr'),
  );
  openssl(
    ...['x509', '-req', '-in', file('leaf.csr'), '-CA', file('ca.pem'), '-CAkey', file('ca.key')],
    ...['-CAcreateserial', '-days', '1', '-extfile', file('leaf.ext'), '-out', file('leaf.pem')],
  );
  return { ca: file('ca.pem'), cert: file('leaf.pem'), key: file('leaf.key') };
}

/** An access token as Entra ID issues one for storage; Azurite's `--oauth basic` checks its claims, not its signature. */
function storageToken(resource: string, clientId: string | undefined): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = {
    aud: resource,
    iss: `https://sts.windows.net/${TENANT}/`,
    iat: now,
    nbf: now,
    exp: now + 3600,
    appid: clientId,
    oid: clientId,
  };
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.not-checked`;
}

/** Azurite's table service over HTTPS with OAuth on: it refuses a request carrying no valid bearer token or key. */
async function startHttpsAzurite(port: number, certs: { cert: string; key: string }): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      require.resolve('azurite/dist/src/table/main.js'),
      ...['--tableHost', '127.0.0.1', '--tablePort', String(port), '--inMemoryPersistence'],
      ...[
        '--disableTelemetry',
        '--skipApiVersionCheck',
        '--oauth',
        'basic',
        '--cert',
        certs.cert,
        '--key',
        certs.key,
      ],
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('successfully started')) resolve();
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`Azurite exited (${code}):\n${output}`)));
  });
  return child;
}

interface Seen {
  readonly connects: string[];
  readonly requests: { method: string; url: string; host: string; authorization: string }[];
}

/**
 * An HTTPS proxy that opens the tunnel itself (the client trusts the test CA): it records each request's
 * Authorization header and passes the request on to Azurite unchanged.
 */
async function startRecordingProxy(certs: { ca: string; cert: string; key: string }, azuritePort: number) {
  const seen: Seen = { connects: [], requests: [] };
  const ca = readFileSync(certs.ca);
  const inside = https.createServer(
    { cert: readFileSync(certs.cert), key: readFileSync(certs.key) },
    (req, res) => {
      seen.requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        host: req.headers.host ?? '',
        authorization: req.headers.authorization ?? '(none)',
      });
      // Azurite reads the account from a production host name, but not inside a batch's sub-requests: pass each
      // request on in its path style (/devstoreaccount1/...), the Authorization header untouched.
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.from(
          Buffer.concat(chunks)
            .toString('latin1')
            .replaceAll(`https://${ACCOUNT_HOST}/`, `https://127.0.0.1:${azuritePort}/devstoreaccount1/`),
          'latin1',
        );
        const headers = {
          ...req.headers,
          host: `127.0.0.1:${azuritePort}`,
          'content-length': String(body.length),
        };
        const onward = https.request(
          {
            host: '127.0.0.1',
            port: azuritePort,
            path: `/devstoreaccount1${req.url}`,
            method: req.method,
            headers,
            ca,
          },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        onward.on('error', (error) => {
          res.writeHead(502); // restify's patch of writeHead returns nothing to chain
          res.end(String(error));
        });
        onward.end(body);
      });
    },
  );
  const proxy = http.createServer((_req, res) => {
    res.writeHead(405);
    res.end();
  });
  proxy.on('connect', (req: http.IncomingMessage, socket: import('node:net').Socket) => {
    seen.connects.push(req.url ?? '');
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    inside.emit('connection', socket);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    seen,
    url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    close: async () => {
      proxy.closeAllConnections();
      inside.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    },
  };
}

/** Runs the app's storage start-up in a child process with `env` as its whole environment. */
function runChild(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(__dirname, '../support/open-storage-child.js')], {
      env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('storage through a managed identity (AZURE_STORAGE_ACCOUNT_URL)', function () {
  this.timeout(120_000);
  let dir: string;
  let certs: { ca: string; cert: string; key: string };
  let azurite: ChildProcess;
  let azuritePort: number;
  let endpoint: IdentityEndpoint;
  let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
  const issued: string[] = [];

  before(async function () {
    try {
      execFileSync('openssl', ['version'], { stdio: 'ignore' });
    } catch {
      // openssl makes the test CA; without it there is no TLS to stand in for the real endpoint
      if (process.env.CI) throw new Error('openssl is required in CI: .ci/run installs it.');
      this.skip();
    }
    dir = mkdtempSync(path.join(os.tmpdir(), 'managed-identity-'));
    certs = makeCertificates(dir);
    azuritePort = await freePort();
    azurite = await startHttpsAzurite(azuritePort, certs);
    endpoint = await startIdentityEndpoint((resource, clientId) => {
      issued.push(storageToken(resource, clientId));
      return issued.at(-1) as string;
    });
    proxy = await startRecordingProxy(certs, azuritePort);
  });
  after(async () => {
    await proxy?.close();
    await endpoint?.close();
    if (azurite) await stopChild(azurite, 'SIGINT');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('Azurite here refuses a request with no token, so a success below is the token at work', async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      https
        .get(
          {
            host: '127.0.0.1',
            port: azuritePort,
            path: '/devstoreaccount1/Tables',
            ca: readFileSync(certs.ca),
          },
          (res) => {
            res.resume();
            resolve(res.statusCode);
          },
        )
        .on('error', reject);
    });
    assert.equal(status, 403);
  });

  it('opens the tables with a bearer token from the identity endpoint, never a key, and reads and writes', async () => {
    const prefix = uniquePrefix();
    const result = await runChild({
      PATH: process.env.PATH,
      AZURE_STORAGE_ACCOUNT_URL: `https://${ACCOUNT_HOST}`,
      TABLE_PREFIX: prefix,
      AZURE_CLIENT_ID: IDENTITY,
      ...endpoint.env,
      // Only for the test: the real account's host reached through the recording proxy, its certificate from the test CA.
      HTTPS_PROXY: proxy.url,
      NO_PROXY: '127.0.0.1',
      NODE_EXTRA_CA_CERTS: certs.ca,
    });
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), {
      description: `Azure Table Storage (account devstoreaccount1, signed in with Microsoft Entra ID, table prefix ${prefix})`,
      name: 'Alex',
    });
    assert.ok(
      proxy.seen.connects.every((target) => target === `${ACCOUNT_HOST}:443`),
      proxy.seen.connects.join(),
    );
    assert.ok(proxy.seen.requests.length >= 17, `${proxy.seen.requests.length} requests`); // 15 tables, a batch, a read
    for (const request of proxy.seen.requests) {
      const bearer = issued.map((token) => `Bearer ${token}`);
      assert.ok(
        bearer.includes(request.authorization),
        `${request.method} ${request.url}: ${request.authorization}`,
      );
      assert.equal(request.host, ACCOUNT_HOST);
    }
    assert.ok(proxy.seen.requests.some((request) => request.url.startsWith('/$batch')));
    assert.ok(endpoint.requests.length >= 1);
    for (const request of endpoint.requests) {
      assert.deepEqual(request, {
        resource: 'https://storage.azure.com',
        clientId: IDENTITY,
        identityHeader: endpoint.env.IDENTITY_HEADER,
      });
    }
  });

  it('with AZURE_TOKEN_CREDENTIALS=ManagedIdentityCredential, start-up fails at once naming it when the endpoint refuses', async () => {
    const result = await runChild({
      PATH: process.env.PATH,
      AZURE_STORAGE_ACCOUNT_URL: `https://${ACCOUNT_HOST}`,
      TABLE_PREFIX: uniquePrefix(),
      AZURE_TOKEN_CREDENTIALS: 'ManagedIdentityCredential',
      ...endpoint.env,
      IDENTITY_HEADER: 'wrong',
      HTTPS_PROXY: proxy.url,
      NO_PROXY: '127.0.0.1',
      NODE_EXTRA_CA_CERTS: certs.ca,
    });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /ManagedIdentityCredential/);
  });
});
