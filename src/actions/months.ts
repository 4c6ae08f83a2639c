import type { Day } from '../kernel/london';

/** The target months a responder may choose on `today`: this month and the next 11, as "YYYY-MM". */
export function targetMonths(today: Day): string[] {
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return Array.from({ length: 12 }, (_, i) => {
    const index = year * 12 + (month - 1) + i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

const MONTH_FORMAT = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-12" (or a day in it) as "December 2026": the one way cards, the paper and the digest name a month. */
export const formatMonth = (month: string): string =>
  MONTH_FORMAT.format(new Date(`${month.slice(0, 7)}-01T00:00:00Z`));

/** Whether `month` ("YYYY-MM") is one the card offers on `today` (see targetMonths): not past, within twelve. */
export const isOfferedMonth = (month: string, today: Day): boolean => targetMonths(today).includes(month);
