import type { Day } from '../kernel/london';
import type { BookedSlot, Nudge, NudgeState, VisitFacts } from './types';

/**
 * One message per councillor for each accepted plan, once all its bookings exist: their visits from it still
 * to come and as booked, in date order. Keyed by plan and councillor, so it is sent once.
 */
export function planSummaries(state: NudgeState, today: Day): Omit<Nudge, 'key'>[] {
  const plans = new Map<string, VisitFacts[]>();
  for (const visit of state.visits) {
    if (visit.plan) plans.set(visit.plan.id, [...(plans.get(visit.plan.id) ?? []), visit]);
  }
  const summaries: Omit<Nudge, 'key'>[] = [];
  for (const [planId, visits] of plans) {
    if (visits.length < visits[0]!.plan!.size) continue; // still being booked
    const toCome = visits
      .filter((v) => !v.cancelled && v.plan!.asPlanned && v.day >= today)
      .sort((a, b) => a.day.localeCompare(b.day) || (a.time ?? '').localeCompare(b.time ?? ''));
    for (const id of new Set(toCome.flatMap((v) => v.councillorIds))) {
      const mine = toCome.filter((v) => v.councillorIds.includes(id));
      const count = mine.length === 1 ? 'a visit' : `${mine.length} visits`;
      summaries.push({
        topic: `plan-booked:${planId}:${id}`,
        to: { kind: 'person', aadObjectId: id },
        text: `You are booked for ${count} from the ${mine[0]!.day.slice(0, 4)} plan, in date order:`,
        visits: mine.map((v) => slotOf(state, v)),
      });
    }
  }
  return summaries;
}

/** A visit as its confirmation shows it, with every councillor on it invited. */
export function slotOf(state: NudgeState, visit: VisitFacts): BookedSlot {
  return {
    serviceName: state.services.find((s) => s.id === visit.serviceId)?.name ?? visit.serviceId,
    day: visit.day,
    time: visit.time ?? '10:00',
    ...(visit.meetingLink ? { meetingLink: visit.meetingLink } : {}),
    attendees: visit.councillorIds.flatMap((id) => state.emails?.get(id) ?? []),
  };
}
