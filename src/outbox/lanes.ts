import type { Clock } from '../kernel/clock';
import { EMPTY_LANE, nextSlot, pause, reserve, type Lane } from './throttle';

/** Each conversation's lane, shared by every instance through storage; writes are conditional on what was read. */
export interface LaneStore {
  read(conversation: string): Promise<{ lane: Lane; etag?: string }>;
  /** Writes the lane if it is unchanged since it was read (no etag: it must not exist yet); false when it changed. */
  write(conversation: string, lane: Lane, etag: string | undefined): Promise<boolean>;
}

/** A slot to send at, or how long the conversation is busy for. */
export type Slot = { readonly at: number } | { readonly busyUntil: number };

/** Reserving send slots in conversations' lanes, and pausing a lane after a 429. */
export function createLanes(store: LaneStore, clock: Clock) {
  /** Reads, changes and writes a lane, again if another instance wrote it in between. */
  const change = async <T>(
    conversation: string,
    next: (lane: Lane) => { lane?: Lane; result: T },
  ): Promise<T> => {
    for (;;) {
      const { lane, etag } = await store.read(conversation);
      const { lane: changed, result } = next(lane ?? EMPTY_LANE);
      if (!changed || (await store.write(conversation, changed, etag))) return result;
    }
  };
  return {
    /** Reserves the next slot if it is within `maxWaitMs`; otherwise reserves nothing and says until when. */
    reserve: (conversation: string, maxWaitMs: number): Promise<Slot> =>
      change<Slot>(conversation, (lane) => {
        const now = clock.now().getTime();
        const at = nextSlot(lane, now);
        return at - now > maxWaitMs
          ? { result: { busyUntil: at } }
          : { lane: reserve(lane, at), result: { at } };
      }),
    /** Holds back every send to the conversation until `until` (epoch ms). */
    pause: (conversation: string, until: number): Promise<void> =>
      change(conversation, (lane) => ({ lane: pause(lane, until), result: undefined })),
  };
}

export type Lanes = ReturnType<typeof createLanes>;
