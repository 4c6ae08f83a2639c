import { readConfig } from '../../src/config';
import { startApp } from '../../src/index';
import { testClock } from '../support/clock';

/** The app as `npm start` runs it (local mode), on the test clock, so the benchmark's data and its today agree. */
startApp(readConfig(), undefined, testClock()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
