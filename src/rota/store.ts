import type { Day } from '../kernel/london';
import type { Booking } from './types';

/** Booked visits, by id (a booking's id is also its visit's id once the form is started). */
export interface BookingRepository {
  create(booking: Omit<Booking, 'etag'>): Promise<void>;
  get(id: string): Promise<Booking | undefined>;
  list(): Promise<Booking[]>;
  /** The bookings from `from` to `to`, both included (a report reads its period and the year booked after it). */
  listBetween(from: Day, to: Day): Promise<Booking[]>;
  /** Replaces a booking if unchanged since it was read; ConcurrencyConflict otherwise. */
  update(booking: Booking, changes: Partial<Omit<Booking, 'id' | 'etag'>>): Promise<void>;
}
