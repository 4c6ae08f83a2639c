import type restify from 'restify';
import type { Person } from '../directory/types';

/**
 * Who sent an API request: a person in the directory, or why not (401 not signed in, 403 not in the directory,
 * 503 the sign-in's keys could not be fetched).
 */
export type Caller =
  | { readonly ok: true; readonly person: Person }
  | { readonly ok: false; readonly status: 401 | 403 | 503; readonly error: string };

/** Names the caller of an API request (the tab's SSO token, or local mode's X-Local-User). */
export type Identify = (req: restify.Request) => Promise<Caller>;
