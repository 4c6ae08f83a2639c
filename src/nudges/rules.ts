import { formatDay } from '../kernel/london';
import {
  addDays,
  addWorkingDays,
  daysBetween,
  isWorkingDay,
  londonDay,
  londonTime,
  subtractWorkingDays,
  type Day,
} from '../kernel/london';
import type { Address } from '../outbox/types';
import { standing } from '../rota/held';
import { planSummaries, slotOf } from './confirmations';
import { TOPIC } from './topics';
import type { VisitFacts, NudgeState, NudgeSettings, Nudge } from './types';

export const DEFAULT_SETTINGS: NudgeSettings = {
  dueSoonDays: 30,
  preVisitWorkingDays: 2,
  formReminderDays: [14, 21],
  formOverdueDays: 28,
  responseReminderWorkingDays: 10,
  responseOverdueWorkingDays: 20,
  sendAt: '09:00',
};

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
          topic: TOPIC.neverVisited(service.id),
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
        topic: TOPIC.serviceOverdue(service.id, due),
        ...aboutService(service.id),
        text: `${service.name} was due a visit on ${formatDay(due)} and none is booked.`,
      });
    } else if (untilDue <= settings.dueSoonDays) {
      add({
        topic: TOPIC.serviceDueSoon(service.id, due),
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
            topic: `booked:${visit.id}:${slotKey(visit)}:${id}`,
            to: { kind: 'person', aadObjectId: id },
            text: `You are booked to visit ${name} on ${formatDay(visit.day)}${at(visit)}.`,
            visits: [slotOf(state, visit)],
          });
        }
        if (reached(subtractWorkingDays(visit.day, settings.preVisitWorkingDays))) {
          add({
            topic: `pre-visit:${visit.id}:${slotKey(visit)}:${id}`,
            to: { kind: 'person', aadObjectId: id },
            text: `Your visit to ${name} is on ${formatDay(visit.day)}${at(visit)}.`,
            startsBooking: visit.id,
            ...(visit.meetingLink ? { meetingLink: visit.meetingLink } : {}),
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
          topic: TOPIC.formOverdue(visit.id),
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
          topic: TOPIC.responseOverdue(visit.id),
          ...forPartnerships,
          text: `The response to the visit to ${name} on ${formatDay(visit.day)} is overdue.`,
        });
      }
    }
  }
  return nudges;
}

const at = (visit: VisitFacts): string => (visit.time ? ` at ${visit.time}` : '');

/**
 * A booking's slot in a nudge's key: its day, and its time once a move has changed the time it was first booked
 * at. Moving to another day or time makes a new key (so the councillors are told again); a booking never moved
 * in time keeps the key it has always had, so nothing already sent goes out twice.
 */
export const slotKey = (visit: VisitFacts): string =>
  visit.firstTime !== undefined && visit.time !== visit.firstTime ? `${visit.day}@${visit.time}` : visit.day;
