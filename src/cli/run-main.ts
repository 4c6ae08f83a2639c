import 'dotenv/config';
import { ConfigError, readConfig, type Config } from '../config';
import { systemClock, type Clock } from '../kernel/clock';
import { commandLine } from './audit';

/** Runs a command-line tool: its answer is the exit code; a configuration error is one line, anything else "<what> failed". */
export function runMain(what: string, main: () => Promise<number>): void {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(
        error instanceof ConfigError
          ? `Configuration error: ${error.message}`
          : `${what} failed: ${String(error)}`,
      );
      process.exitCode = 1;
    },
  );
}

/** What a command runs on: tests hand it these; `runCommand` takes them from the process. */
export interface CommandOptions {
  readonly config: Config;
  readonly argv: readonly string[];
  /** The real moment (a command may be told to plan as at another with --now). */
  readonly clock: Clock;
  /** Who runs it, for the audit trail and the report draft's change log. */
  readonly operator: string;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** Runs a command from this process: the environment's configuration, its arguments, the clock, the console. */
export function runCommand(what: string, run: (options: CommandOptions) => Promise<number>): void {
  // async, so a configuration error thrown while reading is a rejection that runMain reports in one line
  runMain(what, async () =>
    run({
      config: readConfig(),
      argv: process.argv.slice(2),
      clock: systemClock,
      operator: commandLine().name,
      out: (line) => console.log(line),
      err: (line) => console.error(line),
    }),
  );
}
