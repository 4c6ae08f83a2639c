import { odata, type TableClient } from '@azure/data-tables';
import { ConcurrencyConflict } from '../kernel/errors';
import type { BookingRelabelling } from '../records/store';
import type { BookingDeletion } from '../retention/store';
import type { BookingRepository } from '../rota/store';
import type { Booking, BookingEvent } from '../rota/types';
import { deleteCounted, getOrUndefined, listPartition } from './table-helpers';

type Row = { rowKey: string; etag: string } & Record<string, unknown>;

/** The Rota table: one row per booked visit (PartitionKey "booking", RowKey its id, also the visit's id). */
export function createBookingRepository(
  table: TableClient,
): BookingRepository & BookingDeletion & BookingRelabelling {
  const repository = {
    create: async (booking) => void (await table.createEntity(toRow(booking))),
    async get(id) {
      const row = await getOrUndefined<Row>(table, 'booking', id);
      return row && toBooking(row);
    },
    removeBooking: (id) => deleteCounted(table, 'booking', id),
    list: async () => (await listPartition<Row>(table, 'booking')).map(toBooking),
    async listBetween(from, to) {
      const filter = odata`PartitionKey eq ${'booking'} and day ge ${from} and day le ${to}`;
      const bookings: Booking[] = [];
      for await (const row of table.listEntities<Row>({ queryOptions: { filter } }))
        bookings.push(toBooking(row));
      return bookings;
    },
    async update(booking, changes) {
      try {
        await table.updateEntity(toRow({ ...booking, ...changes }), 'Replace', { etag: booking.etag });
      } catch (error) {
        if ((error as { statusCode?: number }).statusCode === 412) throw new ConcurrencyConflict();
        throw error;
      }
    },
  } satisfies BookingRepository & BookingDeletion;
  return {
    ...repository,
    async relabelBookings(aadObjectId, names, label) {
      const theirs = (e: BookingEvent): boolean =>
        e.by === aadObjectId || (e.by === undefined && names.includes(e.byName));
      let changed = 0;
      for (const booking of await repository.list()) {
        if (!booking.history.some((e) => theirs(e) && e.byName !== label)) continue;
        const history = booking.history.map((e) => (theirs(e) ? { ...e, byName: label } : e));
        await repository.update(booking, { history }); // a conflict stops it: running it again finishes
        changed++;
      }
      return changed;
    },
  };
}

function toRow(booking: Omit<Booking, 'etag'> & { etag?: string }) {
  const { id, councillorIds, history, etag: _etag, ...rest } = booking;
  return {
    partitionKey: 'booking',
    rowKey: id,
    ...rest,
    councillorIds: JSON.stringify(councillorIds),
    history: JSON.stringify(history),
  };
}

function toBooking(row: Row): Booking {
  return {
    id: row.rowKey,
    serviceId: String(row.serviceId),
    day: String(row.day),
    time: String(row.time ?? '10:00'),
    councillorIds: JSON.parse(String(row.councillorIds ?? '[]')) as string[],
    ...(typeof row.meetingLink === 'string' ? { meetingLink: row.meetingLink } : {}),
    status: row.status === 'cancelled' ? 'cancelled' : 'booked',
    history: (JSON.parse(String(row.history ?? '[]')) as StoredEvent[]).map(eventOf),
    etag: row.etag,
  };
}

/** An event as stored: before ids were kept, `by` held the name and there was no `byName`. */
type StoredEvent = Omit<BookingEvent, 'byName'> & { readonly byName?: string };

function eventOf({ by, byName, ...rest }: StoredEvent): BookingEvent {
  if (byName === undefined) return { ...rest, byName: by ?? '' };
  return { ...rest, ...(by === undefined ? {} : { by }), byName };
}
