import { STATUS_CODES } from 'node:http';
import restify from 'restify';
import type { Logger } from '../kernel/log';
import { mountRoutes } from './api-route';
import { auditRoutes, type AuditRoutesDeps } from './audit-routes';
import type { Identify } from './caller';
import { holdRoutes, type HoldRoutesDeps } from './hold-routes';
import { recordsRoutes } from './records-routes';
import type { SubjectAccessDeps } from '../records/subject-access';
import { reportRoutes, type ReportApiDeps } from './report-api';
import { tabRoutes, type TabApiDeps } from './tab-api';
import { mountTab } from './tab-static';

export type Health = { ok: true } | { ok: false; reason: string };

export interface HttpDeps {
  /** Hands a Bot Framework POST to the adapter. */
  readonly handleMessages: (req: restify.Request, res: restify.Response) => Promise<void>;
  readonly health: () => Promise<Health>;
  readonly log: Logger;
  /** The JSON API under /api: the Teams tab's and the committee report's. */
  readonly api?: ApiDeps;
  /** The built tab's folder (default: dist/tab). */
  readonly tabDir?: string;
}

/** What the JSON API needs: who is calling, the use cases, and where to log. */
export interface ApiDeps
  extends TabApiDeps, Omit<ReportApiDeps, 'directory'>, Omit<AuditRoutesDeps, 'directory'> {
  readonly identify: Identify;
  readonly log: Logger;
  /** Subject access (the Records page's export); its routes are mounted when given. */
  readonly records?: SubjectAccessDeps;
  /** Legal holds (the Records page's list, place and lift); its routes are mounted when given. */
  readonly holds?: HoldRoutesDeps;
}

export interface HttpServer {
  /** Listens on the port (0 picks a free one) and answers the port in use. */
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting, waits for in-flight requests (at most `graceMs`), then closes. */
  close(graceMs?: number): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Request bodies are uncompressed JSON or nothing: Bot Framework and the report API both send JSON. Anything else is
 * refused unread: restify's form parser builds objects from it, its multipart parser writes files to disk, and its
 * gzip reader neither limits the unzipped size nor catches a corrupt stream (which would end the process).
 */
function jsonBodiesOnly(req: restify.Request, res: restify.Response, next: restify.Next): void {
  if (!req.getContentLength() && !req.isChunked()) return next();
  if (req.headers['content-encoding'] !== undefined) {
    res.send(415, { error: 'Send the body uncompressed.' });
    return next(false);
  }
  const type = req.getContentType().trim();
  if (type === 'application/json' || /^application\/[\w.-]+\+json$/.test(type)) return next();
  res.send(415, { error: 'Send the body as JSON (Content-Type: application/json).' });
  return next(false);
}

const statusOf = (error: Error): number => {
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status <= 599 ? status : 500;
};

/** What a caller is told about a failed request: a fixed sentence by status, never the error's own text. */
function publicMessage(status: number, error: Error): string {
  if (status >= 500) return 'Something went wrong on our side.';
  if ((error as { restCode?: unknown }).restCode === 'InvalidContent') return 'The body is not valid JSON.';
  if (status === 413) return `The body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`;
  return STATUS_CODES[status] ?? 'Bad request';
}

/** The restify server: POST /api/messages, GET /healthz, the tab's API and the tab itself under /tab/. */
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
  server.use(jsonBodiesOnly);
  server.use(restify.plugins.bodyReader({ maxBodySize: MAX_BODY_BYTES }));
  server.use(restify.plugins.jsonBodyParser({ bodyReader: true, mapParams: false }));
  server.on('restifyError', (req: restify.Request, res: restify.Response, error: Error, done: () => void) => {
    const status = statusOf(error);
    if (status >= 500) deps.log.error('Request failed', { method: req.method, path: req.path(), error });
    if (!res.headersSent) res.send(status, { error: publicMessage(status, error) });
    return done();
  });

  server.post('/api/messages', async (req, res) => {
    await deps.handleMessages(req, res);
  });
  if (deps.api)
    mountRoutes(
      server,
      [
        ...reportRoutes(deps.api),
        ...tabRoutes(deps.api),
        ...auditRoutes(deps.api),
        ...(deps.api.records ? recordsRoutes({ ...deps.api, subjectAccess: deps.api.records }) : []),
        ...(deps.api.holds ? holdRoutes(deps.api.holds) : []),
      ],
      deps.api,
    );
  mountTab(server, deps.tabDir);
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
