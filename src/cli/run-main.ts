import { ConfigError } from '../config';

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
