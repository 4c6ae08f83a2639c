export interface PeriodChoice {
  readonly key: string;
  readonly label: string;
}

const yearKey = (start: number): string => `${start}-${String((start + 1) % 100).padStart(2, '0')}`;

/**
 * Municipal years (1 April – 31 March) to choose from, newest first: the one in progress and the five before
 * it. `last` is the key of the last full year, which the server answers when no period is asked for.
 */
export function municipalYears(last: string): PeriodChoice[] {
  const current = Number(last.slice(0, 4)) + 1;
  return Array.from({ length: 6 }, (_, i) => {
    const start = current - i;
    const span = `Apr ${start} – Mar ${start + 1}`;
    return {
      key: yearKey(start),
      label: i === 0 ? `${yearKey(start)} (${span}, in progress)` : `${yearKey(start)} (${span})`,
    };
  });
}
