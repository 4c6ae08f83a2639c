import type restify from 'restify';
import { auditCsvRows, AUDIT_CSV_HEADINGS } from '../audit/csv-rows';
import { auditFilter, readAudit, READS_AUDIT, type AuditFilter } from '../audit/read-audit';
import type { AuditStore } from '../audit/store';
import type { DirectoryLookup } from '../directory/directory';
import type { PeopleRepository } from '../directory/store';
import { writeCsv } from '../documents/csv';
import type { Clock } from '../kernel/clock';
import { HttpProblem, ok, type ApiRoute } from './api-route';
import type { AuditPage, DownloadLink } from './api-types';
import { byTicket, type DownloadTickets } from './download-tickets';
import { bodyOf, isKey, query } from './request-parts';

export interface AuditRoutesDeps {
  readonly auditStore: Pick<AuditStore, 'list'>;
  readonly people: Pick<PeopleRepository, 'list'>;
  readonly directory: Pick<DirectoryLookup, 'person'>;
  readonly tickets: DownloadTickets;
  readonly clock: Clock;
}

const CSV = '/api/audit/entries.csv';

/** What a filter was typed as: in the query (GET) or the body (the download link). */
interface Typed {
  readonly from?: string;
  readonly to?: string;
  readonly visit?: string;
  readonly person?: string;
}

/**
 * The audit trail for the partnerships team (the tab's Records page): a filtered read, newest first and capped,
 * and all of it as CSV through a short-lived link (Teams clients block blob: downloads), as the report's files.
 */
export function auditRoutes(deps: AuditRoutesDeps): ApiRoute[] {
  const filterOf = async (typed: Typed): Promise<AuditFilter> => {
    const personId = typed.person ? await personIdOf(deps, typed.person.trim()) : undefined;
    const visitId = typed.visit?.trim();
    if (visitId && !isKey(visitId))
      throw new HttpProblem(400, 'That is not a visit id: copy it from the visit.');
    const filter = auditFilter(
      { from: typed.from?.trim(), to: typed.to?.trim(), visitId, personId },
      deps.clock.now(),
    );
    if ('problem' in filter) throw new HttpProblem(400, filter.problem);
    return filter;
  };
  const fromQuery = (req: restify.Request): Typed => ({
    from: query(req, 'from'),
    to: query(req, 'to'),
    visit: query(req, 'visit'),
    person: query(req, 'person'),
  });
  const linkedFile = async (req: restify.Request): Promise<string | undefined> => {
    const typed = fromQuery(req);
    // A link names the person by id: nobody signed in learns whether an e-mail address is in the directory.
    const filter = typed.person?.includes('@') ? undefined : await filterOf(typed).catch(() => undefined);
    return filter && auditFile(filter);
  };

  return [
    {
      method: 'get',
      path: '/api/audit',
      allowed: READS_AUDIT,
      async handle(req) {
        const read = await readAudit(deps, await filterOf(fromQuery(req)));
        const people = (await deps.people.list())
          .sort((a, b) => a.name.localeCompare(b.name))
          .map(({ aadObjectId, name }) => ({ aadObjectId, name }));
        const { lines, matched, filter } = read;
        return ok({
          ...filter,
          lines: lines.map(({ recordKind: _k, recordId: _r, ...line }) => line),
          matched,
          more: matched > lines.length,
          people,
        } satisfies AuditPage);
      },
    },
    {
      method: 'post',
      path: '/api/audit/download-link',
      allowed: READS_AUDIT,
      async handle(req, user) {
        const body = bodyOf(req);
        const field = (name: keyof Typed): string | undefined => {
          const value = body[name];
          if (value === undefined || value === null || value === '') return undefined;
          if (typeof value !== 'string') throw new HttpProblem(400, `Send ${name} as text.`);
          return value;
        };
        const filter = await filterOf({
          from: field('from'),
          to: field('to'),
          visit: field('visit'),
          person: field('person'),
        });
        const ticket = deps.tickets.issue({ oid: user.aadObjectId, file: auditFile(filter) });
        const search = new URLSearchParams({
          from: filter.from,
          to: filter.to,
          ...(filter.visitId ? { visit: filter.visitId } : {}),
          ...(filter.personId ? { person: filter.personId } : {}),
          ticket,
        });
        return ok({ url: `${CSV}?${search}` } satisfies DownloadLink);
      },
    },
    {
      method: 'get',
      path: CSV,
      allowed: READS_AUDIT,
      identify: byTicket(deps, linkedFile),
      async handle(req) {
        const filter = await filterOf(fromQuery(req));
        const { lines } = await readAudit(deps, filter, Number.POSITIVE_INFINITY);
        return {
          file: writeCsv(AUDIT_CSV_HEADINGS, auditCsvRows(lines)),
          type: 'text/csv; charset=utf-8',
          filename: `Audit ${filter.from} to ${filter.to}.csv`,
        };
      },
    },
  ];
}

/** The file an audit CSV link opens: its filter (no part holds a "/"), so a link for one opens no other. */
const auditFile = (f: AuditFilter): string =>
  ['audit', f.from, f.to, f.visitId ?? '', f.personId ?? ''].join('/');

/** An aadObjectId as given, or the one of the person in the directory with this e-mail address (else 404). */
async function personIdOf(deps: Pick<AuditRoutesDeps, 'people'>, typed: string): Promise<string> {
  if (!typed.includes('@')) {
    if (!isKey(typed))
      throw new HttpProblem(400, 'Name the person by their e-mail address or Entra object id.');
    return typed.toLowerCase(); // Entra ids are stored in lower case; one pasted in capitals is the same id
  }
  const email = typed.toLowerCase();
  const found = (await deps.people.list()).find((p) => p.email.toLowerCase() === email);
  if (!found) throw new HttpProblem(404, `No one in the directory has the e-mail address ${typed}.`);
  return found.aadObjectId;
}
