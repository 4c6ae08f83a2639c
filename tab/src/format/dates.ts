/** Dates as people in the council read them: "Tue 3 Nov 2026", in London time. */
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-11-03" → "Tue 3 Nov 2026". */
export function formatDay(day: string): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${date} ${MONTHS[month - 1]} ${year}`;
}

const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-12" → "December 2026" (a target month, as the cards write it). */
export function formatMonth(month: string): string {
  const [year = 0, number = 0] = month.split('-').map(Number);
  return year && number ? MONTH_YEAR.format(new Date(Date.UTC(year, number - 1, 15))) : month;
}

const LONDON = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function londonParts(instant: Date): { day: string; time: string } {
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    LONDON.formatToParts(instant).find((p) => p.type === type)?.value ?? '';
  return {
    day: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/** An ISO moment → "Tue 3 Nov 2026 at 14:05" (London). */
export function formatMoment(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const { day, time } = londonParts(instant);
  return `${formatDay(day)} at ${time}`;
}

/** An ISO moment → "Tue 3 Nov 2026" (London). */
export function formatMomentDay(iso: string): string {
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? iso : formatDay(londonParts(instant).day);
}

/** "Cllr A", "Cllr A and Cllr B", "Cllr A, Cllr B and Cllr C". */
export function names(list: readonly string[]): string {
  if (list.length <= 1) return list[0] ?? '';
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** The London day of an instant, "YYYY-MM-DD". */
export const londonDay = (instant: Date): string => londonParts(instant).day;

/** The day `days` after a "YYYY-MM-DD" day (negative: before). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
