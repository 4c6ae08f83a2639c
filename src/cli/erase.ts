import 'dotenv/config';
import { userInfo } from 'node:os';
import { readConfig } from '../config';
import { systemClock } from '../kernel/clock';
import { runMain } from './run-main';
import { runErase } from './run-erase';

/** `npm run erase`: see run-erase.ts. */
async function main(): Promise<number> {
  return runErase({
    config: readConfig(),
    argv: process.argv.slice(2),
    clock: systemClock,
    operator: `Command line (${userInfo().username})`,
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}

runMain('Erase', main);
