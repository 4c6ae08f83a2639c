import type { Day } from '../kernel/london';

/** Why a booked visit was moved or cancelled (the reasons the partnerships team records today). */
export const CHANGE_REASONS = ['sickness in the service', 'councillor availability', 'other'] as const;
export type ChangeReason = (typeof CHANGE_REASONS)[number];

/** A visit booked on the rota by the partnerships team. */
export interface Booking {
  readonly id: string;
  readonly serviceId: string;
  readonly day: Day;
  /** Start time, "HH:MM" Europe/London. */
  readonly time: string;
  readonly councillorIds: readonly string[];
  readonly meetingLink?: string;
  readonly status: 'booked' | 'cancelled';
  /** Every change, oldest first: booked, moved, cancelled, with who, when and why. */
  readonly history: readonly BookingEvent[];
  readonly etag: string;
}

/** One change to a booking. Booking from a `plan` names the plan, how many visits it booked and this one's day. */
export interface BookingEvent {
  readonly at: string;
  /** Who: their aadObjectId. Absent on events stored before ids were, which kept only the name. */
  readonly by?: string;
  /** Their name then (a role label once they are erased). */
  readonly byName: string;
  readonly what: string;
  readonly reason?: string;
  readonly plan?: { readonly id: string; readonly size: number; readonly day: Day };
  /** On a move: the day and time the visit had before it. */
  readonly from?: { readonly day: Day; readonly time: string };
}

/** A start time as the cards take it: "HH:MM", 24-hour. */
export const isStartTime = (time: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(time);

/**
 * The time a booking was first booked at. Moves record where the visit was before them; before moves did, a move
 * could change only the day, so the first move that records its start holds the first time.
 */
export function firstTime(booking: Booking): string {
  return booking.history.find((event) => event.from)?.from?.time ?? booking.time;
}

/** The plan a booking was booked from, and whether it is still as that plan booked it (not moved since, to
 * another day or time). */
export function planOf(booking: Booking): { id: string; size: number; asPlanned: boolean } | undefined {
  const plan = booking.history[0]?.plan;
  return (
    plan && {
      id: plan.id,
      size: plan.size,
      asPlanned: booking.day === plan.day && booking.time === firstTime(booking),
    }
  );
}
