import type { Address } from '../outbox/types';
import {
  addDays,
  addMonths,
  addWorkingDays,
  daysBetween,
  isWorkingDay,
  londonDay,
  londonTime,
  subtractWorkingDays,
  weekday,
  type Day,
} from '../rota/calendar';

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
  readonly councillorIds: readonly string[];
  readonly cancelled: boolean;
  /** Booked on the rota (confirmations and reminders go out), or only recorded by councillors. */
  readonly booked: boolean;
  /** When the councillors submitted the form. */
  readonly formSubmittedAt?: string;
  /** When every responder had responded. */
  readonly responsesCompleteAt?: string;
}

export interface NudgeState {
  readonly services: readonly ServiceFacts[];
  readonly visits: readonly VisitFacts[];
  /** Nudges the partnerships team dealt with: key -> until when (ISO), or "handled" for good. */
  readonly quiet: ReadonlyMap<string, string>;
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

/** A message the rules want sent. Its key is deterministic: the same nudge always has the same key. */
export interface Nudge {
  readonly key: string;
  readonly to: Address;
  readonly text: string;
  /** For a reminder before a booked visit: the booking, so the card can offer to start its form. */
  readonly startsBooking?: string;
}

/**
 * Every nudge that should have gone out by `now`: a pure function of (now, state). Keys are deterministic, so
 * evaluating twice, or on two instances, proposes the same nudges; the outbox sends each key once.
 */
export function evaluate(now: Date, state: NudgeState, settings: NudgeSettings = DEFAULT_SETTINGS): Nudge[] {
  const today = londonDay(now);
  const reached = (day: Day): boolean => now >= londonTime(day, settings.sendAt);
  const nudges: Nudge[] = [];
  const add = (nudge: Nudge): void => {
    const quietUntil = state.quiet.get(nudge.key);
    if (quietUntil === 'handled' || (quietUntil && now < new Date(quietUntil))) return;
    nudges.push(nudge);
  };
  const partnerships: Address = { kind: 'partnerships' };
  const live = state.visits.filter((v) => !v.cancelled);

  for (const service of state.services) {
    const visits = live.filter((v) => v.serviceId === service.id);
    const held = visits
      .filter((v) => v.day < today)
      .map((v) => v.day)
      .sort();
    const booked = visits.some((v) => v.day >= today);
    const last = held.at(-1);
    if (booked) continue;
    if (!last) {
      if (isWorkingDay(today) && reached(today)) {
        add({
          key: `never-visited:${service.id}`,
          to: partnerships,
          text: `${service.name} has no visit on record and none booked.`,
        });
      }
      continue;
    }
    const due = addMonths(last, service.cadenceMonths);
    const untilDue = daysBetween(today, due);
    // Nudges for the partnerships team come in office hours: on a working day, from the send time.
    if (!isWorkingDay(today) || !reached(today)) continue;
    if (untilDue < 0) {
      add({
        key: `service-overdue:${service.id}:${due}`,
        to: partnerships,
        text: `${service.name} was due a visit on ${due} and none is booked.`,
      });
    } else if (untilDue <= settings.dueSoonDays) {
      add({
        key: `service-due-soon:${service.id}:${due}`,
        to: partnerships,
        text: `${service.name} is due a visit by ${due} and none is booked.`,
      });
    }
  }

  for (const visit of state.visits) {
    const service = state.services.find((s) => s.id === visit.serviceId);
    const name = service?.name ?? visit.serviceId;
    if (visit.cancelled) {
      visit.councillorIds.forEach((id) =>
        add({
          key: `cancelled:${visit.id}:${visit.day}:${id}`,
          to: { kind: 'person', aadObjectId: id },
          text: `Your visit to ${name} on ${visit.day} is cancelled.`,
        }),
      );
      continue;
    }
    if (visit.day >= today) {
      if (!visit.booked) continue;
      visit.councillorIds.forEach((id) => {
        add({
          key: `booked:${visit.id}:${visit.day}:${id}`,
          to: { kind: 'person', aadObjectId: id },
          text: `You are booked to visit ${name} on ${visit.day}.`,
        });
        if (reached(subtractWorkingDays(visit.day, settings.preVisitWorkingDays))) {
          add({
            key: `pre-visit:${visit.id}:${visit.day}:${id}`,
            to: { kind: 'person', aadObjectId: id },
            text: `Your visit to ${name} is on ${visit.day}.`,
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
              key: `form-reminder-${days}:${visit.id}:${id}`,
              to: { kind: 'person', aadObjectId: id },
              text: `Your form for the visit to ${name} on ${visit.day} is not submitted yet: it is ${days} days since the visit, and forms are due within ${settings.formOverdueDays}.`,
            }),
          );
        }
      }
      if (reached(addDays(visit.day, settings.formOverdueDays))) {
        add({
          key: `form-overdue:${visit.id}`,
          to: partnerships,
          text: `The form for the visit to ${name} on ${visit.day} is overdue.`,
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
          key: `response-reminder:${visit.id}`,
          to: { kind: 'service', serviceId: visit.serviceId },
          text: `A response to the visit to ${name} on ${visit.day} is awaited.`,
        });
      }
      if (reached(overdue)) {
        add({
          key: `response-overdue:${visit.id}`,
          to: partnerships,
          text: `The response to the visit to ${name} on ${visit.day} is overdue.`,
        });
      }
    }
  }

  if (weekday(today) === 1 && reached(today)) {
    add({ key: `digest:${today}`, to: partnerships, text: `Weekly digest for the week of ${today}.` });
  }
  return nudges;
}
