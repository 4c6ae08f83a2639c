import assert from 'node:assert/strict';
import restify from 'restify';
import { HttpProblem, mountRoutes, ok, type ApiRoute } from '../../../src/http/api-route';
import type { Caller } from '../../../src/http/caller';
import { ConcurrencyConflict } from '../../../src/kernel/errors';
import { createLogger } from '../../../src/kernel/log';

const KEEPERS = { roles: ['partnerships'], refusal: 'Only the partnerships team keeps the rota' } as const;
const outage = Object.assign(new Error('connect ECONNREFUSED'), { name: 'RestError' });

describe('the API route table: one gate, one error handler', () => {
  const lines: string[] = [];
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  let baseUrl = '';

  const route = (path: string, fail?: unknown): ApiRoute => ({
    method: 'post',
    path,
    allowed: KEEPERS,
    async handle(_req, person) {
      if (fail) throw fail;
      return ok({ hello: person.name });
    },
  });
  const callers: Record<string, Caller> = {
    sam: { ok: true, person: { aadObjectId: 'sam', name: 'Sam', email: '', role: 'partnerships' } },
    alex: { ok: true, person: { aadObjectId: 'alex', name: 'Alex', email: '', role: 'councillor' } },
  };
  const post = async (path: string, who?: string) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(who ? { 'x-who': who } : {}) },
      body: JSON.stringify({ answer: 'a councillor wrote this' }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  before(async () => {
    mountRoutes(
      server,
      [
        route('/ok'),
        route('/bad', new HttpProblem(422, 'Choose a date from today on.')),
        route('/conflict', new ConcurrencyConflict()),
        route('/outage', outage),
        route('/bug', new Error('Cannot read x\nof a visit whose answer is: a councillor wrote this')),
      ],
      {
        identify: async (req) =>
          callers[String(req.header('x-who'))] ?? { ok: false, status: 401, error: 'Sign in to Teams.' },
        log: createLogger((_level, line) => lines.push(line)),
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  after(() => server.close());

  it('names the caller, then checks the role, before the handler runs', async () => {
    assert.deepEqual(await post('/ok'), { status: 401, body: { error: 'Sign in to Teams.' } });
    assert.deepEqual(await post('/ok', 'alex'), {
      status: 403,
      body: { error: 'Only the partnerships team keeps the rota.' },
    });
    assert.deepEqual(await post('/ok', 'sam'), { status: 200, body: { hello: 'Sam' } });
  });

  it('answers a refusal, a conflict and an outage with their own status and sentence', async () => {
    assert.deepEqual(await post('/bad', 'sam'), {
      status: 422,
      body: { error: 'Choose a date from today on.' },
    });
    assert.equal((await post('/conflict', 'sam')).status, 409);
    assert.deepEqual(await post('/outage', 'sam'), {
      status: 503,
      body: { error: 'Storage is not answering, so nothing was changed. Try again in a minute.' },
    });
  });

  it('answers anything else with 500 and a reference, logged with the path and the first line only', async () => {
    const { status, body } = await post('/bug', 'sam');
    assert.equal(status, 500);
    const reference = /reference ([0-9a-f]{8})\)/.exec(String(body.error))?.[1];
    assert.ok(reference, String(body.error));
    const logged = lines.find((l) => l.includes(reference))!;
    assert.match(logged, /ERROR API request failed .*"path":"\/bug".*"error":"Cannot read x"/);
    assert.doesNotMatch(lines.join('\n'), /a councillor wrote this/);
  });
});
