import type { AuditTrail } from '../audit/trail';
import type { Clock } from '../kernel/clock';
import type { Allowed } from '../directory/access';
import type { DirectoryLookup } from '../directory/directory';
import type { Person } from '../directory/types';
import type { BookingRepository } from './store';
import type { VisitRepository } from '../visits/store';
import { ConcurrencyConflict } from '../kernel/errors';
import { daysBetween, isWorkingDay, londonDay, type Day } from '../kernel/london';
import { bookingEntry } from './booking-entry';
import { visitsOnRecord } from './held';
import { rotaLines, type RotaLine } from './lines';
import { CHANGE_REASONS, isStartTime, type Booking, type ChangeReason } from './types';

/** Who keeps the rota: booking, moving, cancelling and planning visits are theirs. */
export const KEEPS_ROTA: Allowed = {
  roles: ['partnerships'],
  refusal: 'Only the partnerships team keeps the rota',
};

export interface BookingRequest {
  readonly serviceId: string;
  readonly day: string;
  readonly time: string;
  readonly councillorIds: readonly string[];
  readonly meetingLink?: string;
}

export type RotaResult = { ok: true; booking: Booking } | { ok: false; problem: string };

export interface RotaDeps {
  readonly bookings: BookingRepository;
  readonly visits: VisitRepository;
  readonly directory: DirectoryLookup;
  readonly clock: Clock;
  readonly newId: () => string;
  readonly dueSoonDays: number;
  /** Where each booking, move and cancellation is recorded. */
  readonly audit: AuditTrail;
}

/** The partnerships team's rota: what is due, booking visits, moving and cancelling them with a reason. */
export function createRota(deps: RotaDeps) {
  const today = (): Day => londonDay(deps.clock.now());

  async function checkRequest(request: BookingRequest): Promise<string | undefined> {
    if (!(await deps.directory.service(request.serviceId))) return 'Choose the service to visit.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(request.day) || Number.isNaN(Date.parse(request.day)))
      return 'Choose the date of the visit.';
    if (request.day < today()) return 'Choose a date from today on.';
    if (!isWorkingDay(request.day)) return 'That date is a weekend or a bank holiday: choose a working day.';
    if (!isStartTime(request.time)) return 'Choose a start time (for example 10:00).';
    if (request.councillorIds.length === 0) return 'Choose at least one councillor.';
    const councillors = await deps.directory.councillors();
    if (!request.councillorIds.every((id) => councillors.some((c) => c.aadObjectId === id))) {
      return 'Only councillors in the directory can be booked.';
    }
    if (request.meetingLink && !/^https:\/\/\S+$/.test(request.meetingLink)) {
      return 'The meeting link must be an https:// address (copy it from the Teams meeting).';
    }
    return undefined;
  }

  return {
    booking: (id: string) => deps.bookings.get(id),

    /**
     * A councillor's booked visits held in the last 28 days or due in the next 14: what `start` offers. (A visit
     * booked with a week's notice is up to 9 days away from a weekend, and 12 over Christmas.)
     */
    async bookingsFor(aadObjectId: string): Promise<Booking[]> {
      const now = today();
      return (await deps.bookings.list())
        .filter((b) => b.status === 'booked' && b.councillorIds.includes(aadObjectId))
        .filter((b) => daysBetween(b.day, now) <= 28 && daysBetween(now, b.day) <= 14)
        .sort((a, b) => a.day.localeCompare(b.day));
    },

    async overview(): Promise<RotaLine[]> {
      const [services, bookings, summaries] = await Promise.all([
        deps.directory.services(),
        deps.bookings.list(),
        deps.visits.listSummaries(),
      ]);
      return rotaLines(services, visitsOnRecord(bookings, summaries), today(), deps.dueSoonDays);
    },

    async book(by: Person, request: BookingRequest): Promise<RotaResult> {
      const problem = await checkRequest(request);
      if (problem) return { ok: false, problem };
      const booking = {
        id: deps.newId(),
        serviceId: request.serviceId,
        day: request.day,
        time: request.time,
        councillorIds: request.councillorIds,
        ...(request.meetingLink ? { meetingLink: request.meetingLink } : {}),
        status: 'booked' as const,
        history: [
          {
            at: deps.clock.now().toISOString(),
            by: by.aadObjectId,
            byName: by.name,
            what: `booked for ${request.day} ${request.time}`,
          },
        ],
      };
      await deps.bookings.create(booking);
      await deps.audit.record({
        ...bookingEntry(by, 'booking.made', booking, `${request.day} ${request.time}`),
        ...(request.meetingLink ? { text: { after: request.meetingLink } } : {}),
      });
      return { ok: true, booking: { ...booking, etag: '' } };
    },

    /**
     * Moves a booking to another day or time (`to`; without a time, it keeps its own), or cancels it (`to`
     * undefined); the reason is kept in its history, with where a moved visit was before.
     */
    async change(
      by: Person,
      id: string,
      reason: string,
      to?: { readonly day: string; readonly time?: string | undefined },
    ): Promise<RotaResult> {
      const booking = await deps.bookings.get(id);
      if (!booking) return { ok: false, problem: 'I cannot find that booking.' };
      if (booking.status === 'cancelled') return { ok: false, problem: 'That visit is already cancelled.' };
      if (!CHANGE_REASONS.includes(reason as ChangeReason))
        return { ok: false, problem: 'Choose a reason for the change.' };
      const at = deps.clock.now().toISOString();
      const slot = to && { day: to.day, time: to.time ?? booking.time };
      if (slot !== undefined) {
        if (slot.day === booking.day && slot.time === booking.time)
          return {
            ok: false,
            problem: 'That is when it is booked already: choose a new date or start time.',
          };
        const problem = await checkRequest({ ...booking, ...slot });
        if (problem) return { ok: false, problem };
      }
      const from = { day: booking.day, time: booking.time };
      const changes =
        slot === undefined
          ? {
              status: 'cancelled' as const,
              history: [
                ...booking.history,
                { at, by: by.aadObjectId, byName: by.name, what: 'cancelled', reason },
              ],
            }
          : {
              ...slot,
              history: [
                ...booking.history,
                {
                  at,
                  by: by.aadObjectId,
                  byName: by.name,
                  what: `moved from ${from.day} ${from.time} to ${slot.day} ${slot.time}`,
                  reason,
                  from,
                },
              ],
            };
      try {
        await deps.bookings.update(booking, changes);
      } catch (error) {
        if (error instanceof ConcurrencyConflict)
          return { ok: false, problem: 'Someone changed this booking a moment ago: open the rota again.' };
        throw error;
      }
      await deps.audit.record(
        slot === undefined
          ? bookingEntry(by, 'booking.cancelled', booking, reason)
          : bookingEntry(by, 'booking.moved', booking, `${slot.day} ${slot.time}, ${reason}`),
      );
      return { ok: true, booking: { ...booking, ...changes } };
    },
  };
}

export type Rota = ReturnType<typeof createRota>;
