import type { DirectoryLookup } from '../directory/directory';
import type { Dispatcher } from '../outbox/dispatcher';
import type { BookingRepository } from '../storage/booking-repository';
import type { NudgeRepository } from '../storage/nudge-repository';
import type { VisitRepository } from '../storage/visit-repository';
import type { NudgeState, VisitFacts } from './rules';

export interface NudgeStateSources {
  readonly directory: DirectoryLookup;
  readonly visits: VisitRepository;
  readonly bookings: BookingRepository;
  readonly nudges: NudgeRepository;
  readonly dispatcher: Pick<Dispatcher, 'open'>;
}

/**
 * The rules' view of the world, read from storage: services from the directory, visits booked on the rota,
 * visits recorded by councillors, what the partnerships team did with nudges, and failed deliveries. A visit
 * started from a booking shares its id, and counts once.
 */
export async function readNudgeState(sources: NudgeStateSources): Promise<NudgeState> {
  const [services, summaries, booked, quiet, open] = await Promise.all([
    sources.directory.services(),
    sources.visits.listSummaries(),
    sources.bookings.list(),
    sources.nudges.quiet(),
    sources.dispatcher.open(),
  ]);
  const recorded = new Map(summaries.map((s) => [s.visit.id, s]));
  const bookedIds = new Set(booked.map((b) => b.id));
  const fromRota: VisitFacts[] = booked.map((b) => {
    const record = recorded.get(b.id);
    return {
      id: b.id,
      serviceId: b.serviceId,
      day: b.day,
      time: b.time,
      councillorIds: b.councillorIds,
      cancelled: b.status === 'cancelled',
      booked: true,
      ...(record?.visit.submittedAt ? { formSubmittedAt: record.visit.submittedAt } : {}),
      ...(record?.responsesCompleteAt ? { responsesCompleteAt: record.responsesCompleteAt } : {}),
    };
  });
  const onlyRecorded: VisitFacts[] = summaries
    .filter((s) => !bookedIds.has(s.visit.id))
    .map(({ visit, responsesCompleteAt }) => ({
      id: visit.id,
      serviceId: visit.serviceId,
      day: visit.date,
      councillorIds: visit.councillorIds,
      cancelled: false,
      booked: false,
      ...(visit.submittedAt ? { formSubmittedAt: visit.submittedAt } : {}),
      ...(responsesCompleteAt ? { responsesCompleteAt } : {}),
    }));
  return {
    services: services.map((s) => ({ id: s.id, name: s.name, cadenceMonths: s.cadenceMonths })),
    visits: [...fromRota, ...onlyRecorded],
    quiet,
    failedDeliveries: open.filter((m) => m.status === 'dead').map((m) => m.summary),
  };
}
