import type { Person, Service } from './types';

/** The directory's people (ports: storage implements them). */
export interface PeopleRepository {
  /** The person with this Entra object id, or undefined when they are not in the directory. */
  get(aadObjectId: string): Promise<Person | undefined>;
  list(): Promise<Person[]>;
  /** Inserts or replaces each person (idempotent), one transaction per 100. */
  upsertMany(people: readonly Person[]): Promise<void>;
}

export interface ServiceRepository {
  get(id: string): Promise<Service | undefined>;
  list(): Promise<Service[]>;
  /** Inserts or replaces each service (idempotent), one transaction per 100. */
  upsertMany(services: readonly Service[]): Promise<void>;
}
