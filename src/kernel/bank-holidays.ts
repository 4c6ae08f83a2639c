import { addDays, weekday, type Day } from './days';

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
