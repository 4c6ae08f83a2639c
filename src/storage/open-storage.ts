import { DefaultAzureCredential } from '@azure/identity';
import type { StorageConfig } from '../config';
import { startAzurite } from './azurite';
import { openTables, type Tables } from './tables';

export interface OpenStorage {
  readonly tables: Tables;
  /** For the start-up log: which storage is in use (never the key). */
  readonly description: string;
  /** Stops the embedded Azurite if this process started it. */
  close(): Promise<void>;
}

/** Connects to the configured account, or starts the embedded Azurite, and makes sure every table exists. */
export async function openStorage(config: StorageConfig): Promise<OpenStorage> {
  if (config.kind === 'account-url') {
    // The managed identity in Azure (AZURE_CLIENT_ID picks a user-assigned one); `az login` on a developer's machine.
    const credential = new DefaultAzureCredential();
    return {
      tables: await openTables({ url: config.accountUrl, credential }, config.tablePrefix),
      description: `Azure Table Storage (account ${config.accountName}, signed in with Microsoft Entra ID${prefixNote(config.tablePrefix)})`,
      close: async () => undefined,
    };
  }
  if (config.kind === 'connection-string') {
    const account = /AccountName=([^;]+)/i.exec(config.connectionString)?.[1] ?? 'from connection string';
    return {
      tables: await openTables(config.connectionString, config.tablePrefix),
      description: `Azure Table Storage (account ${account}${prefixNote(config.tablePrefix)})`,
      close: async () => undefined,
    };
  }
  const azurite = await startAzurite({ port: config.port, dataDir: config.dataDir });
  try {
    const how = azurite.owned ? 'embedded' : 'already running';
    return {
      tables: await openTables(azurite.connectionString, config.tablePrefix),
      description: `Azurite (${how}, 127.0.0.1:${config.port}, data in ${config.dataDir}${prefixNote(config.tablePrefix)})`,
      close: () => azurite.stop(),
    };
  } catch (error) {
    await azurite.stop();
    throw error;
  }
}

function prefixNote(prefix: string): string {
  return prefix ? `, table prefix ${prefix}` : '';
}
