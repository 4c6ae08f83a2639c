import { createHash } from 'node:crypto';
import type { AuditTrail } from '../audit/trail';
import { formatDay } from '../kernel/london';
import type { Clock } from '../kernel/clock';
import type { DirectoryLookup } from '../directory/directory';
import type { Person } from '../directory/types';
import type { BookingRepository } from './store';
import type { VisitRepository } from '../visits/store';
import { isWorkingDay, londonDay, type Day } from '../kernel/london';
import { visitsOnRecord, type VisitOnRecord } from './held';
import { proposePlan, weekOf, type ProposedVisit } from './plan';
import { bookingEntry } from './booking-entry';
import { isStartTime } from './types';

/** Plans reach this many years ahead. */
const YEARS_AHEAD = 2;
/** Proposed visits start at this London time unless the officer sets another on the row. */
export const PLAN_TIME = '10:00';

export interface PlanningDeps {
  readonly bookings: BookingRepository;
  readonly visits: VisitRepository;
  readonly directory: DirectoryLookup;
  readonly clock: Clock;
  readonly newId: () => string;
  /** Councillors per visit, and working days' notice before the first proposed visit. */
  readonly perVisit: number;
  readonly noticeWorkingDays: number;
  /** Where each booking an accepted plan makes is recorded. */
  readonly audit: AuditTrail;
}

/** A proposal for the card: an id (so that accepting twice books once), the year and its visits. */
export interface Plan {
  readonly id: string;
  readonly year: number;
  readonly visits: readonly ProposedVisit[];
}

/** A row of the plan card the officer kept, as adjusted (with its start time); `row` is its place in the proposal. */
export interface AcceptedRow {
  readonly row: number;
  readonly visit: ProposedVisit & { readonly time: string };
}

export type AcceptResult =
  { ok: true; booked: number } | { ok: false; problems: ReadonlyMap<number, string> };

/** `plan <year>`: propose a year of visits, and book the ones the officer accepts (as adjusted on the card). */
export function createPlanning(deps: PlanningDeps) {
  const today = (): Day => londonDay(deps.clock.now());

  /** Every visit held, booked or recorded (not cancelled): what the plan builds on and must not clash with. */
  async function known(): Promise<VisitOnRecord[]> {
    const [bookings, summaries] = await Promise.all([deps.bookings.list(), deps.visits.listSummaries()]);
    return visitsOnRecord(bookings, summaries).filter((v) => !v.cancelled);
  }

  /** Why a year cannot be planned, or undefined when it can. */
  function checkYear(year: number): string | undefined {
    const now = Number(today().slice(0, 4));
    if (!Number.isInteger(year) || year < now || year > now + YEARS_AHEAD) {
      return `Type **plan** and a year from ${now} to ${now + YEARS_AHEAD}, for example **plan ${now + 1}**.`;
    }
    return undefined;
  }

  return {
    checkYear,

    /** Visits already booked on the rota in a year. */
    async bookedIn(year: number): Promise<{ serviceId: string; day: Day }[]> {
      return (await deps.bookings.list()).filter(
        (b) => b.status === 'booked' && b.day.startsWith(`${year}-`),
      );
    },

    async propose(year: number): Promise<Plan> {
      const [services, councillors, visits] = await Promise.all([
        deps.directory.services(),
        deps.directory.councillors(),
        known(),
      ]);
      return {
        id: deps.newId(),
        year,
        visits: proposePlan({
          year,
          today: today(),
          services,
          councillorIds: councillors.map((c) => c.aadObjectId),
          visits,
          perVisit: deps.perVisit,
          noticeWorkingDays: deps.noticeWorkingDays,
        }),
      };
    },

    /**
     * Books the visits the officer kept, as adjusted. All or nothing: if any is wrong, nothing is booked and
     * each problem is named by its row. Booking ids come from the plan's id and row, so a second click on
     * the same card books nothing twice.
     */
    async accept(
      by: Person,
      planId: string,
      year: number,
      rows: readonly AcceptedRow[],
    ): Promise<AcceptResult> {
      const [services, councillors, existing] = await Promise.all([
        deps.directory.services(),
        deps.directory.councillors(),
        known(),
      ]);
      const ids = new Map(rows.map(({ row }) => [row, bookingId(planId, row)]));
      const others = existing.filter((v) => ![...ids.values()].includes(v.id));
      const nameOf = (id: string): string => councillors.find((c) => c.aadObjectId === id)?.name ?? id;
      const problems = new Map<number, string>();
      for (const { row, visit } of rows) {
        const problem = checkPlannedVisit(visit, year, today(), services, councillors);
        if (problem) {
          problems.set(row, problem);
          continue;
        }
        const sameWeek = [...others, ...rows.filter((r) => r.row !== row).map((r) => r.visit)].filter(
          (v) => weekOf(v.day) === weekOf(visit.day),
        );
        const clash = visit.councillorIds.find((id) => sameWeek.some((v) => v.councillorIds.includes(id)));
        if (clash) {
          problems.set(
            row,
            `${nameOf(clash)} has another visit in the week of ${formatDay(weekOf(visit.day))}.`,
          );
        }
      }
      if (problems.size > 0) return { ok: false, problems };

      let booked = 0;
      for (const { row, visit } of rows) {
        const at = deps.clock.now().toISOString();
        const what = `booked for ${visit.day} ${visit.time} from the ${year} plan`;
        const id = ids.get(row)!;
        try {
          await deps.bookings.create({
            id,
            ...visit,
            status: 'booked',
            history: [
              {
                at,
                by: by.aadObjectId,
                byName: by.name,
                what,
                plan: { id: planId, size: rows.length, day: visit.day },
              },
            ],
          });
          booked++;
          await deps.audit.record(
            bookingEntry(by, 'booking.made', { ...visit, id }, `${visit.day} ${visit.time}, ${year} plan`),
          );
        } catch (error) {
          if ((error as { statusCode?: number }).statusCode !== 409) throw error; // 409: an earlier click booked it
        }
      }
      return { ok: true, booked };
    },
  };
}

export type Planning = ReturnType<typeof createPlanning>;

/** What is wrong with a planned visit as the officer left it on the card (before clashes), if anything. */
export function checkPlannedVisit(
  visit: ProposedVisit & { readonly time: string },
  year: number,
  today: Day,
  services: readonly { id: string }[],
  councillors: readonly Person[],
): string | undefined {
  if (!services.some((s) => s.id === visit.serviceId)) return 'That service is no longer in the directory.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(visit.day) || Number.isNaN(Date.parse(visit.day))) return 'Choose a date.';
  if (!visit.day.startsWith(`${year}-`)) return `Choose a date in ${year}.`;
  if (visit.day < today) return 'Choose a date from today on.';
  if (!isWorkingDay(visit.day)) return `${formatDay(visit.day)} is a weekend or a bank holiday.`;
  if (!isStartTime(visit.time)) return 'Choose a start time (for example 10:00).';
  if (visit.councillorIds.length === 0) return 'Choose at least one councillor.';
  if (!visit.councillorIds.every((id) => councillors.some((c) => c.aadObjectId === id)))
    return 'Only councillors in the directory can be booked.';
  return undefined;
}

/** A booking's id from its plan and row: the same accepted plan always makes the same bookings. */
function bookingId(planId: string, index: number): string {
  const hex = createHash('sha256').update(`${planId}|${index}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
