import type { Logger } from './log';

/**
 * A background loop: runs `tick` every `intervalMs` once started, and soon after a `kick`; one pass at a time.
 * `stop` waits for the current pass. `name` says whose pass failed in the log ("Outbox", "Nudges").
 */
export function createLoop(name: string, tick: () => Promise<unknown>, intervalMs: number, log: Logger) {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = true;
  let timer: NodeJS.Timeout | undefined;
  const pass = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = tick()
      .then(
        () => undefined,
        (error: unknown) => log.error(`${name} pass failed`, { error }),
      )
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          pass();
        }
      });
  };
  return {
    start(options: { immediately: boolean }): void {
      stopped = false;
      timer = setInterval(pass, intervalMs);
      if (options.immediately) pass();
    },
    kick: pass,
    async stop(): Promise<void> {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
