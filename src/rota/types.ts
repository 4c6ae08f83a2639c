import type { Day } from './calendar';

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
  readonly history: readonly { at: string; by: string; what: string; reason?: string }[];
  readonly etag: string;
}
