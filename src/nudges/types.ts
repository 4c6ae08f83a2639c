import type { Action } from '../actions/types';
import type { Day } from '../kernel/london';
import type { Address } from '../outbox/types';

/** What the rules need to know about a service. */
export interface ServiceFacts {
  readonly id: string;
  readonly name: string;
  readonly cadenceMonths: number;
}

/** What the rules need to know about a visit, booked on the rota or recorded by councillors. */
export interface VisitFacts {
  readonly id: string;
  readonly serviceId: string;
  readonly day: Day;
  /** Start time ("HH:MM" London), for visits booked on the rota. */
  readonly time?: string;
  /** The time it was first booked at, when a move has changed it since (see firstTime in rota/types.ts). */
  readonly firstTime?: string;
  readonly councillorIds: readonly string[];
  readonly cancelled: boolean;
  /** Booked on the rota (confirmations and reminders go out), or only recorded by councillors. */
  readonly booked: boolean;
  /** Its form has been started (always, for a visit only recorded by councillors): see isHeld. */
  readonly formStarted: boolean;
  /** When the councillors submitted the form. */
  readonly formSubmittedAt?: string;
  /** When every responder had responded. */
  readonly responsesCompleteAt?: string;
  /** The booking's Teams meeting link, if it has one. */
  readonly meetingLink?: string;
  /** For a booking made by accepting a `plan`: the plan's id, how many visits it booked, and whether this one
   * is still as the plan booked it (not moved since). */
  readonly plan?: { readonly id: string; readonly size: number; readonly asPlanned: boolean };
}

export interface NudgeState {
  readonly services: readonly ServiceFacts[];
  readonly visits: readonly VisitFacts[];
  /** Nudges the partnerships team dealt with, by topic: snoozed until when, or handled for good. */
  readonly quiet: ReadonlyMap<string, Quiet>;
  /** Summaries of messages the outbox gave up on. */
  readonly failedDeliveries: readonly string[];
  /** Councillors' UPNs or emails by aadObjectId, for calendar invitations. */
  readonly emails?: ReadonlyMap<string, string>;
  /** Agreed actions from visits past their target month, for the weekly digest. */
  readonly overdueActions?: readonly Action[];
}

/** Every lead time, configurable. */
export interface NudgeSettings {
  readonly dueSoonDays: number;
  readonly preVisitWorkingDays: number;
  readonly formReminderDays: readonly number[];
  readonly formOverdueDays: number;
  readonly responseReminderWorkingDays: number;
  readonly responseOverdueWorkingDays: number;
  /** The London time of day at which dated nudges go out. */
  readonly sendAt: string;
}

/** What the partnerships team did with a nudge: snoozed it until a time (ISO), or marked it handled. */
export type Quiet =
  { readonly until: string; readonly by: string } | { readonly handled: true; readonly by: string };

/** What the partnerships team can do with a nudge in their channel. */
export type NudgeAction = 'book' | 'snooze' | 'handle';

/** A message the rules want sent. Its key is deterministic: the same nudge always has the same key. */
export interface Nudge {
  /** Sent once per key. */
  readonly key: string;
  /** What the nudge is about; a snooze or "handled" applies to the topic, and a nudge sent again after a
   * snooze gets a new key. */
  readonly topic: string;
  readonly to: Address;
  readonly text: string;
  /** For a booking confirmation: the visits it confirms, so the card can offer "Add to calendar". */
  readonly visits?: readonly BookedSlot[];
  /** For a reminder before a booked visit: the booking, so the card can offer to start its form. */
  readonly startsBooking?: string;
  /** For a reminder before a booked visit: its Teams meeting link, if it has one. */
  readonly meetingLink?: string;
  /** For the partnerships channel: the actions its card offers (Book needs the service). */
  readonly actions?: readonly NudgeAction[];
  readonly serviceId?: string;
}

/** A booked visit as a confirmation shows it. */
export interface BookedSlot {
  readonly serviceName: string;
  readonly day: Day;
  /** Start, "HH:MM" London time. */
  readonly time: string;
  readonly meetingLink?: string;
  /** The councillors' UPNs or emails, from the directory. */
  readonly attendees: readonly string[];
}
