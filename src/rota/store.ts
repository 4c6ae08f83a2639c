import type { Day } from '../kernel/london';
import type { Booking } from './types';

/** Booked visits, by id (a booking's id is also its visit's id once the form is started). */
export interface BookingRepository {
  create(booking: Omit<Booking, 'etag'>): Promise<void>;
  get(id: string): Promise<Booking | undefined>;
  list(): Promise<Booking[]>;
  /** The bookings for `day` or later (a report reads its period and what is booked after it). */
  listFrom(day: Day): Promise<Booking[]>;
  /** Replaces a booking if unchanged since it was read; ConcurrencyConflict otherwise. */
  update(booking: Booking, changes: Partial<Omit<Booking, 'id' | 'etag'>>): Promise<void>;
}
