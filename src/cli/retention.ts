import { runCommand } from './run-main';
import { runRetention } from './run-retention';

/** `npm run retention -- [--dry-run [--now 2027-04-01T09:00]]`: what the retention schedule deletes, or deletes it. */
runCommand('retention', runRetention);
