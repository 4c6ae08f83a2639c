import type { Config } from '../../src/config';
import type { Clock } from '../../src/kernel/clock';
import type { CommandOptions } from '../../src/cli/run-main';

/** What a command printed, and its exit code: `out` as text, and as the lines it wrote. */
export interface CommandRun {
  readonly code: number;
  readonly out: string;
  readonly lines: readonly string[];
  readonly err: string;
}

/** Runs a command-line tool's `run…` function as `npm run` would, capturing what it prints. */
export async function runTool(
  run: (options: CommandOptions) => Promise<number>,
  options: { config: Config; clock: Clock; argv: readonly string[]; operator?: string },
): Promise<CommandRun> {
  const lines: string[] = [];
  const errors: string[] = [];
  const code = await run({
    operator: 'Command line (test)',
    ...options,
    out: (line) => lines.push(line),
    err: (line) => errors.push(line),
  });
  return { code, out: lines.join('\n'), lines, err: errors.join('\n') };
}
