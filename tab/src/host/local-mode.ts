import type { PersonView } from '../../../src/http/api-types';
import type { Credentials } from '../api/client';

const KEY = 'frontline-visits.act-as';

/** The person local mode last acted as in this browser tab, if still in the directory. */
export function rememberedPerson(people: readonly PersonView[]): string | undefined {
  const id = sessionStorage.getItem(KEY) ?? undefined;
  return people.some((p) => p.aadObjectId === id) ? id : undefined;
}

export function rememberPerson(aadObjectId: string): void {
  sessionStorage.setItem(KEY, aadObjectId);
}

/** Local mode names the caller in a header; the server honours it only on its own machine. */
export const actingAs = (aadObjectId: string): Credentials => ({
  headers: async () => ({ 'X-Local-User': aadObjectId }),
});
