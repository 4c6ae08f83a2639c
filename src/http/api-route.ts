import { randomUUID } from 'node:crypto';
import type restify from 'restify';
import { isAllowed, type Allowed } from '../directory/access';
import type { Person } from '../directory/types';
import { ConcurrencyConflict, firstLine, isStorageUnavailable } from '../kernel/errors';
import type { Logger } from '../kernel/log';
import type { Caller, Identify } from './caller';

/** What a route answers: JSON with a status, or a file to download. */
export type Reply =
  | { readonly status: number; readonly body: object }
  | { readonly file: Buffer; readonly type: string; readonly filename: string };

/** One endpoint of the JSON API, declared once: method, path, who may call it, and its handler. */
export type ApiRoute = SignedInRoute | OpenRoute;

interface SignedInRoute {
  readonly method: 'get' | 'post';
  readonly path: string;
  /** Checked before the handler runs. */
  readonly allowed: Allowed;
  /** Another way to be named for this route (a download link's ticket); undefined falls back to the sign-in. */
  readonly identify?: (req: restify.Request) => Promise<Caller | undefined>;
  readonly handle: (req: restify.Request, person: Person) => Promise<Reply>;
}

/** A route nobody signs in for: local mode's "act as" list only. */
interface OpenRoute {
  readonly method: 'get';
  readonly path: string;
  readonly allowed: 'no sign-in';
  readonly handle: (req: restify.Request) => Promise<Reply>;
}

/** A request the API refuses with this status and sentence (bad input 400/422, not found 404, …). */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Answers 200 with a JSON body. */
export const ok = (body: object): Reply => ({ status: 200, body });

const STORAGE_DOWN = 'Storage is not answering, so nothing was changed. Try again in a minute.';
const CONFLICT = 'Others were changing this at the same moment, so your change was not saved. Try again.';

/**
 * Mounts the routes behind one gate and one error handler: the caller is named (401/403/503 from the sign-in),
 * the route's roles are checked (403 naming who may), then the handler runs. Errors become a status and a
 * sentence; an unexpected one is logged with the path, a reference and its first line only (never a body).
 */
export function mountRoutes(
  server: restify.Server,
  routes: readonly ApiRoute[],
  deps: { readonly identify: Identify; readonly log: Logger },
): void {
  for (const route of routes) {
    server[route.method](route.path, async (req: restify.Request, res: restify.Response) => {
      try {
        const reply = await answer(route, req, deps.identify);
        if ('file' in reply) return send(res, reply);
        res.send(reply.status, reply.body);
      } catch (error) {
        const { status, message } = problemOf(error, req, deps.log);
        res.send(status, { error: message });
      }
    });
  }
}

async function answer(route: ApiRoute, req: restify.Request, identify: Identify): Promise<Reply> {
  if (route.allowed === 'no sign-in') return route.handle(req);
  const caller = (await route.identify?.(req)) ?? (await identify(req));
  if (!caller.ok) return { status: caller.status, body: { error: caller.error } };
  if (!isAllowed(route.allowed, caller.person)) {
    return { status: 403, body: { error: `${route.allowed.refusal}.` } };
  }
  return route.handle(req, caller.person);
}

function problemOf(error: unknown, req: restify.Request, log: Logger): { status: number; message: string } {
  if (error instanceof HttpProblem) return { status: error.status, message: error.message };
  if (error instanceof ConcurrencyConflict) return { status: 409, message: CONFLICT };
  if (isStorageUnavailable(error)) {
    log.warn('API: storage unavailable', { path: req.path() });
    return { status: 503, message: STORAGE_DOWN };
  }
  const reference = randomUUID().slice(0, 8);
  log.error('API request failed', { path: req.path(), reference, error: firstLine(error) });
  return { status: 500, message: `Something went wrong (reference ${reference}). Nothing was changed.` };
}

function send(res: restify.Response, { file, type, filename }: Extract<Reply, { file: Buffer }>): void {
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': file.length,
    'Content-Disposition': `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    'Cache-Control': 'no-store',
  });
  res.end(file);
}
