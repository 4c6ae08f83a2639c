import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDirectory } from '../../directory/parse-directory';
import { SYSTEM, type AuditTrail } from '../../audit/trail';
import { loadDirectory, recordDirectoryLoaded } from '../../directory/load-directory';
import type { Clock } from '../../kernel/clock';
import { seedDemo, type DemoStores } from './seed-demo';

const EXAMPLE_DIRECTORY = path.resolve(__dirname, '../../../../directory.example.yaml');

/**
 * What a first `npm start` on an empty embedded Azurite loads, so the bot and the tab have something to show:
 * the example directory (the Agents Playground's people) and the invented demo year. Answers a line for the log.
 */
export async function loadFirstRun(stores: DemoStores, clock: Clock, audit: AuditTrail): Promise<string> {
  const parsed = parseDirectory(await readFile(EXAMPLE_DIRECTORY, 'utf8'));
  if (!parsed.ok) throw new Error(`directory.example.yaml: ${parsed.errors.join('; ')}`);
  await loadDirectory(parsed.directory, stores, audit, SYSTEM, path.basename(EXAMPLE_DIRECTORY));
  const { year, written } = await seedDemo(stores, clock);
  if (written) await recordDirectoryLoaded(audit, SYSTEM, year.directory, 'demo year');
  return (
    'The embedded Azurite was empty: loaded the example directory (the Playground’s people) and an invented ' +
    `year, ${year.period.label}, to try the bot and the tab (http://127.0.0.1:<port>/tab/) with.`
  );
}
