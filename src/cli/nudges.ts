import { runCommand } from './run-main';
import { runNudges } from './run-nudges';

/** `npm run nudges -- [--now 2027-01-04T09:00] [--send]`: what the nudge rules would send at a moment. */
runCommand('nudges', runNudges);
