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

export function createDirectoryLookup(store: DirectoryStore): DirectoryLookup {
  return {
    person: (aadObjectId) => store.people.get(aadObjectId),
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
