import assert from 'node:assert/strict';
import { createTenantPacer, PER_TENANT_GAP_MS } from '../../../src/outbox/pacer';
import { CAP_MS, isTransient, nextAttemptDelayMs } from '../../../src/outbox/retry-policy';
import {
  CONVERSATION_LIMITS,
  EMPTY_LANE,
  MAX_PAUSE_MS,
  MIN_GAP_MS,
  nextSlot,
  pause,
  reserve,
  SLACK_MS,
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
  /**
   * Sends `n` messages as fast as the lane allows: each reserved from `now`, then sent up to the slack late (a slow
   * claim, a busy event loop), the next reserved 30 ms after the send. Answers the times they were actually sent.
   */
  const burst = (n: number, lateBy: (i: number) => number = () => 0, from: Lane = EMPTY_LANE) => {
    let lane = from;
    let now = 1_000_000;
    const sent: number[] = [];
    for (let i = 0; i < n; i++) {
      const at = nextSlot(lane, now);
      lane = reserve(lane, at);
      sent.push(at + lateBy(i));
      now = sent.at(-1)! + 30;
    }
    return { sent, lane };
  };
  const mostIn = (times: number[], windowMs: number): number =>
    Math.max(...times.map((t) => times.filter((s) => s > t - windowMs && s <= t).length));

  it('200 sends, each up to 250 ms late, never more than 7 in a second, 8 in 2 seconds or 60 in 30 seconds', () => {
    for (const lateBy of [
      () => 0,
      (i: number) => (i % 2 ? SLACK_MS : 0),
      (i: number) => (i * 37) % SLACK_MS,
    ]) {
      const { sent } = burst(200, lateBy);
      for (const { windowMs, max } of CONVERSATION_LIMITS) {
        assert.ok(mostIn(sent, windowMs) <= max, `${mostIn(sent, windowMs)} in ${windowMs} ms`);
      }
      assert.ok(sent.every((t, i) => i === 0 || t - sent[i - 1]! >= MIN_GAP_MS - SLACK_MS));
    }
  });

  it('sends the first at once and the 9th only after 2 seconds', () => {
    const { sent } = burst(9);
    assert.equal(sent[0], 1_000_000);
    assert.ok(sent[8]! > 1_000_000 + 2_000);
  });

  it("a 429's Retry-After holds the whole lane, at most 5 minutes, and a shorter pause does not shorten it", () => {
    const paused = pause(pause(EMPTY_LANE, 0, 5_000), 0, 3_000);
    assert.equal(nextSlot(paused, 1_000), 5_000);
    assert.equal(nextSlot(paused, 6_000), 6_000);
    assert.equal(
      pause(EMPTY_LANE, 0, 1e12).notBefore,
      MAX_PAUSE_MS,
      'a Retry-After of years is cut to 5 minutes',
    );
  });

  it('keeps at most 1,800 in any hour, counted by the minute', () => {
    const minute = 100_000;
    const full: Lane = {
      notBefore: 0,
      sends: [],
      minutes: [
        [minute, 1_000],
        [minute + 30, 800],
      ],
    };
    assert.equal(nextSlot(full, (minute + 40) * 60_000), (minute + 61) * 60_000);
    const spaced: Lane = { notBefore: 0, sends: [], minutes: [[minute + 30, 800]] };
    assert.equal(nextSlot(spaced, (minute + 40) * 60_000), (minute + 40) * 60_000);
  });

  it('keeps only the last 30 seconds of sends and the last hour of minutes', () => {
    const { lane } = burst(100);
    assert.ok(lane.sends.length <= 60);
    assert.ok(lane.minutes.length <= 60);
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
