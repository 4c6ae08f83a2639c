/** Errors every layer may raise or catch. */

/** Someone else wrote first: the write was refused and nothing was changed. */
export class ConcurrencyConflict extends Error {
  constructor() {
    super('The record changed since it was read.');
    this.name = 'ConcurrencyConflict';
  }
}

/** True when storage could not be reached or failed (network, timeout, 5xx), as opposed to a bug of ours. */
export function isStorageUnavailable(error: unknown): boolean {
  const e = error as { name?: string; statusCode?: number; code?: string };
  if (e?.name === 'AbortError') return true;
  if (e?.name !== 'RestError') return false;
  return e.statusCode === undefined || e.statusCode >= 500 || e.statusCode === 408;
}

/** An error's first line, for a log: later lines can quote the request or the entity, and those hold people's words. */
export const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
