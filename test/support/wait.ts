import assert from 'node:assert/strict';

/** Polls until `check` answers something truthy, or fails after `timeoutMs` with `what`. */
export async function until<T>(
  what: string,
  check: () => T | Promise<T>,
  timeoutMs = 10_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits a little, so that anything sent twice would have arrived. */
export const settle = (ms = 600): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
