import type { ApiError } from '../../../src/http/api-types';

/** A call to the API that did not succeed: the server's sentence for the person, and the body it came with. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: unknown,
  ) {
    super(message);
  }
}

/** Who the calls are made as: the Teams sign-in token, or local mode's chosen person. */
export interface Credentials {
  headers(): Promise<Record<string, string>>;
  /** Called once after a 401, before the call is tried again (a fresh Teams token). */
  renew?(): Promise<void>;
}

export interface ApiClient {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
}

const isApiError = (body: unknown): body is ApiError =>
  typeof body === 'object' && body !== null && typeof (body as ApiError).error === 'string';

/** The server's own sentence when it sent one; otherwise one that says what happened and what to do. */
function messageOf(status: number, body: unknown): string {
  // restify answers an unknown path with the bare status phrase.
  if (isApiError(body) && !(status === 404 && body.error === 'Not Found')) return body.error;
  if (status === 404) return 'The server does not offer this yet (404). Try again after the next update.';
  if (status === 401) return 'You are not signed in. Open this tab from Microsoft Teams.';
  if (status === 403) return 'Your role does not let you see this.';
  if (status >= 500) return `Something went wrong on the server (${status}). Try again in a minute.`;
  return `The server refused this (${status}).`;
}

/** JSON over fetch, same origin, with the caller's headers on every request; a 401 renews them once. */
export function createApiClient(credentials: Credentials): ApiClient {
  const call = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
    const send = async (): Promise<Response> => {
      // A sign-in failure is its own error (ApiFailure 401), not "the server did not answer".
      const headers: Record<string, string> = {
        Accept: 'application/json',
        ...(await credentials.headers()),
      };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      return fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      }).catch(() => {
        throw new ApiFailure(0, 'The server did not answer. Check your connection and try again.', undefined);
      });
    };
    let response = await send();
    if (response.status === 401 && credentials.renew) {
      await credentials.renew();
      response = await send();
    }
    const json: unknown = await response.json().catch(() => undefined);
    if (!response.ok) throw new ApiFailure(response.status, messageOf(response.status, json), json);
    return json as T;
  };
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body ?? {}),
  };
}

/** What to tell the person about any error a call threw. */
export const errorText = (error: unknown): string =>
  error instanceof ApiFailure ? error.message : 'Something went wrong in this page. Reload it and try again.';
