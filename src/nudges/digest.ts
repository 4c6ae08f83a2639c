import { formatDay } from '../kernel/london';
import {
  addDays,
  addWorkingDays,
  daysBetween,
  isWorkingDay,
  londonDay,
  londonTime,
  weekday,
  type Day,
} from '../kernel/london';
import type { Action } from '../actions/types';
import { formatMonth } from '../actions/months';
import { standing } from '../rota/held';
import { type NudgeSettings, type NudgeState, type Quiet } from './types';

/** The partnerships team's weekly digest: everything open, by heading. */
export interface Digest {
  /** The Monday of the week it covers. */
  readonly weekOf: Day;
  /**
   * True only on the week's first working day: a digest not posted then is not posted later that week (nor
   * at its weekend), so a bot started late never posts a week that is ending. A posted one is still updated.
   */
  readonly mayPost: boolean;
  readonly sections: readonly DigestSection[];
}

export interface DigestSection {
  readonly title: string;
  readonly lines: readonly string[];
}

/** The days ahead whose booked visits the digest lists. */
const UPCOMING_DAYS = 14;
/** Overdue actions listed before the rest are only counted, so a long backlog keeps the card readable. */
const LISTED_ACTIONS = 10;

/**
 * The digest for the week of `now`, or undefined before it is due: it goes out on the week's first working
 * day (Monday, or Tuesday after a bank holiday) from the send time, and then shows what is open at `now`. A
 * pure function of (now, state): the scheduler posts it on that day only, and updates that post when it
 * changes through the rest of the week.
 */
export function weeklyDigest(now: Date, state: NudgeState, settings: NudgeSettings): Digest | undefined {
  const today = londonDay(now);
  const weekOf = addDays(today, -((weekday(today) + 6) % 7));
  let postDay = weekOf;
  while (!isWorkingDay(postDay) && postDay < addDays(weekOf, 5)) postDay = addDays(postDay, 1);
  if (!isWorkingDay(postDay) || now < londonTime(postDay, settings.sendAt)) return undefined;

  const name = (serviceId: string): string =>
    state.services.find((s) => s.id === serviceId)?.name ?? serviceId;
  const note = (topic: string): string => describeQuiet(state.quiet.get(topic), now);
  const live = state.visits.filter((v) => !v.cancelled);

  const services: string[] = [];
  for (const service of state.services) {
    const { due, next } = standing(service, live, today);
    if (next) continue;
    if (!due) services.push(`${service.name}: no visit on record${note(`never-visited:${service.id}`)}`);
    else if (due < today)
      services.push(
        `${service.name}: overdue since ${formatDay(due)}${note(`service-overdue:${service.id}:${due}`)}`,
      );
    else if (daysBetween(today, due) <= settings.dueSoonDays)
      services.push(
        `${service.name}: due by ${formatDay(due)}${note(`service-due-soon:${service.id}:${due}`)}`,
      );
  }

  const byDay = [...live].sort((a, b) => a.day.localeCompare(b.day));
  const upcoming = byDay
    .filter((v) => v.booked && v.day >= today && daysBetween(today, v.day) <= UPCOMING_DAYS)
    .map((v) => `${formatDay(v.day)}: ${name(v.serviceId)}`);
  const forms = byDay
    .filter((v) => v.day < today && !v.formSubmittedAt)
    .map((v) => {
      const days = daysBetween(v.day, today);
      const status = days >= settings.formOverdueDays ? 'overdue' : `${days} days since the visit`;
      return `${name(v.serviceId)}, visited ${formatDay(v.day)}: ${status}${note(`form-overdue:${v.id}`)}`;
    });
  const responses = byDay
    .filter((v) => v.formSubmittedAt && !v.responsesCompleteAt)
    .map((v) => {
      const submitted = londonDay(new Date(v.formSubmittedAt!));
      const overdue = today >= addWorkingDays(submitted, settings.responseOverdueWorkingDays);
      const status = overdue ? 'overdue' : `form submitted ${formatDay(submitted)}`;
      return `${name(v.serviceId)}, visited ${formatDay(v.day)}: ${status}${note(`response-overdue:${v.id}`)}`;
    });
  const sections: DigestSection[] = [
    { title: 'Services to book', lines: services },
    { title: `Visits in the next ${UPCOMING_DAYS} days`, lines: upcoming },
    { title: 'Forms awaited from councillors', lines: forms },
    { title: 'Responses awaited', lines: responses },
    { title: 'Failed deliveries (type outbox to retry)', lines: state.failedDeliveries },
    { title: 'Actions from visits overdue', lines: overdueLines(state.overdueActions ?? []) },
  ];
  return { weekOf, mayPost: today === postDay, sections: sections.filter((s) => s.lines.length > 0) };
}

/** "ChECS: Advertise the posts — Ruth Evans, due March 2026", longest overdue first, then "and N more". */
function overdueLines(actions: readonly Action[]): string[] {
  const lines = [...actions]
    .sort((a, b) => a.target!.localeCompare(b.target!) || a.serviceName.localeCompare(b.serviceName))
    .map(
      (a) =>
        `${a.serviceName}: ${a.text} — ${a.owner ? `${a.owner.name}, ` : ''}due ${formatMonth(a.target!)}`,
    );
  const more = lines.length - LISTED_ACTIONS;
  return more > 1 ? [...lines.slice(0, LISTED_ACTIONS), `and ${more} more`] : lines;
}

function describeQuiet(quiet: Quiet | undefined, now: Date): string {
  if (!quiet) return '';
  if ('handled' in quiet) return ` (marked as handled by ${quiet.by})`;
  if (now >= new Date(quiet.until)) return '';
  return ` (snoozed by ${quiet.by} until ${formatDay(londonDay(new Date(quiet.until)))})`;
}
