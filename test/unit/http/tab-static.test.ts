import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import restify from 'restify';
import { mountTab } from '../../../src/http/tab-static';

describe('the tab served under /tab/', () => {
  let dir: string;
  let server: restify.Server;
  let base: string;
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'tab-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>Visits</title>');
    await writeFile(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    await writeFile(path.join(dir, 'secret.txt'), 'not for the web');
    server = restify.createServer();
    mountTab(server, dir);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  after(async () => {
    server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers every page path with the single page, never cached, framed only by Microsoft 365 hosts', async () => {
    for (const page of ['/tab/', '/tab/configure', '/tab/channel']) {
      const res = await fetch(base + page);
      assert.equal(res.status, 200, page);
      assert.match(await res.text(), /<title>Visits<\/title>/);
      assert.equal(res.headers.get('cache-control'), 'no-cache');
      const csp = res.headers.get('content-security-policy') ?? '';
      const ancestors = /frame-ancestors ([^;]+)/.exec(csp)?.[1]?.split(' ') ?? [];
      assert.ok(ancestors.includes('https://teams.microsoft.com'), csp);
      assert.ok(ancestors.includes('https://*.cloud.microsoft'), csp);
      assert.ok(ancestors.includes('https://outlook.office.com'), csp);
      assert.ok(!ancestors.includes('*') && !ancestors.some((a) => a.startsWith('http:')), csp);
      assert.match(csp, /script-src 'self'(;|$)/, 'no inline or remote scripts');
      assert.equal(res.headers.get('x-frame-options'), null, 'X-Frame-Options would stop Teams framing it');
    }
  });

  it('caches hashed assets for a year, and answers 404 for a missing one', async () => {
    const asset = await fetch(`${base}/tab/assets/index-abc123.js`);
    assert.equal(asset.status, 200);
    assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.match(asset.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.equal(await asset.text(), 'console.log(1)');
    assert.equal((await fetch(`${base}/tab/assets/gone-000.js`)).status, 404);
    assert.equal((await fetch(`${base}/tab/assets/%E0%A4%A.js`)).status, 404, 'a broken escape is no file');
  });

  it('serves nothing outside assets/, however the path is spelled', async () => {
    for (const sneaky of [
      '/tab/assets/../secret.txt',
      '/tab/assets/%2e%2e/secret.txt',
      '/tab/assets/..%2fsecret.txt',
    ]) {
      const res = await fetch(base + sneaky);
      assert.doesNotMatch(await res.text(), /not for the web/, sneaky);
    }
  });

  it('says the tab is not built (503) rather than a blank page when dist/tab is missing', async () => {
    const bare = restify.createServer();
    mountTab(bare, path.join(dir, 'nowhere'));
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    const res = await fetch(`http://127.0.0.1:${(bare.address() as { port: number }).port}/tab/`);
    bare.close();
    assert.equal(res.status, 503);
    assert.match(await res.text(), /npm run build/);
  });
});
