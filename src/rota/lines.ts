import type { Service } from '../directory/types';
import { daysBetween, type Day } from '../kernel/london';
import { standing, type VisitOnRecord } from './held';

/** One line of the `rota`: a service's last visit, next booking and when it is due. */
export interface RotaLine {
  readonly service: Service;
  /** The last held visit (see held.ts). */
  readonly lastVisit?: Day;
  /** The next visit to come: a booking (with its time and id), or a form councillors started ahead. */
  readonly next?: { readonly day: Day; readonly time?: string; readonly bookingId?: string };
  readonly due?: Day;
  readonly flag: 'booked' | 'due soon' | 'overdue' | 'not due' | 'never visited';
}

/** Each service's line on `today`, from the bookings and the visits on record (see held.ts). */
export function rotaLines(
  services: readonly Service[],
  visits: readonly VisitOnRecord[],
  today: Day,
  dueSoonDays: number,
): RotaLine[] {
  return services.map((service) => {
    const { last, due, next } = standing(service, visits, today);
    const flag: RotaLine['flag'] = next
      ? 'booked'
      : !due
        ? 'never visited'
        : due < today
          ? 'overdue'
          : daysBetween(today, due) <= dueSoonDays
            ? 'due soon'
            : 'not due';
    return {
      service,
      ...(last ? { lastVisit: last } : {}),
      ...(next
        ? { next: { day: next.day, ...(next.booked ? { time: next.time, bookingId: next.id } : {}) } }
        : {}),
      ...(due ? { due } : {}),
      flag,
    };
  });
}
