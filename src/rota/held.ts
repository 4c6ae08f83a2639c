import { addMonths, type Day } from '../kernel/london';
import type { Booking } from './types';

/**
 * A visit as the rota sees it: booked on the rota, recorded by councillors (its form started), or both, when
 * a booked visit's form was started with the booking's id.
 */
export interface VisitOnRecord {
  readonly id: string;
  readonly serviceId: string;
  /** The booking's day when it was booked, otherwise the day on the form. */
  readonly day: Day;
  readonly councillorIds: readonly string[];
  readonly cancelled: boolean;
  /** Booked on the rota. */
  readonly booked: boolean;
  /** Its form has been started (draft or submitted); a visit recorded without a booking always has. */
  readonly formStarted: boolean;
  /** The booking's start time ("HH:MM" London), for a booked visit. */
  readonly time?: string;
}

/**
 * The one definition of a held visit, used by the rota, `plan` and the nudges: a visit counts as held from
 * its day once its form is started (today included, draft or submitted), and a booking counts as held once
 * its day has passed. A booking for today is still to come until its form is started. Cancelled: never.
 */
export function isHeld(visit: Omit<VisitOnRecord, 'id' | 'councillorIds'>, today: Day): boolean {
  if (visit.cancelled) return false;
  return visit.day < today || (visit.day === today && visit.formStarted);
}

/** A service's standing on `today`: its last held visit, when the next is due, and its next visit to come. */
export interface Standing<V> {
  readonly last?: Day;
  /** The last held visit plus the service's cadence; undefined when it was never visited. */
  readonly due?: Day;
  /** The soonest visit from today on that is not held yet (booked, or recorded ahead by councillors). */
  readonly next?: V;
}

export function standing<V extends Omit<VisitOnRecord, 'id' | 'councillorIds'>>(
  service: { readonly id: string; readonly cadenceMonths: number },
  visits: readonly V[],
  today: Day,
): Standing<V> {
  const ours = visits.filter((v) => v.serviceId === service.id && !v.cancelled);
  const last = ours
    .filter((v) => isHeld(v, today))
    .map((v) => v.day)
    .sort()
    .at(-1);
  const next = ours
    .filter((v) => !isHeld(v, today) && v.day >= today)
    .sort((a, b) => a.day.localeCompare(b.day))[0];
  return {
    ...(last ? { last, due: addMonths(last, service.cadenceMonths) } : {}),
    ...(next ? { next } : {}),
  };
}

/**
 * Bookings and recorded visits as one list: a visit started from a booking shares its id and counts once,
 * on the booking's day and with the booking's status.
 */
export function visitsOnRecord(
  bookings: readonly Booking[],
  recorded: readonly {
    visit: { id: string; serviceId: string; date: Day; councillorIds: readonly string[] };
  }[],
): VisitOnRecord[] {
  const started = new Set(recorded.map((r) => r.visit.id));
  const bookedIds = new Set(bookings.map((b) => b.id));
  return [
    ...bookings.map((b) => ({
      id: b.id,
      serviceId: b.serviceId,
      day: b.day,
      councillorIds: b.councillorIds,
      cancelled: b.status === 'cancelled',
      booked: true,
      formStarted: started.has(b.id),
      time: b.time,
    })),
    ...recorded
      .filter((r) => !bookedIds.has(r.visit.id))
      .map(({ visit }) => ({
        id: visit.id,
        serviceId: visit.serviceId,
        day: visit.date,
        councillorIds: visit.councillorIds,
        cancelled: false,
        booked: false,
        formStarted: true,
      })),
  ];
}
