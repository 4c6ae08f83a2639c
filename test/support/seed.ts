import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDirectory } from '../../src/directory/parse-directory';
import { seedDirectory } from '../../src/directory/seed-directory';
import { createPeopleRepository } from '../../src/storage/people-repository';
import { createServiceRepository } from '../../src/storage/service-repository';
import { openTables, type Tables } from '../../src/storage/tables';

/** Creates the tables under `prefix` and loads directory.example.yaml into them, as `npm run seed` does. */
export async function seedExampleDirectory(connectionString: string, prefix: string): Promise<Tables> {
  const tables = await openTables(connectionString, prefix);
  const parsed = parseDirectory(
    readFileSync(path.join(__dirname, '../../../directory.example.yaml'), 'utf8'),
  );
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  await seedDirectory(parsed.directory, {
    people: createPeopleRepository(tables.People),
    services: createServiceRepository(tables.Services),
  });
  return tables;
}
