import type { Clock } from '../../src/kernel/clock';
import { startTestAzurite, uniquePrefix } from './azurite';
import { StandInConnector } from './connector';
import { seedExampleDirectory } from './seed';
import { startTestApp, type TestApp } from './test-app';

export interface SeededBot {
  readonly azurite: Awaited<ReturnType<typeof startTestAzurite>>;
  readonly connector: StandInConnector;
  readonly bot: TestApp;
  readonly prefix: string;
  stop(): Promise<void>;
}

/** A real Azurite with the example directory seeded, a stand-in Bot Connector, and the bot on both. */
export async function startSeededBot(env: Record<string, string> = {}, clock?: Clock): Promise<SeededBot> {
  const azurite = await startTestAzurite();
  const connector = await new StandInConnector().start();
  const prefix = uniquePrefix();
  await seedExampleDirectory(azurite.connectionString, prefix);
  const bot = await startTestApp(
    { AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: prefix, ...env },
    clock,
  );
  return {
    azurite,
    connector,
    bot,
    prefix,
    async stop() {
      await bot.stop();
      await connector.stop();
      await azurite.stop();
    },
  };
}
