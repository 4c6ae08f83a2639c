import 'dotenv/config';
import { readConfig } from '../config';
import { systemClock } from '../kernel/clock';
import { commandLine } from './audit';
import { runMain } from './run-main';
import { runErase } from './run-erase';

/** `npm run erase`: see run-erase.ts. */
async function main(): Promise<number> {
  return runErase({
    config: readConfig(),
    argv: process.argv.slice(2),
    clock: systemClock,
    operator: commandLine().name,
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}

runMain('Erase', main);
