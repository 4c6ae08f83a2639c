import { createHmac, timingSafeEqual } from 'node:crypto';
import type restify from 'restify';
import type { DirectoryLookup } from '../directory/directory';
import type { Clock } from '../kernel/clock';
import type { Caller } from './caller';
import { query } from './request-parts';

/**
 * What a download link is for: one person and the one file it opens, spelled by its route with "/" between the
 * parts (`report/docx/2025-26/confirm`, `audit/<filter>`, `subject-access/<oid>`), so no link opens another file.
 */
export interface Download {
  readonly oid: string;
  readonly file: string;
}

/** How long a download link works: long enough to click, short enough that a copied link is soon useless. */
export const TICKET_MS = 2 * 60_000;

/**
 * Signed tickets that let a plain link download a file (Teams clients block blob: downloads, so the tab
 * links to the GET endpoint): an HMAC-SHA256 over the person, the file and the expiry, with a key
 * every instance shares (so a link given by one works on another). A ticket names its person; the role is checked
 * again when it is used.
 */
export function createDownloadTickets(key: Buffer, clock: Clock) {
  const mac = (d: Download, expires: number): Buffer =>
    createHmac('sha256', key)
      .update([d.oid, d.file, String(expires)].join('\n'))
      .digest();
  return {
    issue(download: Download): string {
      const expires = clock.now().getTime() + TICKET_MS;
      const oid = Buffer.from(download.oid).toString('base64url');
      return `${expires}.${oid}.${mac(download, expires).toString('base64url')}`;
    },
    /** The person a ticket was issued to, if it is unexpired and for exactly this download; else undefined. */
    check(ticket: string, download: Omit<Download, 'oid'>): string | undefined {
      const [expiresText, oidText, given] = ticket.split('.');
      const expires = Number(expiresText);
      if (!Number.isSafeInteger(expires) || !oidText || !given || expires <= clock.now().getTime()) {
        return undefined;
      }
      const oid = Buffer.from(oidText, 'base64url').toString();
      // Compared as text: base64url decoding ignores a last character's spare bits, so bytes alone would let a
      // ticket with that character changed through.
      const expected = Buffer.from(mac({ ...download, oid }, expires).toString('base64url'));
      const actual = Buffer.from(given);
      return actual.length === expected.length && timingSafeEqual(actual, expected) ? oid : undefined;
    },
  };
}

export type DownloadTickets = ReturnType<typeof createDownloadTickets>;

/** What a link answers (401) once its ticket has expired, or when it is for another file or person. */
const LINK_EXPIRED = 'This download link has expired: press Download again.';

/**
 * A download route's `identify`: the person a link's ticket names, if it is unexpired and for the file this
 * request asks for (`fileOf`; undefined when the request names none); a 401 otherwise. Without a ticket it
 * answers undefined, and the sign-in names the caller.
 */
export function byTicket(
  deps: { readonly tickets: DownloadTickets; readonly directory: Pick<DirectoryLookup, 'person'> },
  fileOf: (req: restify.Request) => string | undefined | Promise<string | undefined>,
) {
  return async (req: restify.Request): Promise<Caller | undefined> => {
    const ticket = query(req, 'ticket');
    if (ticket === undefined) return undefined;
    const file = await fileOf(req);
    const oid = file === undefined ? undefined : deps.tickets.check(ticket, { file });
    const person = oid === undefined ? undefined : await deps.directory.person(oid);
    return person ? { ok: true, person } : { ok: false, status: 401, error: LINK_EXPIRED };
  };
}
