import type { Clock } from '../kernel/clock';
import type { DirectoryStore } from './seed-directory';
import type { Person, Service } from './types';

/** Who someone is in the visit process, read from the directory tables. */
export interface DirectoryLookup {
  person(aadObjectId: string): Promise<Person | undefined>;
  /** The services this person is a named responder for. */
  servicesRespondedBy(aadObjectId: string): Promise<Service[]>;
  service(id: string): Promise<Service | undefined>;
  /** Every service, by name. */
  services(): Promise<Service[]>;
  /** Every councillor, by name. */
  councillors(): Promise<Person[]>;
}

/**
 * How long a directory entry is trusted before it is read again. Every turn needs the sender's entry, so a
 * short cache spares a storage round trip per card click; a re-seeded directory is seen within this time.
 */
export const PERSON_CACHE_MS = 60_000;
const MAX_CACHED = 10_000;

export function createDirectoryLookup(store: DirectoryStore, clock: Clock): DirectoryLookup {
  const cache = new Map<string, { person: Person | undefined; until: number }>();
  return {
    async person(aadObjectId) {
      const id = aadObjectId.toLowerCase();
      const now = clock.now().getTime();
      const hit = cache.get(id);
      if (hit && hit.until > now) return hit.person;
      const person = await store.people.get(id);
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(id, { person, until: now + PERSON_CACHE_MS });
      return person;
    },
    async servicesRespondedBy(aadObjectId) {
      const id = aadObjectId.toLowerCase();
      return (await store.services.list()).filter((service) => service.responderIds.includes(id));
    },
    service: (id) => store.services.get(id),
    services: () => store.services.list(),
    async councillors() {
      const people = await store.people.list();
      return people.filter((p) => p.role === 'councillor').sort((a, b) => a.name.localeCompare(b.name));
    },
  };
}
