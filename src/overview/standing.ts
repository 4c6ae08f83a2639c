import { isDeepStrictEqual } from 'node:util';
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
 * made: each open visit, and each service's last closed visit. Kept after every write to a booking or a visit
 * (keep-standing.ts); rebuilt from them when it is not known to be whole.
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
  /** Marks a rebuild under way, unless another's (not yet expired at `now`) is; answers its mark. */
  beginRebuild(now: Date): Promise<string | undefined>;
  /** Marks the index whole if no write interrupted the rebuild since `mark`; otherwise not whole. */
  endRebuild(mark: string): Promise<boolean>;
  /** Tells a rebuild under way that a source changed since it may have read it, so it will not mark it whole. */
  interruptRebuild(): Promise<void>;
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

/** What keeps the index and rebuilds it: the bookings and visits it is derived from, and the index. */
export interface StandingSources {
  readonly bookings: Pick<BookingRepository, 'get' | 'list'>;
  readonly visits: Pick<VisitRepository, 'load' | 'listSummaries'>;
  readonly standing: StandingRepository;
}

/** Where a visit stands now, read from its booking and its form; undefined when neither exists. */
async function readStanding(deps: StandingSources, id: string) {
  const [booking, record] = await Promise.all([deps.bookings.get(id), deps.visits.load(id)]);
  const serviceId = booking?.serviceId ?? record?.visit.serviceId;
  const summary = record && summaryOf(record.visit, record.request, [...(record.responses?.keys() ?? [])]);
  return serviceId ? { serviceId, standing: standingOf(booking, summary) } : undefined;
}

/**
 * Records where a visit stands after a write to its booking or its form. What was read may be overtaken by
 * another write before it is put, so it is read again after: a put no longer true is put again (three times at
 * most, then the index is marked not whole). Each writer's last put is checked by its own read, so it converges.
 * A rebuild under way is interrupted first, before the put: one that read before this write then cannot end whole.
 */
export async function refreshStanding(deps: StandingSources, id: string): Promise<void> {
  let [read] = await Promise.all([readStanding(deps, id), deps.standing.interruptRebuild()]);
  for (let puts = 0; read && puts < 4; puts++) {
    await deps.standing.put(id, read.serviceId, read.standing);
    const again = await readStanding(deps, id);
    if (isDeepStrictEqual(again, read)) return;
    read = again;
  }
  if (read) await deps.standing.setWhole(false);
}

/**
 * Builds the index from every booking and visit, unless it is whole or another rebuild is under way. A write
 * meanwhile interrupts the rebuild, which then leaves the index not whole for the next reader to rebuild again.
 */
export async function ensureStanding(deps: StandingSources, now: Date): Promise<void> {
  if (await deps.standing.isWhole()) return;
  const mark = await deps.standing.beginRebuild(now);
  if (!mark) return;
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
  await deps.standing.endRebuild(mark);
}
