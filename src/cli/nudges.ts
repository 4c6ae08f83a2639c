import 'dotenv/config';
import { systemClock } from '../kernel/clock';
import { readConfig } from '../config';
import { runMain } from './run-main';
import { runNudges } from './run-nudges';

/** `npm run nudges -- [--now 2027-01-04T09:00] [--send]`: what the nudge rules would send at a moment. */
async function main(): Promise<number> {
  return runNudges({
    config: readConfig(),
    argv: process.argv.slice(2),
    clock: systemClock,
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}

runMain('nudges', main);
