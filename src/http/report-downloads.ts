import type restify from 'restify';
import type { DirectoryLookup } from '../directory/directory';
import { writeCsv } from '../documents/csv';
import { writeCommitteePaper } from '../documents/committee-paper-docx';
import type { Clock } from '../kernel/clock';
import { CSV_HEADINGS } from '../report/csv-rows';
import { READS_REPORT, type Reports } from '../report/reports';
import type { SensitiveHit } from '../report/sensitive-hits';
import type { Period } from '../report/types';
import { HttpProblem, ok, type ApiRoute, type Reply } from './api-route';
import type { DownloadLink } from './api-types';
import { byTicket, type DownloadTickets } from './download-tickets';
import { query, readPeriod } from './request-parts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const FILES = { docx: '/api/report/committee-paper.docx', csv: '/api/report/visits.csv' } as const;
type ReportFormat = 'docx' | 'csv';
/** Why a file is held back, and what to do: in the tab's words (a link), or in an API caller's (confirm=yes). */
const HELD = {
  docx: {
    tab: 'The paper may hold personal details (listed below). Fix them in the draft, or choose Download anyway.',
    api: 'The paper may hold personal details. Fix them in the draft, or download with confirm=yes.',
  },
  csv: {
    tab: 'The answers may hold personal details (listed below). Ask the councillors to amend them, or choose Download anyway.',
    api: 'The answers may hold personal details. Ask the councillors to amend them, or download with confirm=yes.',
  },
} as const;
const held = (format: ReportFormat, via: 'tab' | 'api', hits: readonly SensitiveHit[]): Reply => ({
  status: 409,
  body: { error: HELD[format][via], hits },
});

/**
 * The committee paper (.docx) and the visits (.csv), for a signed-in request or a plain link: Teams clients block
 * blob: downloads, so POST /api/report/download-link runs the personal-data check (409 with the hits, unless
 * confirmed) and answers the GET's URL with a ticket that works for two minutes, for that person, format, period
 * and confirmation only. The file is made once, by the GET.
 */
export function downloadRoutes(deps: {
  readonly reports: Pick<Reports, 'check' | 'export'>;
  readonly directory: Pick<DirectoryLookup, 'person'>;
  readonly tickets: DownloadTickets;
  readonly clock: Clock;
}): ApiRoute[] {
  const { tickets } = deps;
  const periodOf = (req: restify.Request): Period => readPeriod(query(req, 'period'), deps.clock);
  const download = (format: ReportFormat): ApiRoute => ({
    method: 'get',
    path: FILES[format],
    allowed: READS_REPORT,
    identify: byTicket(deps, (req) => reportFile(format, periodOf(req).key, query(req, 'confirm') === 'yes')),
    async handle(req, user) {
      const period = periodOf(req);
      const exported = await deps.reports.export(period, user, format, query(req, 'confirm') === 'yes');
      // With a ticket, the draft changed after the link was issued: say it as the tab does.
      if (!exported.released) return held(format, query(req, 'ticket') ? 'tab' : 'api', exported.hits);
      return format === 'docx'
        ? {
            file: await writeCommitteePaper(exported.paper),
            type: DOCX,
            filename: `Committee report ${period.key}.docx`,
          }
        : {
            file: writeCsv(CSV_HEADINGS, exported.csv),
            type: 'text/csv; charset=utf-8',
            filename: `Visits ${period.key}.csv`,
          };
    },
  });

  return [
    {
      method: 'post',
      path: '/api/report/download-link',
      allowed: READS_REPORT,
      async handle(req, user) {
        const body = (req.body ?? {}) as { format?: unknown; period?: unknown; confirm?: unknown };
        if (body.format !== 'docx' && body.format !== 'csv') {
          throw new HttpProblem(400, 'Say which file: {"format": "docx"} or {"format": "csv"}.');
        }
        if (body.period !== undefined && typeof body.period !== 'string') {
          throw new HttpProblem(400, 'Write the period as text, such as "2025-26".');
        }
        const period = readPeriod(body.period, deps.clock);
        const confirm = body.confirm === true;
        if (!confirm) {
          const hits = await deps.reports.check(period, user, body.format);
          if (hits.length > 0) return held(body.format, 'tab', hits);
        }
        const ticket = tickets.issue({
          oid: user.aadObjectId,
          file: reportFile(body.format, period.key, confirm),
        });
        const search = new URLSearchParams({
          period: period.key,
          ...(confirm ? { confirm: 'yes' } : {}),
          ticket,
        });
        return ok({ url: `${FILES[body.format]}?${search}` } satisfies DownloadLink);
      },
    },
    download('docx'),
    download('csv'),
  ];
}

/** The file a report link opens: the format, the period, and whether the personal-data check was confirmed. */
const reportFile = (format: ReportFormat, periodKey: string, confirm: boolean): string =>
  ['report', format, periodKey, confirm ? 'confirm' : ''].join('/');
