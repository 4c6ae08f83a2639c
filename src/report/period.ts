import { formatMonth } from '../actions/months';
import { addDays, londonDay, type Day } from '../kernel/london';
import type { Period } from './types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** The longest span a report may cover: five municipal years. */
const MAX_DAYS = 5 * 366;

/** "August 2022": a visit's month as the paper names it. */
export const monthOf = (day: Day): string => formatMonth(day);

/** "1 April 2025". */
export const longDay = (day: Day): string =>
  `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;

/** The municipal year (1 April – 31 March) that starts in `year`. */
export function municipalYear(year: number): Period {
  const from = `${year}-04-01`;
  const to = `${year + 1}-03-31`;
  return { key: `${year}-${String((year + 1) % 100).padStart(2, '0')}`, from, to, label: labelOf(from, to) };
}

/** The last full municipal year before `now` in London: what committee papers report on. */
export function lastMunicipalYear(now: Date): Period {
  const today = londonDay(now);
  const year = Number(today.slice(0, 4));
  return municipalYear(today.slice(5) >= '04-01' ? year - 1 : year - 2);
}

/**
 * Reads a period as people type it: a municipal year ("2025-26" or "2025/26") or two days
 * ("2025-05-01..2025-12-31"). Returns a sentence saying what is wrong otherwise.
 */
export function parsePeriod(text: string): Period | { problem: string } {
  const typed = text.trim();
  const year = /^(\d{4})[-/](\d{2})$/.exec(typed);
  if (year) {
    const start = Number(year[1]);
    const end = Number(year[2]);
    if (end !== (start + 1) % 100) {
      return { problem: `${typed} is not a municipal year: did you mean ${municipalYear(start).key}?` };
    }
    return municipalYear(start);
  }
  const range = /^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|to)\s*(\d{4}-\d{2}-\d{2})$/.exec(typed);
  if (range) {
    const [from, to] = [range[1]!, range[2]!];
    if (!isDay(from) || !isDay(to)) return { problem: `${typed} holds a date that does not exist.` };
    if (to < from) return { problem: `${typed} ends before it starts.` };
    if (addDays(from, MAX_DAYS) < to) return { problem: `${typed} is longer than five years.` };
    return { key: `${from}..${to}`, from, to, label: labelOf(from, to) };
  }
  return {
    problem:
      `I can't read “${typed.slice(0, 40)}” as a period. Write a municipal year such as 2025-26, ` +
      'or two dates such as 2025-05-01..2025-12-31.',
  };
}

function isDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

function labelOf(from: Day, to: Day): string {
  return `${longDay(from)} to ${longDay(to)}`;
}

/** "A, B and C", as the paper joins names and months. */
export function list(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
