import type restify from 'restify';
import type { DirectoryLookup } from '../directory/directory';
import type { Logger } from '../kernel/log';
import type { Caller, Identify } from './caller';
import type { SsoVerifier } from './sso';

/** Local mode (no bot credentials, 127.0.0.1 only) trusts an `X-Local-User` header; otherwise the tab's token. */
export type IdentifyMode =
  { readonly kind: 'local' } | { readonly kind: 'sso'; readonly verifier: SsoVerifier };

const SIGN_IN = 'Sign in to Teams to use this tab.';
const EXPIRED = 'Your sign-in has expired: reload the tab.';
const UNCHECKED = 'Your sign-in could not be checked: reload the tab, or ask IT if it keeps happening.';
const KEYS_DOWN =
  "Microsoft's sign-in service is not answering, so your sign-in could not be checked. Try again in a minute.";
const NOT_LISTED = "You are not in Frontline Visits' directory: ask the partnerships team to add you.";
const BEARER = /^Bearer +([\w-]+\.[\w-]+\.[\w-]+)$/i;

/** Names the caller of each API request, or says why not (see Caller). */
export function createIdentify(
  mode: IdentifyMode,
  directory: Pick<DirectoryLookup, 'person'>,
  log: Logger,
): Identify {
  const refuse = (status: Extract<Caller, { ok: false }>['status'], error: string): Caller => ({
    ok: false,
    status,
    error,
  });

  if (mode.kind === 'local') {
    return async (req) => {
      if (!fromThisMachine(req)) {
        return refuse(401, 'Local mode answers only this computer, at 127.0.0.1 or localhost.');
      }
      const id = req.header('x-local-user')?.trim();
      if (!id) return refuse(401, 'Choose who to act as: local mode has no sign-in.');
      const person = await directory.person(id.toLowerCase());
      return person
        ? { ok: true, person }
        : refuse(403, 'Nobody in the directory has that id: choose someone from the list.');
    };
  }

  return async (req) => {
    const token = BEARER.exec(req.header('authorization')?.trim() ?? '')?.[1];
    if (!token) return refuse(401, SIGN_IN);
    const verified = await mode.verifier.verify(token);
    if (!verified.ok) {
      log.warn('Tab sign-in refused', { reason: verified.reason });
      if (verified.reason === 'keys-unavailable') return refuse(503, KEYS_DOWN);
      return refuse(401, verified.reason === 'expired' ? EXPIRED : UNCHECKED);
    }
    const person = await directory.person(verified.oid);
    if (!person) {
      log.warn('Tab sign-in: not in the directory', { oid: verified.oid });
      return refuse(403, NOT_LISTED);
    }
    return { ok: true, person };
  };
}

const LOOPBACK = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];

/**
 * Local mode listens on the loopback address only; this also refuses a request relayed to it, or one whose Host is
 * another name (a web page re-pointing its own domain at 127.0.0.1, "DNS rebinding").
 */
export function fromThisMachine(req: restify.Request): boolean {
  const host = (req.header('host') ?? '').replace(/:\d+$/, '');
  return (
    LOOPBACK.includes(req.socket?.remoteAddress ?? '') && ['127.0.0.1', 'localhost', '[::1]'].includes(host)
  );
}
