import type { TableClient, TransactionAction } from '@azure/data-tables';
import type { ClosedVisit, OpenVisit, StandingRepository } from '../overview/standing';
import { fromChunks, toChunks } from './json-chunks';
import { getOrUndefined, isConflict, listPartition, upsertAll } from './table-helpers';

type Row = { rowKey: string; etag: string } & Record<string, unknown>;
const WHOLE = { partitionKey: 'meta', rowKey: 'whole' };
const REBUILDING = { partitionKey: 'meta', rowKey: 'rebuilding' };
/** How long a rebuild may hold its mark before another reader takes over (one that crashed never ends). */
const REBUILD_MS = 60_000;

/**
 * The Standing table, the overview's index: partition "open" holds each open visit (RowKey its id), partition
 * "closed" each service's last closed visit (RowKey the service id), and "meta" whether the index is whole
 * ("whole") and a rebuild under way ("rebuilding", until when; ended: ""; every write to a source deletes it).
 * A closed visit whose booking is moved earlier or cancelled after it closed (rare) leaves the index not whole,
 * so that the next reader rebuilds it.
 */
export function createStandingRepository(table: TableClient): StandingRepository {
  const setWhole = async (whole: boolean): Promise<void> => {
    if (whole) await table.upsertEntity({ ...WHOLE }, 'Replace');
    else await table.deleteEntity(WHOLE.partitionKey, WHOLE.rowKey).catch(ignoreMissing);
  };
  const drop = (partition: string, rowKey: string): Promise<unknown> =>
    table.deleteEntity(partition, rowKey).catch(ignoreMissing);

  /** Makes `closed` its service's last closed visit if none later is; answers false when another write won. */
  const raise = async (closed: ClosedVisit): Promise<boolean> => {
    const row = await getOrUndefined<Row>(table, 'closed', closed.serviceId);
    const current = row && fromChunks<ClosedVisit>('data', row);
    if (current?.id === closed.id && current.day > closed.day) return setWhole(false).then(() => true);
    if (current && current.id !== closed.id && current.day >= closed.day) return true;
    const entity = { partitionKey: 'closed', rowKey: closed.serviceId, ...toChunks('data', closed) };
    try {
      if (row) await table.updateEntity(entity, 'Replace', { etag: row.etag });
      else await table.createEntity(entity);
      return true;
    } catch (error) {
      if (isConflict(error)) return false;
      throw error;
    }
  };

  return {
    async read() {
      const [open, closed] = await Promise.all([
        listPartition<Row>(table, 'open'),
        listPartition<Row>(table, 'closed'),
      ]);
      return {
        open: open.map((row) => fromChunks<OpenVisit>('data', row)),
        closed: closed.map((row) => fromChunks<ClosedVisit>('data', row)),
      };
    },
    async put(id, serviceId, standing) {
      // Nothing reopens a closed visit (its form stays in, and so do its responses): an open one is only written.
      const open = 'open' in standing ? standing.open : undefined;
      if (open)
        return void (await table.upsertEntity(
          { partitionKey: 'open', rowKey: id, ...toChunks('data', open) },
          'Replace',
        ));
      await drop('open', id);
      if ('closed' in standing) {
        for (let attempt = 0; attempt < 3; attempt++) if (await raise(standing.closed)) return;
        return setWhole(false);
      }
      const last = await getOrUndefined<Row>(table, 'closed', serviceId);
      if (last && fromChunks<ClosedVisit>('data', last).id === id) await setWhole(false);
    },
    async replace(open, closed) {
      // Written first and pruned after, so that a reader meanwhile sees more rows, never fewer.
      const rows = {
        open: open.map((v) => ({ partitionKey: 'open', rowKey: v.id, ...toChunks('data', v) })),
        closed: closed.map((v) => ({ partitionKey: 'closed', rowKey: v.serviceId, ...toChunks('data', v) })),
      };
      for (const [partition, entities] of Object.entries(rows)) {
        await upsertAll(table, entities);
        const keep = new Set(entities.map((e) => e.rowKey));
        const stale = (await listPartition<Row>(table, partition)).filter((row) => !keep.has(row.rowKey));
        await Promise.all(stale.map((row) => drop(partition, row.rowKey)));
      }
    },
    isWhole: async () => (await getOrUndefined(table, WHOLE.partitionKey, WHOLE.rowKey)) !== undefined,
    setWhole,
    async beginRebuild(now) {
      const mark = { ...REBUILDING, until: new Date(now.getTime() + REBUILD_MS).toISOString() };
      const unlessTaken = (error: unknown) => (isConflict(error) ? undefined : Promise.reject(error));
      const created = await table.createEntity(mark).then((w) => w.etag, unlessTaken);
      if (created) return created;
      // Another reader's rebuild is under way, unless it has held its mark too long.
      const current = await getOrUndefined<Row>(table, REBUILDING.partitionKey, REBUILDING.rowKey);
      if (!current || String(current.until) > now.toISOString()) return undefined; // ISO times sort as text
      return table.updateEntity(mark, 'Replace', { etag: current.etag }).then((w) => w.etag, unlessTaken);
    },
    async endRebuild(mark) {
      // One transaction, so that nothing comes between the check and marking it whole; the mark stays, ended.
      const ended: TransactionAction[] = [
        ['update', { ...REBUILDING, until: '' }, 'Replace', { etag: mark }],
        ['upsert', WHOLE, 'Replace'],
      ];
      const whole = await table.submitTransaction(ended).then(
        () => true,
        (error: unknown) => (isConflict(error) || isMissing(error) ? false : Promise.reject(error)),
      );
      if (whole) return true;
      // What this rebuild wrote may be older than what another wrote: interrupt that one too.
      await drop(REBUILDING.partitionKey, REBUILDING.rowKey);
      await setWhole(false);
      return false;
    },
    interruptRebuild: async () => void (await drop(REBUILDING.partitionKey, REBUILDING.rowKey)),
  };
}

const isMissing = (error: unknown): boolean => (error as { statusCode?: number }).statusCode === 404;

function ignoreMissing(error: unknown): void {
  if (!isMissing(error)) throw error;
}
