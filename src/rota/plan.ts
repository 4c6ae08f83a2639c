import { addDays, addMonths, addWorkingDays, isWorkingDay, weekday, type Day } from '../kernel/london';

/** What the planner needs to know: the year, today, the services and the visits already held or booked. */
export interface PlanInput {
  readonly year: number;
  readonly today: Day;
  readonly services: readonly { id: string; cadenceMonths: number }[];
  readonly councillorIds: readonly string[];
  /** Every visit not cancelled: held, booked or recorded (see held.ts), by service, with its councillors. */
  readonly visits: readonly { serviceId: string; day: Day; councillorIds: readonly string[] }[];
  /** How many councillors go on each visit (the domain says often two). */
  readonly perVisit: number;
  /** Working days' notice before the first proposed visit. */
  readonly noticeWorkingDays: number;
}

export interface ProposedVisit {
  readonly serviceId: string;
  readonly day: Day;
  readonly councillorIds: readonly string[];
}

/** How far either side of its due date a visit may move to find councillors free that week. */
const SEARCH_DAYS = 21;

/** The Monday of a day's week: "never twice in one week" compares these. */
export const weekOf = (day: Day): Day => addDays(day, -((weekday(day) + 6) % 7));

/**
 * A year of visits: each service again at its cadence after its last visit (or as soon as notice allows when
 * it is overdue or was never visited), on working days only, with councillors chosen fairly (fewest visits
 * in the year first) and none booked twice in one week. Visits already booked stay and count. Pure.
 */
export function proposePlan(input: PlanInput): ProposedVisit[] {
  const first = `${input.year}-01-01`;
  const last = `${input.year}-12-31`;
  const earliest = [first, addWorkingDays(input.today, input.noticeWorkingDays)].sort().at(-1)!;
  const busy = new Set<string>(); // "<councillor>|<week>"
  const load = new Map<string, number>(input.councillorIds.map((id) => [id, 0]));
  const take = (visit: { day: Day; councillorIds: readonly string[] }): void => {
    for (const id of visit.councillorIds) {
      busy.add(`${id}|${weekOf(visit.day)}`);
      if (visit.day >= first && visit.day <= last && load.has(id)) load.set(id, load.get(id)! + 1);
    }
  };
  input.visits.forEach(take);

  // The next due date of each service: its cadence after its latest visit, held or booked.
  const next = new Map<string, Day>();
  for (const service of input.services) {
    const latest = input.visits
      .filter((v) => v.serviceId === service.id)
      .map((v) => v.day)
      .sort()
      .at(-1);
    next.set(service.id, latest ? addMonths(latest, service.cadenceMonths) : earliest);
  }

  const proposed: ProposedVisit[] = [];
  for (;;) {
    // Plan the service due soonest first, so that earlier visits get the first pick of councillors.
    const [serviceId, due] = [...next.entries()].sort((a, b) => a[1].localeCompare(b[1]))[0] ?? [];
    if (!serviceId || !due || due > last) break;
    const service = input.services.find((s) => s.id === serviceId)!;
    const target = due < earliest ? earliest : due;
    const visit = place(target, earliest, last, input, busy, load);
    if (!visit) {
      // No councillor free anywhere near: try the weeks after those searched.
      next.set(serviceId, addDays(target, SEARCH_DAYS + 1));
      continue;
    }
    const planned = { serviceId, ...visit };
    proposed.push(planned);
    take(planned);
    next.set(serviceId, addMonths(planned.day, service.cadenceMonths));
  }
  return proposed.sort((a, b) => a.day.localeCompare(b.day) || a.serviceId.localeCompare(b.serviceId));
}

/** Offsets from the due date, in the order tried: the week before it first (a visit is due by its date), then
 * the week after, then further either side. */
const OFFSETS = [...range(0, -7), ...range(1, 7), ...range(-8, -SEARCH_DAYS), ...range(8, SEARCH_DAYS)];

function range(from: number, to: number): number[] {
  const step = to >= from ? 1 : -1;
  return Array.from({ length: Math.abs(to - from) + 1 }, (_, i) => from + i * step);
}

/**
 * The first working day in OFFSETS order around `target` with enough councillors free that week; failing
 * that, the first with any councillor free.
 */
function place(
  target: Day,
  earliest: Day,
  last: Day,
  input: PlanInput,
  busy: ReadonlySet<string>,
  load: ReadonlyMap<string, number>,
): { day: Day; councillorIds: string[] } | undefined {
  const candidates = OFFSETS.map((offset) => addDays(target, offset));
  const days = candidates.filter((d) => d >= earliest && d <= last && isWorkingDay(d));
  for (const needed of [input.perVisit, 1]) {
    for (const day of days) {
      const free = input.councillorIds
        .filter((id) => !busy.has(`${id}|${weekOf(day)}`))
        .sort((a, b) => load.get(a)! - load.get(b)! || a.localeCompare(b));
      if (free.length >= needed) return { day, councillorIds: free.slice(0, input.perVisit) };
    }
  }
  return undefined;
}
