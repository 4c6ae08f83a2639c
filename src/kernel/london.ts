/**
 * Calendar days ("YYYY-MM-DD") and instants in the council's time zone, Europe/London, with its clock changes:
 * day arithmetic, working days (England and Wales), and the dates as people read them. The one place to import
 * dates from.
 */
import { bankHolidays } from './bank-holidays';
import { addDays, weekday, type Day } from './days';

export { addDays, addMonths, daysBetween, weekday, type Day } from './days';
export { bankHolidays } from './bank-holidays';

const LONDON = 'Europe/London';

/** The London calendar day of an instant. */
export function londonDay(instant: Date): Day {
  return new Intl.DateTimeFormat('en-CA', { timeZone: LONDON }).format(instant);
}

/** The instant of a London wall-clock time on a day ("09:00" on a GMT or a BST day). */
export function londonTime(day: Day, time: string): Date {
  const guess = new Date(`${day}T${time}:00Z`);
  // London is UTC or UTC+1: the offset is how far the wall clock runs ahead of UTC at that moment.
  const wall = new Intl.DateTimeFormat('en-GB', {
    timeZone: LONDON,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(guess);
  const [h, m] = wall.split(':').map(Number) as [number, number];
  const offsetMinutes = (h * 60 + m - guess.getUTCHours() * 60 - guess.getUTCMinutes() + 1440) % 1440;
  return new Date(guess.getTime() - offsetMinutes * 60_000);
}

/** Monday to Friday and not a bank holiday in England and Wales. */
export function isWorkingDay(day: Day): boolean {
  const w = weekday(day);
  return w !== 0 && w !== 6 && !bankHolidays(Number(day.slice(0, 4))).has(day);
}

/** The working day `n` working days after `day` (n ≥ 0; 0 is `day` itself when it is a working day). */
export function addWorkingDays(day: Day, n: number): Day {
  let current = day;
  let left = n;
  while (!isWorkingDay(current)) current = addDays(current, 1);
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) left--;
  }
  return current;
}

/** The working day `n` working days before `day`. */
export function subtractWorkingDays(day: Day, n: number): Day {
  let current = day;
  let left = n;
  while (left > 0) {
    current = addDays(current, -1);
    if (isWorkingDay(current)) left--;
  }
  return current;
}

const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const MOMENT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** "Tue, 10 Nov 2026" for a calendar day "2026-11-10". */
export const formatDay = (day: string): string => DAY_FORMAT.format(new Date(`${day}T00:00:00Z`));

/** "10 Nov 2026, 14:05" in UK time, for an ISO instant. */
export const formatMoment = (iso: string): string => MOMENT.format(new Date(iso));
