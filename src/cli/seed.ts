import 'dotenv/config';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readConfig } from '../config';
import { runMain } from './run-main';
import { parseDirectory } from '../directory/parse-directory';
import { loadDirectory, recordDirectoryLoaded } from '../directory/load-directory';
import { systemClock } from '../kernel/clock';
import { createLogger } from '../kernel/log';
import { keepingStanding } from '../overview/keep-standing';
import { openStorage } from '../storage/open-storage';
import { createStores } from '../storage/stores';
import { openAuditTrail } from '../audit/open-trail';
import { commandLine } from './audit';
import { demoSummary, seedDemo } from './demo/seed-demo';

/** `npm run seed -- <file>`: validates the whole directory file, then upserts it. Exit 1 writes nothing. */
async function main(file: string | undefined): Promise<number> {
  if (!file) {
    console.error(
      'Usage: npm run seed -- <directory.yaml>   (see directory.example.yaml)\n' +
        '       npm run seed -- --demo             (an invented year of visits, to try the report)',
    );
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
    const stores = createStores(storage.tables);
    const audit = await openAuditTrail(stores, systemClock, createLogger());
    await loadDirectory(parsed.directory, stores, audit, commandLine(), basename(file));
  } finally {
    await storage.close();
  }
  const { people, services } = parsed.directory;
  console.log(
    `Loaded ${people.length} people and ${services.length} services from ${file} into ${storage.description}.`,
  );
  return 0;
}

/** `npm run seed -- --demo`: loads an invented last municipal year (src/cli/demo/) to try the report with. */
async function demo(): Promise<number> {
  const config = readConfig();
  if (config.storage.kind !== 'embedded-azurite') {
    // It writes invented visits and replaces services that share its ids: never into a council's own storage.
    console.error(
      'The demo year loads only into the embedded Azurite (neither AZURE_STORAGE_CONNECTION_STRING nor ' +
        'AZURE_STORAGE_ACCOUNT_URL set): it adds ' +
        'invented visits and replaces the example services. Nothing was written.',
    );
    return 1;
  }
  const storage = await openStorage(config.storage);
  try {
    const stores = createStores(storage.tables);
    const { year, written } = await seedDemo(keepingStanding(stores, createLogger()), systemClock);
    if (written) {
      const audit = await openAuditTrail(stores, systemClock, createLogger());
      await recordDirectoryLoaded(audit, commandLine(), year.directory, 'demo year');
    }
    console.log(
      written
        ? demoSummary(year, storage.description)
        : `The demo year is already loaded (${year.period.label}, in ${storage.description}); nothing was written.`,
    );
  } finally {
    await storage.close();
  }
  return 0;
}

const arg = process.argv[2];
runMain('Seeding', () => (arg === '--demo' ? demo() : main(arg)));
