import type { PeopleRepository } from './store';
import type { ServiceRepository } from './store';
import type { Directory } from './types';

export interface DirectoryStore {
  readonly people: PeopleRepository;
  readonly services: ServiceRepository;
}

/**
 * Writes a validated directory: every person and service is inserted or replaced, so running it twice
 * changes nothing. People and services absent from the file are left as they are (history refers to them).
 */
export async function seedDirectory(directory: Directory, store: DirectoryStore): Promise<void> {
  await store.people.upsertMany(directory.people);
  await store.services.upsertMany(directory.services);
}
