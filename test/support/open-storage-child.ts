import { readConfig } from '../../src/config';
import { openStorage } from '../../src/storage/open-storage';

/**
 * Run as a child process by the managed identity storage test, so its environment (the account URL, a proxy,
 * a stand-in identity endpoint, an extra CA) is the process's own from the start: opens storage exactly as the
 * app does, writes two rows in one transaction, reads one back and prints what it saw as JSON.
 */
async function main(): Promise<void> {
  const storage = await openStorage(readConfig().storage);
  const table = storage.tables.People;
  await table.submitTransaction([
    ['upsert', { partitionKey: 'p', rowKey: 'a', name: 'Alex' }],
    ['upsert', { partitionKey: 'p', rowKey: 'b', name: 'Bo' }],
  ]);
  const read = await table.getEntity<{ name: string }>('p', 'a');
  process.stdout.write(JSON.stringify({ description: storage.description, name: read.name }));
  await storage.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
