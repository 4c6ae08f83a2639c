import type { Persona } from './activities';

/** What the API answered: the status, and the JSON body (undefined when it sent something else). */
export interface ApiAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** Calls the app's JSON API in local mode as a persona (X-Local-User), or as nobody. */
export function apiCaller(baseUrl: () => string) {
  return async (
    who: Persona | undefined,
    method: string,
    path: string,
    body?: object,
  ): Promise<ApiAnswer> => {
    const response = await fetch(`${baseUrl()}${path}`, {
      method,
      headers: {
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(who?.aadObjectId ? { 'x-local-user': who.aadObjectId } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, body: type.includes('json') ? await response.json() : undefined };
  };
}
