import type restify from 'restify';
import type { Person } from '../directory/types';
import { writeCsv } from '../documents/csv';
import { writeCommitteePaper } from '../documents/committee-paper-docx';
import { ConcurrencyConflict, firstLine, isStorageUnavailable } from '../kernel/errors';
import type { Logger } from '../kernel/log';
import { CSV_HEADINGS } from '../report/csv-rows';
import { parseEdit } from '../report/edits';
import { lastMunicipalYear, parsePeriod } from '../report/period';
import type { DraftView, Reports } from '../report/reports';
import type { Period } from '../report/types';
import type { Clock } from '../kernel/clock';

export interface ReportApiDeps {
  readonly reports: Reports;
  /** Who sent the request (the tab's sign-in), or undefined: answered 401. */
  readonly identify: (req: restify.Request) => Promise<Person | undefined>;
  readonly clock: Clock;
  readonly log: Logger;
}

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The committee report's JSON API, for the partnerships team (the Teams tab's report builder): the draft with
 * where each point came from, one edit at a time, refresh, and the .docx and .csv downloads.
 */
export function mountReportApi(server: restify.Server, deps: ReportApiDeps): void {
  const route =
    (handler: (req: restify.Request, res: restify.Response, user: Person, period: Period) => Promise<void>) =>
    async (req: restify.Request, res: restify.Response): Promise<void> => {
      try {
        const user = await deps.identify(req);
        if (!user) throw new HttpProblem(401, 'Sign in to use the report: open it from the Teams tab.');
        if (user.role !== 'partnerships') {
          throw new HttpProblem(403, 'Only the partnerships team can see and edit the committee report.');
        }
        await handler(req, res, user, periodOf(req, deps.clock));
      } catch (error) {
        if (error instanceof HttpProblem) return void res.send(error.status, { error: error.message });
        if (error instanceof ConcurrencyConflict) {
          return void res.send(409, {
            error:
              'Others were changing the draft at the same moment, so your change was not saved. Try again.',
          });
        }
        if (isStorageUnavailable(error)) {
          deps.log.warn('Report API: storage unavailable', { path: req.path() });
          return void res.send(503, {
            error: 'Storage is not answering, so nothing was changed. Try again in a minute.',
          });
        }
        const reference = Math.random().toString(36).slice(2, 8);
        deps.log.error('Report API failed', {
          path: req.path(),
          reference,
          error: firstLine(error),
        });
        res.send(500, { error: `Something went wrong (reference ${reference}). Nothing was changed.` });
      }
    };

  server.get(
    '/api/report',
    route(async (_req, res, user, period) => {
      const view = await deps.reports.draft(period, user);
      res.send(200, { ...draftJson(view), changes: await deps.reports.changes(period, 20) });
    }),
  );
  server.post(
    '/api/report/refresh',
    route(async (_req, res, user, period) => {
      res.send(200, draftJson(await deps.reports.refresh(period, user)));
    }),
  );
  server.post(
    '/api/report/edits',
    route(async (req, res, user, period) => {
      const body = (req.body ?? {}) as { edit?: unknown; seen?: unknown };
      const edit = parseEdit(body.edit);
      if ('problem' in edit) {
        throw new HttpProblem(400, `${edit.problem} Send {"edit": {"kind": …}, "seen": "<ETag>"}.`);
      }
      const seen = typeof body.seen === 'string' ? body.seen : undefined;
      const result = await deps.reports.edit(period, user, edit, seen);
      if (result.ok) return void res.send(200, { what: result.what, ...draftJson(result.view) });
      res.send(result.conflict ? 409 : 422, { error: result.message, ...draftJson(result.view) });
    }),
  );
  server.get(
    '/api/report/committee-paper.docx',
    route(async (req, res, user, period) => {
      const exported = await deps.reports.export(period, user, 'docx', query(req, 'confirm') === 'yes');
      if (!exported.released) {
        return void res.send(409, {
          error: 'The paper may hold personal details. Fix them in the draft, or download with confirm=yes.',
          hits: exported.hits,
        });
      }
      send(res, await writeCommitteePaper(exported.paper), DOCX, `Committee report ${period.key}.docx`);
    }),
  );
  server.get(
    '/api/report/visits.csv',
    route(async (req, res, user, period) => {
      const exported = await deps.reports.export(period, user, 'csv', query(req, 'confirm') === 'yes');
      if (!exported.released) {
        return void res.send(409, {
          error:
            'The answers may hold personal details. Ask the councillors to amend them, or download with confirm=yes.',
          hits: exported.hits,
        });
      }
      send(res, writeCsv(CSV_HEADINGS, exported.csv), 'text/csv; charset=utf-8', `Visits ${period.key}.csv`);
    }),
  );
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function periodOf(req: restify.Request, clock: Clock): Period {
  const typed = query(req, 'period');
  if (!typed) return lastMunicipalYear(clock.now());
  const period = parsePeriod(typed);
  if ('problem' in period) throw new HttpProblem(400, period.problem);
  return period;
}

function query(req: restify.Request, name: string): string | undefined {
  const value = new URL(req.url ?? '/', 'http://localhost').searchParams.get(name);
  return value ?? undefined;
}

function send(res: restify.Response, body: Buffer, type: string, filename: string): void {
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': body.length,
    'Content-Disposition': `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/** The draft as the API returns it: the draft, the stale notice, and each visit behind the points. */
function draftJson(view: DraftView) {
  return {
    period: view.findings.period,
    ...(view.stale ? { stale: view.stale } : {}),
    draft: view.draft,
    services: view.findings.services.map((s) => ({
      heading: s.group.heading,
      visitsSentence: s.visitsSentence,
      visits: s.visits,
      comments: s.comments,
    })),
  };
}
