import type { Clock } from '../../src/kernel/clock';
import { addDays, londonDay, type Day } from '../../src/kernel/london';

/**
 * The moment a test run pretends it starts: `TEST_NOW` (an ISO instant, e.g. 2027-03-28T09:00:00Z), or a fixed
 * Wednesday. No test reads the real date: `npm run test:dates` runs the suite at a weekend, a bank holiday, the
 * report period's edges and both clock changes.
 */
export const TEST_START: Date = startOfRun(process.env.TEST_NOW);

function startOfRun(value: string | undefined): Date {
  const start = new Date(value ?? '2026-11-25T10:00:00Z');
  if (Number.isNaN(start.getTime())) throw new Error(`TEST_NOW is not an ISO date and time: "${value}"`);
  return start;
}

/** A clock that starts at `start` (the run's start by default) and then runs at real speed, so waits still work. */
export function testClock(start: Date = TEST_START): Clock & { advance(ms: number): void } {
  let offset = start.getTime() - Date.now();
  return {
    now: () => new Date(Date.now() + offset),
    advance(ms) {
      offset += ms;
    },
  };
}

/** The London day `days` after the run's start day (negative: before). */
export const testDay = (days = 0): Day => addDays(londonDay(TEST_START), days);
