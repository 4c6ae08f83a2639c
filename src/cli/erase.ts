import { runCommand } from './run-main';
import { runErase } from './run-erase';

/** `npm run erase -- <email|oid> [--yes]`: see run-erase.ts. */
runCommand('Erase', runErase);
