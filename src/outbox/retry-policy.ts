/** After this many failed attempts a message is dead, and the partnerships channel is told. */
export const MAX_ATTEMPTS = 8;
const BASE_MS = 2_000;
const CAP_MS = 10 * 60_000;

/** Statuses Teams documents as transient: throttled, precondition, bad gateway, unavailable, gateway timeout. */
const TRANSIENT = new Set([429, 412, 502, 503, 504]);

/**
 * When to try a failed send again, or undefined when it should not be retried. Exponential backoff with
 * full jitter, never sooner than the connector's Retry-After. No status (a network error or timeout) is
 * treated as transient.
 */
export function nextAttemptDelayMs(
  attempts: number,
  status: number | undefined,
  retryAfterSeconds: number | undefined,
  random: () => number = Math.random,
): number | undefined {
  if (attempts >= MAX_ATTEMPTS) return undefined;
  if (status !== undefined && !TRANSIENT.has(status)) return undefined;
  const ceiling = Math.min(CAP_MS, BASE_MS * 2 ** (attempts - 1));
  const backoff = ceiling / 2 + random() * (ceiling / 2);
  return Math.max(backoff, (retryAfterSeconds ?? 0) * 1000);
}
