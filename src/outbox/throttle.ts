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
const PER_HOUR = 1_800;
const MINUTE_MS = 60_000;
/** Consecutive sends at least this far apart: 7 in any second. */
export const MIN_GAP_MS = Math.ceil(1_000 / 7);
/**
 * Every window is kept this much wider than Teams' own: a send may leave up to this much after its slot (the
 * claim's write, a slow event loop) and instances' clocks may differ a little, and the limits must still hold.
 */
export const SLACK_MS = 500;
/** Longest a 429 may pause a conversation, whatever its Retry-After says. */
export const MAX_PAUSE_MS = 5 * MINUTE_MS;
const KEEP_MS = Math.max(...CONVERSATION_LIMITS.map((l) => l.windowMs)) + SLACK_MS;

/** One conversation's sending state: reserved send times (the last 30 s), and sends per minute over the last hour. */
export interface Lane {
  /** Nothing may be sent before this (a 429's Retry-After), epoch ms. */
  readonly notBefore: number;
  readonly sends: readonly number[];
  /** [minute number (epoch ms / 60,000), sends in it], the last 60 minutes. */
  readonly minutes: readonly (readonly [number, number])[];
}

export const EMPTY_LANE: Lane = { notBefore: 0, sends: [], minutes: [] };

/** The earliest moment, from `earliest`, at which one more send keeps the lane within every limit. */
export function nextSlot(lane: Lane, earliest: number): number {
  const sends = [...lane.sends].sort((a, b) => a - b);
  // Slots are handed out in order, so a new one only needs checking against the sends before it.
  let at = Math.max(earliest, lane.notBefore, (sends.at(-1) ?? -Infinity) + MIN_GAP_MS + SLACK_MS / 4);
  for (let moved = true; moved;) {
    moved = false;
    for (const { windowMs, max } of CONVERSATION_LIMITS) {
      const inWindow = sends.filter((s) => s > at - windowMs - SLACK_MS);
      if (inWindow.length >= max) {
        // Wait until the oldest send that must leave the (widened) window has left it.
        at = inWindow[inWindow.length - max]! + windowMs + SLACK_MS + 1;
        moved = true;
      }
    }
    const hour = lane.minutes.filter(([minute]) => minute > Math.floor(at / MINUTE_MS) - 60);
    if (hour.reduce((sum, [, count]) => sum + count, 0) >= PER_HOUR) {
      at = (hour[0]![0] + 61) * MINUTE_MS; // when its oldest minute has left the hour
      moved = true;
    }
  }
  return at;
}

/** The lane with a send reserved at `at`. */
export function reserve(lane: Lane, at: number): Lane {
  const minute = Math.floor(at / MINUTE_MS);
  const minutes = lane.minutes.filter(([m]) => m > minute - 60 && m !== minute);
  const count = lane.minutes.find(([m]) => m === minute)?.[1] ?? 0;
  return {
    notBefore: lane.notBefore,
    sends: [...lane.sends.filter((s) => s > at - KEEP_MS), at],
    minutes: [...minutes, [minute, count + 1] as const].sort((a, b) => a[0] - b[0]),
  };
}

/** The lane paused until `until` (a 429's Retry-After, at most MAX_PAUSE_MS from `now`), or longer if it already is. */
export const pause = (lane: Lane, now: number, until: number): Lane => ({
  ...lane,
  notBefore: Math.max(lane.notBefore, Math.min(until, now + MAX_PAUSE_MS)),
});
