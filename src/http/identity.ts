import type restify from 'restify';
import type { DirectoryLookup } from '../directory/directory';
import type { Person } from '../directory/types';

/**
 * Who is calling the API. In local mode (no bot credentials, listening on 127.0.0.1 only) the caller names
 * themselves with an `X-Local-User: <aadObjectId>` header, as the Playground's personas do. Otherwise nobody is
 * signed in until the Teams tab's single sign-on verifies a token, so every request is answered 401.
 */
export function createIdentify(
  mode: 'local' | 'signed-in-only',
  directory: Pick<DirectoryLookup, 'person'>,
): (req: restify.Request) => Promise<Person | undefined> {
  return async (req) => {
    if (mode !== 'local' || !fromThisMachine(req)) return undefined;
    const header = req.header('x-local-user');
    return header ? directory.person(header.trim().toLowerCase()) : undefined;
  };
}

const LOOPBACK = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];

/**
 * Local mode listens on the loopback address only; this also refuses a request relayed to it, or one whose Host is
 * another name (a web page re-pointing its own domain at 127.0.0.1, "DNS rebinding").
 */
function fromThisMachine(req: restify.Request): boolean {
  const host = (req.header('host') ?? '').replace(/:\d+$/, '');
  return (
    LOOPBACK.includes(req.socket?.remoteAddress ?? '') && ['127.0.0.1', 'localhost', '[::1]'].includes(host)
  );
}
