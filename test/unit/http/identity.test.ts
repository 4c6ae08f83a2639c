import assert from 'node:assert/strict';
import type restify from 'restify';
import type { Person } from '../../../src/directory/types';
import { createIdentify } from '../../../src/http/identity';

const SAM: Person = {
  aadObjectId: 'sam-id',
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

describe('who is calling the API', () => {
  it('in local mode, the person named by X-Local-User, from this machine, by its loopback name', async () => {
    const identify = createIdentify('local', directory);
    assert.equal(await identify(request({ host: '127.0.0.1:3978', 'x-local-user': 'SAM-ID' })), SAM);
    assert.equal(await identify(request({ host: 'localhost:3978', 'x-local-user': 'sam-id' }, '::1')), SAM);
  });

  it('nobody when the request is relayed, comes under another host name (DNS rebinding), or names no one', async () => {
    const identify = createIdentify('local', directory);
    assert.equal(
      await identify(request({ host: '127.0.0.1:3978', 'x-local-user': 'sam-id' }, '10.0.0.5')),
      undefined,
    );
    assert.equal(await identify(request({ host: 'evil.example:3978', 'x-local-user': 'sam-id' })), undefined);
    assert.equal(await identify(request({ host: '127.0.0.1:3978' })), undefined);
    assert.equal(
      await identify(request({ host: '127.0.0.1:3978', 'x-local-user': 'someone-else' })),
      undefined,
    );
  });

  it('nobody outside local mode, whatever the headers say', async () => {
    const identify = createIdentify('signed-in-only', directory);
    assert.equal(await identify(request({ host: '127.0.0.1:3978', 'x-local-user': 'sam-id' })), undefined);
  });
});
