import type { Clock } from '../kernel/clock';
import type { LaneStore } from './store';
import { EMPTY_LANE, nextSlot, pause, reserve, type Lane } from './throttle';

/** A slot to send at, or how long the conversation is busy for. */
export type Slot = { readonly at: number } | { readonly busyUntil: number };

/** Rounds of read-and-write a lane gets when other instances keep writing it first; then it counts as busy. */
const ROUNDS = 10;

/** Reserving send slots in conversations' lanes, and pausing a lane after a 429. */
export function createLanes(store: LaneStore, clock: Clock) {
  /** Reads, changes and writes a lane, again if another instance wrote it in between. */
  const change = async <T>(
    conversation: string,
    next: (lane: Lane, now: number) => { lane?: Lane; result: T },
    contended: T,
  ): Promise<T> => {
    for (let round = 0; round < ROUNDS; round++) {
      const { lane, etag } = await store.read(conversation);
      const { lane: changed, result } = next(lane ?? EMPTY_LANE, clock.now().getTime());
      if (!changed || (await store.write(conversation, changed, etag))) return result;
    }
    return contended;
  };
  return {
    /**
     * Reserves the next slot from `earliest` if it comes within `maxWaitMs`; otherwise reserves nothing and says
     * until when the conversation is busy.
     */
    reserve: (conversation: string, earliest: number, maxWaitMs: number): Promise<Slot> =>
      change<Slot>(
        conversation,
        (lane, now) => {
          const at = nextSlot(lane, Math.max(now, earliest));
          return at - now > maxWaitMs
            ? { result: { busyUntil: at } }
            : { lane: reserve(lane, at), result: { at } };
        },
        { busyUntil: clock.now().getTime() + maxWaitMs },
      ),
    /** Whether a reserved slot may still be used: no 429 has paused the conversation past it since. */
    async stillClear(conversation: string, at: number): Promise<boolean> {
      const { lane } = await store.read(conversation);
      return (lane ?? EMPTY_LANE).notBefore <= at;
    },
    /** Holds back every send to the conversation until `until` (epoch ms; at most 5 minutes ahead). */
    pause: (conversation: string, until: number): Promise<void> =>
      change(conversation, (lane, now) => ({ lane: pause(lane, now, until), result: undefined }), undefined),
  };
}

export type Lanes = ReturnType<typeof createLanes>;
