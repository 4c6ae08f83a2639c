import assert from 'node:assert/strict';
import type restify from 'restify';
import { HttpProblem, type ApiRoute } from '../../../src/http/api-route';
import { tabRoutes, type TabApiDeps } from '../../../src/http/tab-api';
import type { Person } from '../../../src/directory/types';

const sam: Person = { aadObjectId: 'sam', name: 'Sam', email: 'sam@council.example', role: 'partnerships' };
const request = (host: string, remoteAddress: string) =>
  ({
    header: (name: string) => (name === 'host' ? host : undefined),
    socket: { remoteAddress },
  }) as restify.Request;

describe("the tab's routes", () => {
  const peopleRoute = (localMode: boolean): ApiRoute =>
    tabRoutes({ localMode, people: { list: async () => [sam] } } as unknown as TabApiDeps).find(
      (r) => r.path === '/api/local/people',
    )!;
  const people = (localMode: boolean, host: string, remoteAddress = '127.0.0.1') => {
    const route = peopleRoute(localMode);
    assert.equal(route.allowed, 'no sign-in');
    return route.allowed === 'no sign-in' ? route.handle(request(host, remoteAddress)) : undefined;
  };

  it('lists the directory for the "act as" picker in local mode, without e-mail addresses', async () => {
    assert.deepEqual(await people(true, '127.0.0.1:3978'), {
      status: 200,
      body: { people: [{ aadObjectId: 'sam', name: 'Sam', role: 'partnerships' }] },
    });
  });

  it('has no such list when signed in for real, for a page that re-pointed its own name here, or when relayed', async () => {
    for (const [localMode, host, remote] of [
      [false, '127.0.0.1:3978', '127.0.0.1'],
      [true, 'evil.example:3978', '127.0.0.1'],
      [true, '127.0.0.1:3978', '10.0.0.7'],
    ] as const) {
      await assert.rejects(
        people(localMode, host, remote)!,
        (e: unknown) => e instanceof HttpProblem && e.status === 404,
      );
    }
  });

  it('declares each endpoint of api-types.ts and overview-types.ts once', () => {
    const routes = tabRoutes({} as TabApiDeps);
    const keys = routes.map((r) => `${r.method} ${r.path}`);
    assert.equal(new Set(keys).size, keys.length);
    assert.deepEqual(keys.sort(), [
      'get /api/local/people',
      'get /api/me',
      'get /api/my-actions',
      'get /api/my-responses',
      'get /api/my-visits',
      'get /api/overview',
      'get /api/visits/:visitId',
      'post /api/actions/:serviceId/:actionId',
      'post /api/nudges/snooze',
      'post /api/outbox/retry',
      'post /api/rota/bookings',
      'post /api/rota/bookings/:bookingId/cancel',
      'post /api/rota/bookings/:bookingId/move',
      'post /api/visits/:visitId/actions',
    ]);
  });
});
