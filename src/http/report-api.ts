import type restify from 'restify';
import type { DirectoryLookup } from '../directory/directory';
import type { Clock } from '../kernel/clock';
import { parseEdit } from '../report/edits';
import { READS_REPORT, type DraftView, type Reports } from '../report/reports';
import type { Period } from '../report/types';
import { HttpProblem, ok, type ApiRoute } from './api-route';
import type { DownloadTickets } from './download-tickets';
import { downloadRoutes } from './report-downloads';
import { query, readPeriod } from './request-parts';

export interface ReportApiDeps {
  readonly reports: Reports;
  readonly directory: Pick<DirectoryLookup, 'person'>;
  /** Signs the download links, with the key every instance shares. */
  readonly tickets: DownloadTickets;
  readonly clock: Clock;
}

/**
 * The committee report's routes, for the partnerships team (the Teams tab's report builder): the draft with
 * where each point came from, one edit at a time, refresh, and the .docx and .csv downloads, which a signed-in
 * request or a short-lived link from POST /api/report/download-link may fetch.
 */
export function reportRoutes(deps: ReportApiDeps): ApiRoute[] {
  const periodOf = (req: restify.Request): Period => readPeriod(query(req, 'period'), deps.clock);
  return [
    {
      method: 'get',
      path: '/api/report',
      allowed: READS_REPORT,
      async handle(req, user) {
        const period = periodOf(req);
        const view = await deps.reports.draft(period, user);
        return ok({ ...draftJson(view), changes: await deps.reports.changes(period, 20) });
      },
    },
    {
      method: 'post',
      path: '/api/report/refresh',
      allowed: READS_REPORT,
      handle: async (req, user) => ok(draftJson(await deps.reports.refresh(periodOf(req), user))),
    },
    {
      method: 'post',
      path: '/api/report/edits',
      allowed: READS_REPORT,
      async handle(req, user) {
        const body = (req.body ?? {}) as { edit?: unknown; seen?: unknown };
        const edit = parseEdit(body.edit);
        if ('problem' in edit) {
          throw new HttpProblem(400, `${edit.problem} Send {"edit": {"kind": …}, "seen": "<ETag>"}.`);
        }
        const seen = typeof body.seen === 'string' ? body.seen : undefined;
        const result = await deps.reports.edit(periodOf(req), user, edit, seen);
        if (result.ok) return ok({ what: result.what, ...draftJson(result.view) });
        return {
          status: result.conflict ? 409 : 422,
          body: { error: result.message, ...draftJson(result.view) },
        };
      },
    },
    ...downloadRoutes(deps),
  ];
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
