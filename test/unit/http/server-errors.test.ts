import assert from 'node:assert/strict';
import { createHttpServer, type HttpServer } from '../../../src/http/server';
import { createLogger } from '../../../src/kernel/log';

describe('http server errors', () => {
  const lines: string[] = [];
  let server: HttpServer;
  let baseUrl: string;

  before(async () => {
    server = createHttpServer({
      handleMessages: async () => {
        throw new Error('secret internal detail');
      },
      health: async () => ({ ok: true }),
      log: createLogger((_level, line) => lines.push(line)),
    });
    baseUrl = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  });
  after(() => server.close(0));

  it('answers a handler that throws with 500 and a fixed sentence; the log gets the error', async () => {
    const response = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{"type":"message"}',
    });
    assert.equal(response.status, 500);
    assert.deepEqual(await response.json(), { error: 'Something went wrong on our side.' });
    assert.match(
      lines.at(-1) ?? '',
      /ERROR Request failed .*"path":"\/api\/messages".*secret internal detail/,
    );
  });

  it('lets requests without a body through the JSON-only rule', async () => {
    const response = await fetch(`${baseUrl}/healthz`);
    assert.equal(response.status, 200);
  });
});
