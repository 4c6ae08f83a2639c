import { runCommand } from './run-main';
import { runReport } from './run-report';

/** `npm run report -- [--period 2025-26] [--out DIR]`: see run-report.ts. */
runCommand('Report', runReport);
