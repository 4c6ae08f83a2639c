import restify from 'restify';
import type { Logger } from '../kernel/log';
import { mountReportApi, type ReportApiDeps } from './report-api';

export type Health = { ok: true } | { ok: false; reason: string };

export interface HttpDeps {
  /** Hands a Bot Framework POST to the adapter. */
  readonly handleMessages: (req: restify.Request, res: restify.Response) => Promise<void>;
  readonly health: () => Promise<Health>;
  readonly log: Logger;
  /** The committee report's JSON API under /api/report. */
  readonly report?: ReportApiDeps;
}

export interface HttpServer {
  /** Listens on the port (0 picks a free one) and answers the port in use. */
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting, waits for in-flight requests (at most `graceMs`), then closes. */
  close(graceMs?: number): Promise<void>;
}

/** The restify server: POST /api/messages, GET /healthz and the report API. */
export function createHttpServer(deps: HttpDeps): HttpServer {
  const server = restify.createServer({ name: 'frontline-visits', handleUncaughtExceptions: false });
  let inFlight = 0;
  let drained: (() => void) | undefined;

  server.pre((req, res, next) => {
    inFlight++;
    res.once('close', () => {
      inFlight--;
      if (inFlight === 0) drained?.();
    });
    return next();
  });
  server.use(restify.plugins.bodyParser({ maxBodySize: 1024 * 1024, mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    await deps.handleMessages(req, res);
  });
  if (deps.report) mountReportApi(server, deps.report);
  server.get('/healthz', async (_req, res) => {
    const health = await deps.health();
    if (health.ok) res.send(200, { status: 'ok' });
    else {
      deps.log.warn('Health check failed', { reason: health.reason });
      res.send(503, { status: 'unavailable', reason: health.reason });
    }
  });

  return {
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve((server.address() as { port: number }).port);
        });
      }),
    async close(graceMs = 10_000) {
      const closed = new Promise<void>((resolve) => server.server.close(() => resolve()));
      server.server.closeIdleConnections();
      if (inFlight > 0) {
        await Promise.race([
          new Promise<void>((resolve) => (drained = resolve)),
          new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref()),
        ]);
      }
      server.server.closeAllConnections();
      await closed;
    },
  };
}
