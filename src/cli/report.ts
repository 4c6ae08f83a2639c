import 'dotenv/config';
import { readConfig } from '../config';
import { systemClock } from '../kernel/clock';
import { commandLine } from './audit';
import { runMain } from './run-main';
import { runReport } from './run-report';

/** `npm run report -- [--period 2025-26] [--out DIR]`: see run-report.ts. */
async function main(): Promise<number> {
  return runReport({
    config: readConfig(),
    argv: process.argv.slice(2),
    clock: systemClock,
    operator: commandLine().name,
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}

runMain('Report', main);
