/**
 * Teams' limits on a bot's proactive messages to one conversation (7 a second, 8 in 2 seconds, 60 in 30 seconds,
 * 1,800 an hour), kept as a lane per conversation that every instance reads and reserves slots in, so that the
 * limits hold however many instances send; and a 429's Retry-After pauses the whole lane, not one message.
 */
export const CONVERSATION_LIMITS: readonly { readonly windowMs: number; readonly max: number }[] = [
  { windowMs: 1_000, max: 7 },
  { windowMs: 2_000, max: 8 },
  { windowMs: 30_000, max: 60 },
];
const HOUR_MS = 3_600_000;
const PER_HOUR = 1_800;
/** Consecutive sends at least this far apart: 7 in any second. */
export const MIN_GAP_MS = Math.ceil(1_000 / 7);
const KEEP_MS = Math.max(...CONVERSATION_LIMITS.map((l) => l.windowMs));

/** One conversation's sending state: reserved send times (the last 30 s, oldest first) and the hour's count. */
export interface Lane {
  /** Nothing may be sent before this (a 429's Retry-After), epoch ms. */
  readonly notBefore: number;
  readonly sends: readonly number[];
  readonly hourStart: number;
  readonly hourCount: number;
}

export const EMPTY_LANE: Lane = { notBefore: 0, sends: [], hourStart: 0, hourCount: 0 };

/** The earliest moment, from `now`, at which one more send keeps the lane within every limit. */
export function nextSlot(lane: Lane, now: number): number {
  const sends = [...lane.sends].sort((a, b) => a - b);
  // Slots are handed out in order, so a new one only needs checking against the sends before it.
  let at = Math.max(now, lane.notBefore, (sends.at(-1) ?? -Infinity) + MIN_GAP_MS);
  for (let moved = true; moved;) {
    moved = false;
    for (const { windowMs, max } of CONVERSATION_LIMITS) {
      const inWindow = sends.filter((s) => s > at - windowMs);
      if (inWindow.length >= max) {
        // Wait until the oldest send that must leave the window has left it.
        at = inWindow[inWindow.length - max]! + windowMs + 1;
        moved = true;
      }
    }
    if (at - lane.hourStart < HOUR_MS && lane.hourCount >= PER_HOUR) {
      at = lane.hourStart + HOUR_MS;
      moved = true;
    }
  }
  return at;
}

/** The lane with a send reserved at `at`. */
export function reserve(lane: Lane, at: number): Lane {
  const newHour = at - lane.hourStart >= HOUR_MS;
  return {
    notBefore: lane.notBefore,
    sends: [...lane.sends.filter((s) => s > at - KEEP_MS), at],
    hourStart: newHour ? at : lane.hourStart,
    hourCount: newHour ? 1 : lane.hourCount + 1,
  };
}

/** The lane paused until `until` (a 429's Retry-After), or as it was if it is already paused longer. */
export const pause = (lane: Lane, until: number): Lane => ({
  ...lane,
  notBefore: Math.max(lane.notBefore, until),
});
