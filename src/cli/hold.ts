import 'dotenv/config';
import { systemClock } from '../kernel/clock';
import { readConfig } from '../config';
import { runHold } from './run-hold';
import { runMain } from './run-main';

/** `npm run hold -- place|lift|list ...`: legal holds that retention must not delete through. */
async function main(): Promise<number> {
  return runHold({
    config: readConfig(),
    argv: process.argv.slice(2),
    clock: systemClock,
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}

runMain('hold', main);
