import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import type { OutboxStore } from '../outbox/store';
import type { Address, NewMessage, OutboxMessage } from '../outbox/types';
import type { OutboxReading } from '../records/store';
import type { OutboxPruning } from '../retention/store';
import { createOutboxPruning } from './outbox-receipts';
import { getOrUndefined } from './table-helpers';

const PREFIX = 'outbox|';
/** The partition of messages that belong to no other state. */
export const STANDALONE = 'outbox';

type Row = Record<string, unknown> & { partitionKey: string; rowKey: string; etag: string };

/** An outbox store in a table, which can also add a message to another write's transaction. */
export interface OutboxTable extends OutboxStore, OutboxReading, OutboxPruning {
  /** The transaction action that adds a message to a partition: put it in the state change's transaction. */
  add(partition: string, message: NewMessage, now: Date): TransactionAction;
}

/**
 * Outbox rows in one table. A message lives in the partition of the state change it announces (a visit's
 * partition in Visits), so both are written in one transaction; messages with no such state live in the
 * table's "outbox" partition. Row key: "outbox|<message id>".
 */
export function createOutboxStore(name: string, table: TableClient): OutboxTable {
  const read = async (filter: string): Promise<OutboxMessage[]> => {
    const found: OutboxMessage[] = [];
    for await (const row of table.listEntities<Row>({ queryOptions: { filter } }))
      found.push(toMessage(name, row));
    return found.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  };
  const inRange = odata`RowKey ge ${PREFIX} and RowKey lt ${'outbox}'}`;
  return {
    ...createOutboxPruning(name, table),
    name,
    add: (partition, message, now) => ['create', toRow(partition, message, now)],
    async enqueue(message, now) {
      try {
        await table.createEntity(toRow(STANDALONE, message, now));
      } catch (error) {
        if ((error as { statusCode?: number }).statusCode !== 409) throw error;
      }
    },
    listWaiting: () => read(`${inRange} and (status eq 'pending' or status eq 'sending')`),
    listOpen: () => read(`${inRange} and (status eq 'pending' or status eq 'sending' or status eq 'dead')`),
    all: () => read(inRange),
    async get(partition, id) {
      const row = await getOrUndefined<Row>(table, partition, `${PREFIX}${id}`);
      return row && toMessage(name, row);
    },
    async update(message, patch) {
      try {
        const { etag } = await table.updateEntity(
          { partitionKey: message.partition, rowKey: message.rowKey, ...flatten(patch) },
          'Merge',
          { etag: message.etag },
        );
        return { ...message, ...patch, etag: etag ?? '' };
      } catch (error) {
        if ((error as { statusCode?: number }).statusCode === 412) return undefined;
        throw error;
      }
    },
  };
}

function toRow(partition: string, message: NewMessage, now: Date) {
  return {
    partitionKey: partition,
    rowKey: `${PREFIX}${message.id}`,
    ...flatten({
      id: message.id,
      to: message.to,
      kind: message.kind,
      summary: message.summary,
      activity: message.activity,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now.toISOString(),
      createdAt: now.toISOString(),
      ...(message.replaces ? { replaces: message.replaces } : {}),
    }),
  };
}

/** A string property holds at most 32K UTF-16 characters: the activity is split across numbered properties. */
const CHUNK = 30_000;

/** Objects become JSON text: Table Storage has no nested types. */
function flatten(patch: Partial<OutboxMessage>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (['store', 'partition', 'rowKey', 'etag'].includes(key) || value === undefined) continue;
    const text =
      key === 'activity' ? asciiJson(value) : typeof value === 'object' ? JSON.stringify(value) : value;
    if (key === 'activity' && typeof text === 'string') {
      for (let i = 0; i * CHUNK < text.length; i++)
        row[i === 0 ? 'activity' : `activity${i}`] = text.slice(i * CHUNK, (i + 1) * CHUNK);
    } else {
      row[key] = text;
    }
  }
  return row;
}

/**
 * JSON with every non-ASCII character as a \u escape. Cards are the largest rows we write, and Azurite (not
 * Azure) corrupts multi-byte characters that straddle its read chunks in request bodies over ~64 KB.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function activityOf(row: Row): Record<string, unknown> {
  let json = typeof row.activity === 'string' ? row.activity : '{}';
  for (let i = 1; typeof row[`activity${i}`] === 'string'; i++) json += row[`activity${i}`] as string;
  return JSON.parse(json) as Record<string, unknown>;
}

function toMessage(store: string, row: Row): OutboxMessage {
  const text = (key: string): string | undefined =>
    typeof row[key] === 'string' ? (row[key] as string) : undefined;
  return {
    id: text('id') ?? row.rowKey.slice(PREFIX.length),
    store,
    partition: row.partitionKey,
    rowKey: row.rowKey,
    to: JSON.parse(text('to') ?? '{}') as Address,
    kind: row.kind === 'update' ? 'update' : 'post',
    ...(text('replaces') ? { replaces: text('replaces') } : {}),
    summary: text('summary') ?? '',
    activity: activityOf(row),
    status: (text('status') ?? 'pending') as OutboxMessage['status'],
    attempts: Number(row.attempts ?? 0),
    nextAttemptAt: text('nextAttemptAt') ?? '',
    ...(text('leaseUntil') ? { leaseUntil: text('leaseUntil') } : {}),
    ...(text('lastError') ? { lastError: text('lastError') } : {}),
    ...(text('sentActivityId') ? { sentActivityId: text('sentActivityId') } : {}),
    ...(text('sentConversationId') ? { sentConversationId: text('sentConversationId') } : {}),
    createdAt: text('createdAt') ?? '',
    ...(text('tryingSince') ? { tryingSince: text('tryingSince') } : {}),
    etag: row.etag,
  };
}
