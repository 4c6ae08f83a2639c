import 'dotenv/config';
import { readConfig } from '../config';
import { systemClock } from '../kernel/clock';
import { commandLine } from './audit';
import { runMain } from './run-main';
import { runSar } from './run-sar';

/** `npm run sar`: see run-sar.ts. */
async function main(): Promise<number> {
  return runSar({
    config: readConfig(),
    argv: process.argv.slice(2),
    clock: systemClock,
    operator: commandLine().name,
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}

runMain('Subject access', main);
