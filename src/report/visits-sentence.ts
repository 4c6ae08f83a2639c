import type { Day } from '../kernel/london';
import { list, monthOf } from './period';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const inWords = (n: number): string => NUMBER_WORDS[n] ?? String(n);

export interface HeldVisit {
  readonly serviceName: string;
  readonly date: Day;
  readonly feedbackAwaited: boolean;
  /** Held on the rota's word (its day has passed) but its form is not submitted yet. */
  readonly formAwaited?: boolean;
}

/** What the paper notes after a visit's month: "(form awaited)" or "(feedback awaited)". */
const noteOf = (visit: HeldVisit): string =>
  visit.formAwaited ? ' (form awaited)' : visit.feedbackAwaited ? ' (feedback awaited)' : '';

/** What the rota says about a heading beyond the visits held: the next booking, and meetings moved or cancelled. */
export interface RotaNotes {
  readonly planned?: { readonly serviceName: string; readonly day: Day };
  /** Each move or cancellation; `bookingId` counts a meeting moved twice as one meeting. */
  readonly changes: readonly {
    readonly kind: 'moved' | 'cancelled';
    readonly reason?: string;
    readonly bookingId?: string;
  }[];
}

/**
 * "two visits have taken place; one in August 2022 and another in January 2023." — the paper's "Number of visits"
 * line, in words. A heading that groups services says how many went to each.
 */
export function visitsSentence(visits: readonly HeldVisit[], grouped: boolean, notes: RotaNotes): string {
  const sorted = [...visits].sort((a, b) => a.date.localeCompare(b.date));
  const n = sorted.length;
  const services = new Set(sorted.map((v) => v.serviceName));
  const to = grouped && services.size === 1 ? ` to ${[...services][0]}` : '';
  const held =
    n === 0
      ? 'no visits have taken place'
      : `${inWords(n)} ${n === 1 ? 'visit has' : 'visits have'} taken place` +
        (grouped && services.size > 1 ? byService(sorted) : `${to}${months(sorted, to !== '')}`);
  const planned = notes.planned
    ? `${n === 0 ? '; a visit' : ', a further visit'} is planned to ${notes.planned.serviceName} in ${monthOf(notes.planned.day)}`
    : '';
  return `${held}${planned}.${changesSentence(notes.changes)}`;
}

/** "; one in August 2022 and another in January 2023", or for more: ": May and November 2022, and March 2023". */
function months(visits: readonly HeldVisit[], named: boolean): string {
  const [first, second] = visits;
  if (visits.length === 1) return `${named ? ',' : ''} in ${dated(first!)}`;
  if (visits.length === 2 && monthOf(first!.date) !== monthOf(second!.date)) {
    return `; one in ${dated(first!)} and another in ${dated(second!)}`;
  }
  return `: ${dates(visits)}`;
}

function byService(visits: readonly HeldVisit[]): string {
  const services = [...new Set(visits.map((v) => v.serviceName))];
  const parts = services.map((name) => {
    const own = visits.filter((v) => v.serviceName === name);
    return `${inWords(own.length)} to ${name} – ${dates(own)}`;
  });
  // Each part may hold its own "and": the parts are set apart with commas, as the paper does.
  return `: ${parts.slice(0, -1).join(', ')}, and ${parts.at(-1)}`;
}

const dated = (visit: HeldVisit): string => `${monthOf(visit.date)}${noteOf(visit)}`;

/**
 * Months as the paper writes them: the year once per run of months in it ("April and November 2022, and March
 * 2023"); two visits in one month "two in November 2026"; "(feedback awaited)" after the visit it concerns.
 */
function dates(visits: readonly HeldVisit[]): string {
  const months: { month: string; year: string; count: number; awaited: string }[] = [];
  for (const visit of visits) {
    const [month, year] = monthOf(visit.date).split(' ') as [string, string];
    const last = months.at(-1);
    if (last && last.month === month && last.year === year) {
      last.count++;
      last.awaited ||= noteOf(visit);
    } else months.push({ month, year, count: 1, awaited: noteOf(visit) });
  }
  const runs: (typeof months)[] = [];
  for (const entry of months) {
    const run = runs.at(-1);
    if (run && run.at(-1)!.year === entry.year && !run.at(-1)!.awaited) run.push(entry);
    else runs.push([entry]);
  }
  const texts = runs.map((run) =>
    list(
      run.map((m, i) => {
        const year = i === run.length - 1 ? ` ${m.year}` : '';
        const count = m.count > 1 ? `${inWords(m.count)} in ` : '';
        return `${count}${m.month}${year}${m.awaited}`;
      }),
    ),
  );
  // "April and November 2022, and March 2023": a comma where a run has its own "and"; "June 2022 and January 2023".
  const commas = runs.length > 1 && runs.some((run) => run.length > 1);
  return commas ? `${texts.slice(0, -1).join(', ')}, and ${texts.at(-1)}` : list(texts);
}

function changesSentence(changes: RotaNotes['changes']): string {
  if (changes.length === 0) return '';
  const kinds = new Set(changes.map((c) => c.kind));
  const verb = kinds.size === 2 ? 'moved or cancelled' : [...kinds][0]!;
  const reasons = [
    ...new Set(changes.map((c) => (c.reason === 'other' || !c.reason ? 'other reasons' : c.reason))),
  ];
  const why = reasons.length > 0 ? ` due to ${list(reasons)}` : '';
  const meetings = new Set(changes.map((c, i) => c.bookingId ?? String(i))).size;
  return meetings === 1
    ? ` One meeting was planned but was ${verb}${why}.`
    : ` A number of meetings were planned but were ${verb}${why}.`;
}
