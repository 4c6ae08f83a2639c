import type { TableClient } from '@azure/data-tables';
import {
  refreshStanding,
  type ClosedVisit,
  type OpenVisit,
  type StandingRepository,
  type StandingSources,
} from '../overview/standing';
import type { BookingRepository } from '../rota/store';
import type { VisitRepository } from '../visits/store';
import { fromChunks, toChunks } from './json-chunks';
import { getOrUndefined, isConflict, listPartition, upsertAll } from './table-helpers';

type Row = { rowKey: string; etag: string } & Record<string, unknown>;
const WHOLE = { partitionKey: 'meta', rowKey: 'whole' };

/**
 * The Standing table, the overview's index: partition "open" holds each open visit (RowKey its id), partition
 * "closed" each service's last closed visit (RowKey the service id), and "meta" whether the index is whole.
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
  };
}

function ignoreMissing(error: unknown): void {
  if ((error as { statusCode?: number }).statusCode !== 404) throw error;
}

/**
 * The visit and booking repositories with the overview's index kept after each write that can change where a
 * visit stands (booked, moved, cancelled, form started, submitted, responded). A write whose index update fails
 * stands: the index is marked not whole instead, and its next reader rebuilds it.
 */
export function keepingStanding(
  sources: StandingSources & { visits: VisitRepository; bookings: BookingRepository },
) {
  const refresh = (id: string): Promise<void> =>
    refreshStanding(sources, id).catch(() => sources.standing.setWhole(false).catch(() => undefined));
  const then =
    <A extends unknown[]>(write: (...args: A) => Promise<void>, idOf: (...args: A) => string) =>
    async (...args: A): Promise<void> => {
      await write(...args);
      await refresh(idOf(...args));
    };
  const { visits, bookings } = sources;
  return {
    visits: {
      ...visits,
      create: then(visits.create, (visit) => visit.id),
      submit: then(visits.submit, (visit) => visit.id),
      respond: then(visits.respond, (visitId) => visitId),
    } satisfies VisitRepository,
    bookings: {
      ...bookings,
      create: then(bookings.create, (booking) => booking.id),
      update: then(bookings.update, (booking) => booking.id),
    } satisfies BookingRepository,
  };
}
