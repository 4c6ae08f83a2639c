import type { Day } from '../kernel/london';
import { visitsOnRecord, type VisitOnRecord } from '../rota/held';
import type { BookingRepository } from '../rota/store';
import type { Booking } from '../rota/types';
import { summaryOf, type VisitRepository, type VisitSummary } from '../visits/store';

/**
 * A visit the overview still shows: booked or recorded, not cancelled, and not closed yet (a visit closes when
 * its form is submitted and every response is in). `summary` is set once its form is started.
 */
export interface OpenVisit extends VisitOnRecord {
  readonly summary?: VisitSummary;
}

/** A closed visit: all the overview needs of it is its day, when it is its service's last. */
export interface ClosedVisit {
  readonly id: string;
  readonly serviceId: string;
  readonly day: Day;
}

/** Where one visit stands for the overview. */
export type Standing =
  { readonly open: OpenVisit } | { readonly closed: ClosedVisit } | { readonly gone: true };

/**
 * The overview's index, so that it reads what is open and one row per service instead of every visit ever
 * made: each open visit, and each service's last closed visit. Kept by the repositories after every write to a
 * booking or a visit; rebuilt from them when it is not known to be whole.
 */
export interface StandingRepository {
  read(): Promise<{ open: OpenVisit[]; closed: ClosedVisit[] }>;
  /** Records where one visit stands; a closed visit becomes its service's last if none later is. */
  put(id: string, serviceId: string, standing: Standing): Promise<void>;
  /** Replaces the whole index. */
  replace(open: readonly OpenVisit[], closed: readonly ClosedVisit[]): Promise<void>;
  /** Whether the index is whole: false before its first build, and after a write it may have missed. */
  isWhole(): Promise<boolean>;
  setWhole(whole: boolean): Promise<void>;
}

/** Where a visit stands, from its booking and its form's summary (either may be absent). */
export function standingOf(booking: Booking | undefined, summary: VisitSummary | undefined): Standing {
  const [onRecord] = visitsOnRecord(booking ? [booking] : [], summary ? [summary] : []);
  if (!onRecord || onRecord.cancelled) return { gone: true };
  const closed =
    summary?.visit.status === 'submitted' &&
    (summary.responsesCompleteAt !== undefined || summary.responders?.ids.length === 0);
  if (closed) return { closed: { id: onRecord.id, serviceId: onRecord.serviceId, day: onRecord.day } };
  return { open: { ...onRecord, ...(summary ? { summary } : {}) } };
}

export interface StandingSources {
  readonly bookings: Pick<BookingRepository, 'get' | 'list'>;
  readonly visits: Pick<VisitRepository, 'load' | 'listSummaries'>;
  readonly standing: StandingRepository;
}

/** Records where a visit stands after a write to its booking or its form. */
export async function refreshStanding(deps: StandingSources, id: string): Promise<void> {
  const [booking, record] = await Promise.all([deps.bookings.get(id), deps.visits.load(id)]);
  const serviceId = booking?.serviceId ?? record?.visit.serviceId;
  if (serviceId)
    await deps.standing.put(
      id,
      serviceId,
      standingOf(
        booking,
        record && summaryOf(record.visit, record.request, [...(record.responses?.keys() ?? [])]),
      ),
    );
}

/** Builds the index from every booking and visit, unless it is whole. */
export async function ensureStanding(deps: StandingSources): Promise<void> {
  if (await deps.standing.isWhole()) return;
  const [bookings, summaries] = await Promise.all([deps.bookings.list(), deps.visits.listSummaries()]);
  const byId = new Map(summaries.map((s) => [s.visit.id, s]));
  const ids = new Set([...bookings.map((b) => b.id), ...byId.keys()]);
  const booked = new Map(bookings.map((b) => [b.id, b]));
  const open: OpenVisit[] = [];
  const last = new Map<string, ClosedVisit>();
  for (const id of ids) {
    const standing = standingOf(booked.get(id), byId.get(id));
    if ('open' in standing) open.push(standing.open);
    if ('closed' in standing && standing.closed.day > (last.get(standing.closed.serviceId)?.day ?? '')) {
      last.set(standing.closed.serviceId, standing.closed);
    }
  }
  await deps.standing.replace(open, [...last.values()]);
  await deps.standing.setWhole(true);
}
