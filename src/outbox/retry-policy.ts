const BASE_MS = 2_000;
/** Backoff never waits longer than this between attempts, so a long outage is noticed soon after it ends. */
export const CAP_MS = 5 * 60_000;

/**
 * What Bot Framework's own transient-error strategy retries: 408, 429, and 5xx except 501 and 505 (and no status
 * at all: a network error or timeout), plus 412, which Teams documents as transient.
 */
export function isTransient(status: number | undefined): boolean {
  if (status === undefined) return true;
  if (status === 408 || status === 412 || status === 429) return true;
  return status >= 500 && status !== 501 && status !== 505;
}

/**
 * When to try a failed send again: exponential backoff with full jitter, capped at 5 minutes, never sooner than
 * the connector's Retry-After; undefined when the failure is not transient. How long to keep trying is a matter of
 * the message's age (see the dispatcher), not of how many attempts it took.
 */
export function nextAttemptDelayMs(
  attempts: number,
  status: number | undefined,
  retryAfterSeconds: number | undefined,
  random: () => number = Math.random,
): number | undefined {
  if (!isTransient(status)) return undefined;
  const ceiling = Math.min(CAP_MS, BASE_MS * 2 ** Math.min(attempts - 1, 20));
  const backoff = ceiling / 2 + random() * (ceiling / 2);
  // A Retry-After longer than the cap is not believed: it would park the message past all reason.
  return Math.max(backoff, Math.min((retryAfterSeconds ?? 0) * 1000, CAP_MS));
}
