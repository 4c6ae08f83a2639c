/** Calendar days ("YYYY-MM-DD") and instants in the council's time zone, Europe/London, with its clock changes. */
export type Day = string;

const LONDON = 'Europe/London';
const DAY_MS = 86_400_000;

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

export function addDays(day: Day, days: number): Day {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The same day of the month `months` later, or the month's last day when it has no such day. */
export function addMonths(day: Day, months: number): Day {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

export const weekday = (day: Day): number => new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday

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

/** Bank holidays moved or added by proclamation, which no rule predicts. */
const PROCLAIMED: Record<number, { add?: Day[]; remove?: Day[] }> = {
  2020: { remove: ['2020-05-04'], add: ['2020-05-08'] },
  2022: { remove: ['2022-05-30'], add: ['2022-06-02', '2022-06-03', '2022-09-19'] },
  2023: { add: ['2023-05-08'] },
};

const cache = new Map<number, Set<Day>>();

/** England and Wales bank holidays of a year: the statutory rules, substitute days, and proclaimed changes. */
export function bankHolidays(year: number): ReadonlySet<Day> {
  const cached = cache.get(year);
  if (cached) return cached;
  const day = (m: number, d: number): Day => new Date(Date.UTC(year, m - 1, d)).toISOString().slice(0, 10);
  const firstMonday = (m: number): Day => {
    let d = day(m, 1);
    while (weekday(d) !== 1) d = addDays(d, 1);
    return d;
  };
  const lastMonday = (m: number): Day => {
    let d = addDays(day(m + 1, 1), -1);
    while (weekday(d) !== 1) d = addDays(d, -1);
    return d;
  };
  const easter = easterSunday(year);
  const days = new Set<Day>([
    substitute(day(1, 1)),
    addDays(easter, -2),
    addDays(easter, 1),
    firstMonday(5),
    lastMonday(5),
    lastMonday(8),
  ]);
  // Christmas and Boxing Day: a weekend day moves to the next weekday not already taken.
  for (const d of [day(12, 25), day(12, 26)]) {
    let observed = d;
    while (weekday(observed) === 0 || weekday(observed) === 6 || days.has(observed))
      observed = addDays(observed, 1);
    days.add(observed);
  }
  const proclaimed = PROCLAIMED[year];
  proclaimed?.remove?.forEach((d) => days.delete(d));
  proclaimed?.add?.forEach((d) => days.add(d));
  cache.set(year, days);
  return days;
}

function substitute(d: Day): Day {
  const w = weekday(d);
  return w === 6 ? addDays(d, 2) : w === 0 ? addDays(d, 1) : d;
}

/** Easter Sunday (Gregorian), by the anonymous algorithm. */
function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, dayOfMonth)).toISOString().slice(0, 10);
}
