import type { DirectoryLookup } from '../directory/directory';
import { subjectAccessFileName, writeSubjectAccessZip } from '../documents/subject-access-zip';
import { findPerson } from '../records/find-person';
import { KEEPS_RECORDS, subjectAccess, type SubjectAccessDeps } from '../records/subject-access';
import { HttpProblem, ok, type ApiRoute } from './api-route';
import type { DownloadLink } from './api-types';
import { byTicket, type DownloadTickets } from './download-tickets';
import { query } from './request-parts';

export interface RecordsRoutesDeps {
  readonly subjectAccess: SubjectAccessDeps;
  readonly directory: Pick<DirectoryLookup, 'person'>;
  readonly tickets: DownloadTickets;
}

const ZIP = '/api/records/subject-access';
const UNKNOWN = 'Nobody in the directory has that email address or id.';
/** The file a subject access link opens: one person's zip. */
const zipOf = (personId: string): string => `subject-access/${personId}`;

/**
 * Subject access for the partnerships team: POST /api/records/subject-access/link {"person": email or id} answers
 * a two-minute link (404 for nobody), and GET that link answers the zip, as the report's downloads do.
 */
export function recordsRoutes(deps: RecordsRoutesDeps): ApiRoute[] {
  return [
    {
      method: 'post',
      path: `${ZIP}/link`,
      allowed: KEEPS_RECORDS,
      async handle(req, user) {
        const body = (req.body ?? {}) as { person?: unknown };
        if (typeof body.person !== 'string' || !body.person.trim()) {
          throw new HttpProblem(400, 'Say whose records: {"person": "<email or Entra object id>"}.');
        }
        const subject = await findPerson(deps.subjectAccess.people, body.person);
        if (!subject) throw new HttpProblem(404, UNKNOWN);
        const ticket = deps.tickets.issue({ oid: user.aadObjectId, file: zipOf(subject.aadObjectId) });
        const search = new URLSearchParams({ person: subject.aadObjectId, ticket });
        return ok({ url: `${ZIP}?${search}` } satisfies DownloadLink);
      },
    },
    {
      method: 'get',
      path: ZIP,
      allowed: KEEPS_RECORDS,
      identify: byTicket(deps, (req) => zipOf(query(req, 'person') ?? '')),
      async handle(req, user) {
        const access = await subjectAccess(deps.subjectAccess, query(req, 'person') ?? '', {
          id: user.aadObjectId,
          name: user.name,
        });
        if (!access) throw new HttpProblem(404, UNKNOWN);
        return {
          file: await writeSubjectAccessZip(access),
          type: 'application/zip',
          filename: subjectAccessFileName(access),
        };
      },
    },
  ];
}
