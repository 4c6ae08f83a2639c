import { runCommand } from './run-main';
import { runSar } from './run-sar';

/** `npm run sar -- <email|oid> [--out file.zip]`: see run-sar.ts. */
runCommand('Subject access', runSar);
