import { runCommand } from './run-main';
import { runHold } from './run-hold';

/** `npm run hold -- place|lift|list ...`: legal holds that retention must not delete through. */
runCommand('hold', runHold);
