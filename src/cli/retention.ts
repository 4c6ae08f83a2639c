import 'dotenv/config';
import { systemClock } from '../kernel/clock';
import { readConfig } from '../config';
import { runMain } from './run-main';
import { runRetention } from './run-retention';

/** `npm run retention -- [--dry-run [--now 2027-04-01T09:00]]`: what the retention schedule deletes, or deletes it. */
async function main(): Promise<number> {
  return runRetention({
    config: readConfig(),
    argv: process.argv.slice(2),
    clock: systemClock,
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}

runMain('retention', main);
