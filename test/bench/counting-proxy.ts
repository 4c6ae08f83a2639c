import http from 'node:http';
import { freePort } from '../support/free-port';

/** A pass-through HTTP proxy in front of Azurite that counts the requests made to storage. */
export interface CountingProxy {
  readonly port: number;
  /** Requests passed through so far. */
  count(): number;
  /** Bytes of response bodies passed back so far. */
  bytes(): number;
  /** Bytes of request bodies sent so far (as declared in Content-Length, where given). */
  sent(): number;
  close(): void;
}

export async function countingProxy(targetPort: number): Promise<CountingProxy> {
  let requests = 0;
  let bytes = 0;
  let sent = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const server = http.createServer((req, res) => {
    requests++;
    const upstream = http.request(
      { host: '127.0.0.1', port: targetPort, method: req.method, path: req.url, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.on('data', (chunk: Buffer) => (bytes += chunk.length));
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      // Storage may answer (413) and close before a large body is all sent: still read it, pass the answer on.
      req.unpipe(upstream);
      req.resume();
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    // The body's declared length, so that a body storage refused part-way is counted whole.
    const length = Number(req.headers['content-length']);
    if (Number.isFinite(length)) sent += length;
    else req.on('data', (chunk: Buffer) => (sent += chunk.length));
    req.pipe(upstream);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    count: () => requests,
    bytes: () => bytes,
    sent: () => sent,
    close: () => server.close(),
  };
}
