import assert from 'node:assert/strict';
import { createTenantPacer, PER_TENANT_GAP_MS } from '../../../src/outbox/pacer';
import { CAP_MS, isTransient, nextAttemptDelayMs } from '../../../src/outbox/retry-policy';
import {
  CONVERSATION_LIMITS,
  EMPTY_LANE,
  MIN_GAP_MS,
  nextSlot,
  pause,
  reserve,
  type Lane,
} from '../../../src/outbox/throttle';

describe('outbox retry policy', () => {
  const cases: [string, number, number | undefined, number | undefined, number | undefined][] = [
    // name, attempts so far, status, Retry-After (s), expected delay with random() = 1
    ['429 first time', 1, 429, undefined, 2_000],
    ['429 honours a longer Retry-After', 1, 429, 30, 30_000],
    ['503 doubles', 3, 503, undefined, 8_000],
    ['a 500 is retried', 2, 500, undefined, 4_000],
    ['408, 412, 502, 504 are transient too', 2, 408, undefined, 4_000],
    ['a network error (no status) is transient', 2, undefined, undefined, 4_000],
    ['capped at five minutes, however many attempts', 40, 503, undefined, CAP_MS],
    ['501 is not retried', 1, 501, undefined, undefined],
    ['505 is not retried', 1, 505, undefined, undefined],
    ['400 is not retried', 1, 400, undefined, undefined],
    ['403 is not retried', 1, 403, undefined, undefined],
    ['404 is not retried', 1, 404, undefined, undefined],
  ];
  for (const [name, attempts, status, retryAfter, expected] of cases) {
    it(name, () =>
      assert.equal(
        nextAttemptDelayMs(attempts, status, retryAfter, () => 1),
        expected,
      ),
    );
  }

  it('retries what Bot Framework retries: 408, 429, 5xx but 501 and 505, and no answer at all', () => {
    const transient = [408, 412, 429, 500, 502, 503, 504, 507, 599, undefined];
    const permanent = [400, 401, 403, 404, 409, 413, 501, 505];
    assert.deepEqual(
      transient.map(isTransient),
      transient.map(() => true),
    );
    assert.deepEqual(
      permanent.map(isTransient),
      permanent.map(() => false),
    );
  });

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

describe("a conversation's lane: Teams' per-conversation limits", () => {
  /** Reserves `n` slots back to back from `start`, as fast as the lane allows; answers their times. */
  const burst = (n: number, start = 0, from: Lane = EMPTY_LANE): { times: number[]; lane: Lane } => {
    let lane = from;
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const at = nextSlot(lane, start);
      times.push(at);
      lane = reserve(lane, at);
    }
    return { times, lane };
  };
  const mostIn = (times: number[], windowMs: number): number =>
    Math.max(...times.map((t) => times.filter((s) => s > t - windowMs && s <= t).length));

  it('a burst of 200 never has more than 7 in a second, 8 in 2 seconds or 60 in 30 seconds', () => {
    const { times } = burst(200);
    for (const { windowMs, max } of CONVERSATION_LIMITS)
      assert.ok(mostIn(times, windowMs) <= max, `${max} in ${windowMs} ms`);
    assert.equal(mostIn(times, 1_000), 7);
    assert.ok(times.every((t, i) => i === 0 || t - times[i - 1]! >= MIN_GAP_MS));
  });

  it('sends the first at once and the 9th only after 2 seconds', () => {
    const { times } = burst(9, 1_000_000);
    assert.equal(times[0], 1_000_000);
    assert.ok(times[8]! > 1_000_000 + 2_000);
  });

  it("a 429's Retry-After holds the whole lane, and a shorter pause does not shorten it", () => {
    const paused = pause(pause(EMPTY_LANE, 5_000), 3_000);
    assert.equal(nextSlot(paused, 1_000), 5_000);
    assert.equal(nextSlot(paused, 6_000), 6_000);
  });

  it('keeps at most 1,800 an hour', () => {
    const full: Lane = { notBefore: 0, sends: [], hourStart: 10_000, hourCount: 1_800 };
    assert.equal(nextSlot(full, 20_000), 10_000 + 3_600_000);
    assert.equal(reserve(full, 10_000 + 3_600_000).hourCount, 1);
  });

  it('keeps only the last 30 seconds of sends', () => {
    const { lane } = burst(100);
    assert.ok(lane.sends.length <= 60);
  });
});

describe("this instance's share of the tenant's rate", () => {
  it('spaces sends by the tenant gap times the instances sending', () => {
    let now = 0;
    const pacer = createTenantPacer({ now: () => new Date(now) });
    assert.equal(pacer.delayMs(1), 0);
    pacer.sent();
    assert.equal(pacer.delayMs(1), PER_TENANT_GAP_MS);
    assert.equal(pacer.delayMs(3), 3 * PER_TENANT_GAP_MS);
    now += PER_TENANT_GAP_MS;
    assert.equal(pacer.delayMs(1), 0);
  });
});
