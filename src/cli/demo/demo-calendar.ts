import { addDays, isWorkingDay, weekday, type Day } from '../../kernel/london';

/** A demo visit's (and its booking's) id: readable and the same on every run, so that loading twice is safe. */
export const demoVisitId = (serviceId: string, date: Day): string =>
  `demo-${serviceId}-${date.replace(/-/g, '')}`;

/** The `nth` Wednesday of a month, or the next working day if that is a bank holiday. */
export function nthWednesday(year: number, month: number, nth: number): Day {
  let day = `${year}-${String(month).padStart(2, '0')}-01`;
  while (weekday(day) !== 3) day = addDays(day, 1);
  day = addDays(day, 7 * (nth - 1));
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}
