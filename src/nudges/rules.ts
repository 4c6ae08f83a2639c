import { formatDay } from '../cards/dates';
import type { Address } from '../outbox/types';
import {
  addDays,
  addWorkingDays,
  daysBetween,
  isWorkingDay,
  londonDay,
  londonTime,
  subtractWorkingDays,
  type Day,
} from '../rota/calendar';
import { standing } from '../rota/held';
import { planSummaries, slotOf } from './confirmations';

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

export const DEFAULT_SETTINGS: NudgeSettings = {
  dueSoonDays: 30,
  preVisitWorkingDays: 2,
  formReminderDays: [14, 21],
  formOverdueDays: 28,
  responseReminderWorkingDays: 10,
  responseOverdueWorkingDays: 20,
  sendAt: '09:00',
};

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

type Proposal = Omit<Nudge, 'key'>;

/**
 * Every nudge that should have gone out by `now`: a pure function of (now, state). Keys are deterministic, so
 * evaluating twice, or on two instances, proposes the same nudges; the outbox sends each key once.
 */
export function evaluate(now: Date, state: NudgeState, settings: NudgeSettings = DEFAULT_SETTINGS): Nudge[] {
  const today = londonDay(now);
  const reached = (day: Day): boolean => now >= londonTime(day, settings.sendAt);
  const nudges: Nudge[] = [];
  const add = ({ topic, ...nudge }: Proposal): void => {
    const quiet = state.quiet.get(topic);
    if (quiet && 'handled' in quiet) return;
    if (quiet && now < new Date(quiet.until)) return;
    // After a snooze the nudge is sent again, under a key of its own.
    nudges.push({ key: quiet ? `${topic}~${quiet.until}` : topic, topic, ...nudge });
  };
  const partnerships: Address = { kind: 'partnerships' };
  const aboutService = (serviceId: string) =>
    ({ to: partnerships, actions: ['book', 'snooze', 'handle'], serviceId }) as const;
  const forPartnerships = { to: partnerships, actions: ['snooze', 'handle'] } as const;
  const live = state.visits.filter((v) => !v.cancelled);
  for (const service of state.services) {
    const { due, next } = standing(service, live, today);
    if (next) continue;
    if (!due) {
      if (isWorkingDay(today) && reached(today)) {
        add({
          topic: `never-visited:${service.id}`,
          ...aboutService(service.id),
          text: `${service.name} has no visit on record and none booked.`,
        });
      }
      continue;
    }
    const untilDue = daysBetween(today, due);
    // Nudges for the partnerships team come in office hours: on a working day, from the send time.
    if (!isWorkingDay(today) || !reached(today)) continue;
    if (untilDue < 0) {
      add({
        topic: `service-overdue:${service.id}:${due}`,
        ...aboutService(service.id),
        text: `${service.name} was due a visit on ${formatDay(due)} and none is booked.`,
      });
    } else if (untilDue <= settings.dueSoonDays) {
      add({
        topic: `service-due-soon:${service.id}:${due}`,
        ...aboutService(service.id),
        text: `${service.name} is due a visit by ${formatDay(due)} and none is booked.`,
      });
    }
  }

  planSummaries(state, today).forEach(add);

  for (const visit of state.visits) {
    const service = state.services.find((s) => s.id === visit.serviceId);
    const name = service?.name ?? visit.serviceId;
    if (visit.cancelled) {
      visit.councillorIds.forEach((id) =>
        add({
          topic: `cancelled:${visit.id}:${visit.day}:${id}`,
          to: { kind: 'person', aadObjectId: id },
          text: `Your visit to ${name} on ${formatDay(visit.day)} is cancelled.`,
        }),
      );
      continue;
    }
    if (visit.day >= today) {
      if (!visit.booked) continue;
      visit.councillorIds.forEach((id) => {
        // A visit booked from a plan is confirmed in the plan's summary, unless it was moved since.
        if (!visit.plan?.asPlanned) {
          add({
            topic: `booked:${visit.id}:${visit.day}:${id}`,
            to: { kind: 'person', aadObjectId: id },
            text: `You are booked to visit ${name} on ${formatDay(visit.day)}${at(visit)}.`,
            visits: [slotOf(state, visit)],
          });
        }
        if (reached(subtractWorkingDays(visit.day, settings.preVisitWorkingDays))) {
          add({
            topic: `pre-visit:${visit.id}:${visit.day}:${id}`,
            to: { kind: 'person', aadObjectId: id },
            text: `Your visit to ${name} is on ${formatDay(visit.day)}${at(visit)}.`,
            startsBooking: visit.id,
          });
        }
      });
      continue;
    }
    if (!visit.formSubmittedAt) {
      for (const days of settings.formReminderDays) {
        if (reached(addDays(visit.day, days)) && daysBetween(visit.day, today) < settings.formOverdueDays) {
          visit.councillorIds.forEach((id) =>
            add({
              topic: `form-reminder-${days}:${visit.id}:${id}`,
              to: { kind: 'person', aadObjectId: id },
              text: `Your form for the visit to ${name} on ${formatDay(visit.day)} is not submitted yet: it is ${days} days since the visit, and forms are due within ${settings.formOverdueDays}.`,
            }),
          );
        }
      }
      if (reached(addDays(visit.day, settings.formOverdueDays))) {
        add({
          topic: `form-overdue:${visit.id}`,
          ...forPartnerships,
          text: `The form for the visit to ${name} on ${formatDay(visit.day)} is overdue.`,
        });
      }
      continue;
    }
    if (!visit.responsesCompleteAt) {
      const submitted = londonDay(new Date(visit.formSubmittedAt));
      const reminder = addWorkingDays(submitted, settings.responseReminderWorkingDays);
      const overdue = addWorkingDays(submitted, settings.responseOverdueWorkingDays);
      if (reached(reminder)) {
        add({
          topic: `response-reminder:${visit.id}`,
          to: { kind: 'service', serviceId: visit.serviceId },
          text: `A response to the visit to ${name} on ${formatDay(visit.day)} is awaited.`,
        });
      }
      if (reached(overdue)) {
        add({
          topic: `response-overdue:${visit.id}`,
          ...forPartnerships,
          text: `The response to the visit to ${name} on ${formatDay(visit.day)} is overdue.`,
        });
      }
    }
  }
  return nudges;
}

const at = (visit: VisitFacts): string => (visit.time ? ` at ${visit.time}` : '');
