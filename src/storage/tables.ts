import { TableClient } from '@azure/data-tables';
import type { TokenCredential } from '@azure/identity';

/** Every table the product uses; names get the deployment's TABLE_PREFIX. */
export const TABLE_NAMES = [
  'People',
  'Services',
  'Visits',
  'CouncillorVisits',
  'Conversations',
  'Outbox',
  'Leases',
  'Rota',
  'Nudges',
  'ReportVisits',
  'ReportDrafts',
  'Lanes',
  'Standing',
  'Actions',
  'Audit',
  'Holds',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];
export type Tables = Readonly<Record<TableName, TableClient>>;

/**
 * A person is waiting on every storage call: retry transient faults briefly (about 1.5 s in all) and then
 * report the outage, rather than the SDK's default of backing off for most of a minute.
 */
const RETRIES = { maxRetries: 3, retryDelayInMs: 200, maxRetryDelayInMs: 1_000 };

/** Where the tables are: a connection string (a key or SAS in it), or an account URL and a token credential. */
export type TableSource = string | { readonly url: string; readonly credential: TokenCredential };

/** Opens a client per table and creates any table that is missing. */
export async function openTables(source: TableSource, prefix: string): Promise<Tables> {
  const clientFor = (table: string): TableClient => {
    if (typeof source !== 'string') {
      return new TableClient(source.url, table, source.credential, { retryOptions: RETRIES });
    }
    const allowInsecureConnection = /TableEndpoint=http:/i.test(source);
    return TableClient.fromConnectionString(source, table, {
      allowInsecureConnection,
      retryOptions: RETRIES,
    });
  };
  const entries = await Promise.all(
    TABLE_NAMES.map(async (name) => {
      const client = clientFor(`${prefix}${name}`);
      await client.createTable();
      return [name, client] as const;
    }),
  );
  return Object.fromEntries(entries) as Tables;
}

/** Answers whether storage responds within the time limit; the reason when it does not. */
export async function pingStorage(
  table: TableClient,
  timeoutMs = 3_000,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const abortSignal = AbortSignal.timeout(timeoutMs);
  try {
    await table
      .listEntities({ queryOptions: { select: ['PartitionKey'] }, abortSignal })
      .byPage({ maxPageSize: 1 })
      .next();
    return { ok: true };
  } catch (error) {
    const why = abortSignal.aborted ? `no answer within ${timeoutMs} ms` : describeError(error);
    return { ok: false, reason: `table storage did not answer: ${why}` };
  }
}

/** A short, log-safe description of a storage error. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string'
      ? `${code}: ${error.message.split('\n')[0]}`
      : (error.message.split('\n')[0] ?? '');
  }
  return String(error);
}

/** A PartitionKey/RowKey must not hold / \ # ? or control characters, and stays under 1 KiB. */
export function isValidKey(key: string): boolean {
  // eslint-disable-next-line no-control-regex
  return key.length > 0 && Buffer.byteLength(key) <= 1024 && !/[/\\#?\u0000-\u001f\u007f-\u009f]/.test(key);
}
