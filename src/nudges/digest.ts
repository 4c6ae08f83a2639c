import { formatDay } from '../cards/dates';
import {
  addDays,
  addWorkingDays,
  daysBetween,
  isWorkingDay,
  londonDay,
  londonTime,
  weekday,
  type Day,
} from '../rota/calendar';
import { standing, type NudgeSettings, type NudgeState, type Quiet } from './rules';

/** The partnerships team's weekly digest: everything open, by heading. */
export interface Digest {
  /** The Monday of the week it covers. */
  readonly weekOf: Day;
  readonly sections: readonly DigestSection[];
}

export interface DigestSection {
  readonly title: string;
  readonly lines: readonly string[];
}

/** The days ahead whose booked visits the digest lists. */
const UPCOMING_DAYS = 14;

/**
 * The digest for the week of `now`, or undefined before it is due: it goes out on the week's first working
 * day (Monday, or Tuesday after a bank holiday) at the send time, and then shows what is open at `now`. A
 * pure function of (now, state): the scheduler posts it once a week and updates that post when it changes.
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
    const { due, booked } = standing(service, live, today);
    if (booked) continue;
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
  ];
  return { weekOf, sections: sections.filter((s) => s.lines.length > 0) };
}

function describeQuiet(quiet: Quiet | undefined, now: Date): string {
  if (!quiet) return '';
  if ('handled' in quiet) return ` (marked as handled by ${quiet.by})`;
  if (now >= new Date(quiet.until)) return '';
  return ` (snoozed by ${quiet.by} until ${formatDay(londonDay(new Date(quiet.until)))})`;
}
