import assert from 'node:assert/strict';
import { createPacer, PER_CONVERSATION_GAP_MS, PER_TENANT_GAP_MS } from '../../../src/outbox/pacer';
import { MAX_ATTEMPTS, nextAttemptDelayMs } from '../../../src/outbox/retry-policy';

describe('outbox retry policy', () => {
  const cases: [string, number, number | undefined, number | undefined, number | undefined][] = [
    // name, attempts so far, status, Retry-After (s), expected delay with random() = 1
    ['429 first time', 1, 429, undefined, 2_000],
    ['429 honours a longer Retry-After', 1, 429, 30, 30_000],
    ['503 doubles', 3, 503, undefined, 8_000],
    ['412, 502, 504 are transient too', 2, 412, undefined, 4_000],
    ['a network error (no status) is transient', 2, undefined, undefined, 4_000],
    ['capped at ten minutes', 7, 503, undefined, 128_000],
    ['403 is not retried', 1, 403, undefined, undefined],
    ['404 is not retried', 1, 404, undefined, undefined],
    ['gives up after the last attempt', MAX_ATTEMPTS, 503, undefined, undefined],
  ];
  for (const [name, attempts, status, retryAfter, expected] of cases) {
    it(name, () =>
      assert.equal(
        nextAttemptDelayMs(attempts, status, retryAfter, () => 1),
        expected,
      ),
    );
  }

  it('jitters between half and all of the ceiling', () => {
    assert.equal(
      nextAttemptDelayMs(3, 503, undefined, () => 0),
      4_000,
    );
    assert.equal(
      nextAttemptDelayMs(3, 503, undefined, () => 0.5),
      6_000,
    );
  });
});

describe('outbox pacer', () => {
  it('keeps 7 per second per conversation and 50 per second per tenant', () => {
    let now = 0;
    const pacer = createPacer({ now: () => new Date(now) });
    assert.equal(pacer.delayMs('a'), 0);
    pacer.sent('a');
    assert.equal(pacer.delayMs('a'), PER_CONVERSATION_GAP_MS);
    assert.equal(pacer.delayMs('b'), PER_TENANT_GAP_MS);
    now += PER_TENANT_GAP_MS;
    assert.equal(pacer.delayMs('b'), 0);
    assert.equal(pacer.delayMs('a'), PER_CONVERSATION_GAP_MS - PER_TENANT_GAP_MS);
    assert.ok(1000 / PER_CONVERSATION_GAP_MS <= 7 && 1000 / PER_TENANT_GAP_MS <= 50);
  });
});
