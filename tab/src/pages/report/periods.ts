import { londonToday } from '../../format/dates';

export interface PeriodChoice {
  readonly key: string;
  readonly label: string;
}

const yearKey = (start: number): string => `${start}-${String((start + 1) % 100).padStart(2, '0')}`;

/**
 * Municipal years (1 April – 31 March) to choose from, newest first: the one in progress and the five before
 * it. The default is the last full year, which committee papers report on.
 */
export function municipalYears(today: string = londonToday()): { choices: PeriodChoice[]; last: string } {
  const year = Number(today.slice(0, 4));
  const current = today.slice(5) >= '04-01' ? year : year - 1;
  const choices = Array.from({ length: 6 }, (_, i) => {
    const start = current - i;
    const span = `Apr ${start} – Mar ${start + 1}`;
    return {
      key: yearKey(start),
      label: i === 0 ? `${yearKey(start)} (${span}, in progress)` : `${yearKey(start)} (${span})`,
    };
  });
  return { choices, last: yearKey(current - 1) };
}
