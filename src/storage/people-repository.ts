import type { TableClient } from '@azure/data-tables';
import type { PeopleRepository } from '../directory/store';
import type { Person, Role } from '../directory/types';
import type { PersonRemoval } from '../records/store';
import { deleteIfThere, getOrUndefined, listPartition, upsertAll } from './table-helpers';

const PARTITION = 'person';

interface PersonEntity {
  partitionKey: string;
  rowKey: string;
  name: string;
  email: string;
  role: string;
  title?: string;
}

/** The People table: one row per person, keyed by aadObjectId (lower case). */
export function createPeopleRepository(table: TableClient): PeopleRepository & PersonRemoval {
  return {
    async get(aadObjectId) {
      const entity = await getOrUndefined<PersonEntity>(table, PARTITION, aadObjectId.toLowerCase());
      return entity && toPerson(entity);
    },
    list: async () => (await listPartition<PersonEntity>(table, PARTITION)).map(toPerson),
    upsertMany: (people) => upsertAll(table, people.map(toEntity)),
    remove: (aadObjectId) => deleteIfThere(table, PARTITION, aadObjectId.toLowerCase()),
  };
}

function toEntity(person: Person): PersonEntity {
  return {
    partitionKey: PARTITION,
    rowKey: person.aadObjectId.toLowerCase(),
    name: person.name,
    email: person.email,
    role: person.role,
    ...(person.title ? { title: person.title } : {}),
  };
}

function toPerson(entity: PersonEntity): Person {
  return {
    aadObjectId: entity.rowKey,
    name: entity.name,
    email: entity.email,
    role: entity.role as Role,
    ...(entity.title ? { title: entity.title } : {}),
  };
}
