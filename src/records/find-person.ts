import type { PeopleRepository } from '../directory/store';
import type { Person } from '../directory/types';

/** The directory entry named by an email (any case) or an Entra object id; undefined when there is none. */
export async function findPerson(
  people: Pick<PeopleRepository, 'get' | 'list'>,
  key: string,
): Promise<Person | undefined> {
  const wanted = key.trim().toLowerCase();
  if (!wanted) return undefined;
  if (wanted.includes('@')) return (await people.list()).find((p) => p.email.toLowerCase() === wanted);
  return people.get(wanted);
}
