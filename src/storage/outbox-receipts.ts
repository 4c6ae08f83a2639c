import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import type { Address } from '../outbox/types';
import type { OutboxPruning } from '../retention/store';
import type { DeliveredMessage, QueuedReminder } from '../retention/types';

type Row = Record<string, unknown> & { partitionKey: string; rowKey: string; etag: string };

/** What a receipt keeps: never the activity, the summary or an error text. */
const RECEIPT_COLUMNS = [
  ...['PartitionKey', 'RowKey', 'id', 'to', 'kind', 'replaces', 'status', 'attempts', 'createdAt'],
  ...['sentActivityId', 'sentConversationId', 'tryingSince', 'pruned'],
];

/**
 * Retention's part of an outbox table (merged into its store): delivered and given-up messages listed without
 * their content, and replaced by receipts. A receipt is a row with ids and dates only: the outbox still sends each
 * deterministic id once, and a later card update still finds the post it replaces. A sent message's receipt stays
 * "sent"; a given-up one's becomes "expired", which is neither a failed delivery to retry nor ever sent.
 */
export function createOutboxPruning(name: string, table: TableClient): OutboxPruning {
  return {
    name,
    async listDelivered() {
      const filter = odata`RowKey ge ${'outbox|'} and RowKey lt ${'outbox}'} and (status eq ${'sent'} or status eq ${'dead'})`;
      const found: DeliveredMessage[] = [];
      for await (const row of table.listEntities<Row>({
        queryOptions: { filter, select: RECEIPT_COLUMNS },
      })) {
        if (row.pruned === true) continue;
        const text = (key: string) => (typeof row[key] === 'string' ? { [key]: row[key] as string } : {});
        found.push({
          store: name,
          partition: row.partitionKey,
          rowKey: row.rowKey,
          id: String(row.id ?? row.rowKey.slice('outbox|'.length)),
          to: JSON.parse(String(row.to ?? '{}')) as Address,
          kind: row.kind === 'update' ? 'update' : 'post',
          status: row.status === 'dead' ? 'dead' : 'sent',
          attempts: Number(row.attempts ?? 0),
          createdAt: String(row.createdAt ?? ''),
          ...text('replaces'),
          ...text('tryingSince'),
          ...text('sentActivityId'),
          ...text('sentConversationId'),
          etag: row.etag,
        });
      }
      return found;
    },
    async queuedSince(prefix) {
      const from = `outbox|${prefix}`;
      const filter = odata`RowKey ge ${from} and RowKey lt ${`${from}\uffff`}`;
      const found: QueuedReminder[] = [];
      const select = ['RowKey', 'createdAt'];
      for await (const row of table.listEntities<Row>({ queryOptions: { filter, select } })) {
        found.push({ id: row.rowKey.slice('outbox|'.length), queuedAt: String(row.createdAt ?? '') });
      }
      return found;
    },
    async pruneToReceipts(messages) {
      if (messages.length === 0) return 0;
      if (messages.length > 100) throw new Error('At most 100 rows are changed in one transaction');
      await table.submitTransaction(
        messages.map((m): TransactionAction => {
          const { store: _store, partition, etag, to, status, ...kept } = m;
          const receipt = {
            partitionKey: partition,
            ...kept,
            to: JSON.stringify(to),
            status: status === 'dead' ? 'expired' : 'sent',
          };
          return ['update', { ...receipt, nextAttemptAt: m.createdAt, pruned: true }, 'Replace', { etag }];
        }),
      );
      return messages.length;
    },
  };
}
