import type { Action } from '../actions/types';
import type { DirectoryLookup } from '../directory/directory';
import type { Dispatcher } from '../outbox/dispatcher';
import { visitsOnRecord } from '../rota/held';
import { firstTime, planOf } from '../rota/types';
import type { BookingRepository } from '../rota/store';
import type { NudgeRepository } from './store';
import type { VisitRepository } from '../visits/store';
import type { NudgeState, VisitFacts } from './types';

export interface NudgeStateSources {
  readonly directory: DirectoryLookup;
  readonly visits: VisitRepository;
  readonly bookings: BookingRepository;
  readonly nudges: NudgeRepository;
  readonly dispatcher: Pick<Dispatcher, 'open'>;
  /** Agreed actions past their target month (the actions use case's `overdue`). */
  readonly overdueActions: () => Promise<readonly Action[]>;
}

/**
 * The rules' view of the world, read from storage: services from the directory, visits booked on the rota,
 * visits recorded by councillors, what the partnerships team did with nudges, failed deliveries, and actions from
 * visits past their target. A visit
 * started from a booking shares its id, and counts once.
 */
export async function readNudgeState(sources: NudgeStateSources): Promise<NudgeState> {
  const [services, councillors, summaries, bookings, quiet, open, overdueActions] = await Promise.all([
    sources.directory.services(),
    sources.directory.councillors(),
    sources.visits.listSummaries(),
    sources.bookings.list(),
    sources.nudges.quiet(),
    sources.dispatcher.open(),
    sources.overdueActions(),
  ]);
  const recorded = new Map(summaries.map((s) => [s.visit.id, s]));
  const booked = new Map(bookings.map((b) => [b.id, b]));
  const visits = visitsOnRecord(bookings, summaries).map((v): VisitFacts => {
    const record = recorded.get(v.id);
    const booking = booked.get(v.id);
    const plan = booking && planOf(booking);
    return {
      ...v,
      ...(booking ? { time: booking.time } : {}),
      ...(booking && firstTime(booking) !== booking.time ? { firstTime: firstTime(booking) } : {}),
      ...(booking?.meetingLink ? { meetingLink: booking.meetingLink } : {}),
      ...(plan ? { plan } : {}),
      ...(record?.visit.submittedAt ? { formSubmittedAt: record.visit.submittedAt } : {}),
      ...(record?.responsesCompleteAt ? { responsesCompleteAt: record.responsesCompleteAt } : {}),
    };
  });
  return {
    services: services.map((s) => ({ id: s.id, name: s.name, cadenceMonths: s.cadenceMonths })),
    visits,
    quiet,
    failedDeliveries: open.filter((m) => m.status === 'dead').map((m) => m.summary),
    emails: new Map(councillors.map((c) => [c.aadObjectId, c.email])),
    overdueActions,
  };
}
