import 'dotenv/config';
import { readFile } from 'node:fs/promises';
import { ConfigError, readConfig } from '../config';
import { parseDirectory } from '../directory/parse-directory';
import { seedDirectory } from '../directory/seed-directory';
import { openStorage } from '../storage/open-storage';
import { createPeopleRepository } from '../storage/people-repository';
import { createServiceRepository } from '../storage/service-repository';

/** `npm run seed -- <file>`: validates the whole directory file, then upserts it. Exit 1 writes nothing. */
async function main(file: string | undefined): Promise<number> {
  if (!file) {
    console.error('Usage: npm run seed -- <directory.yaml>   (see directory.example.yaml)');
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    console.error(`Cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  const parsed = parseDirectory(text);
  if (!parsed.ok) {
    console.error(`${file} has ${parsed.errors.length} problem(s); nothing was written:`);
    for (const problem of parsed.errors) console.error(`  - ${problem}`);
    return 1;
  }
  const config = readConfig();
  const storage = await openStorage(config.storage);
  try {
    await seedDirectory(parsed.directory, {
      people: createPeopleRepository(storage.tables.People),
      services: createServiceRepository(storage.tables.Services),
    });
  } finally {
    await storage.close();
  }
  const { people, services } = parsed.directory;
  console.log(
    `Loaded ${people.length} people and ${services.length} services from ${file} into ${storage.description}.`,
  );
  return 0;
}

main(process.argv[2]).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(
      error instanceof ConfigError
        ? `Configuration error: ${error.message}`
        : `Seeding failed: ${String(error)}`,
    );
    process.exitCode = 1;
  },
);
