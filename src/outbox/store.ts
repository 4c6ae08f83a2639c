import type { Lane } from './throttle';
import type { NewMessage, OutboxMessage } from './types';

/**
 * Messages waiting to be sent, in one store each (messages are written with the state change they announce, in
 * its store; messages with no such state in a standalone one).
 */
export interface OutboxStore {
  readonly name: string;
  /** Adds a message to the "outbox" partition on its own; adding the same id twice changes nothing. */
  enqueue(message: NewMessage, now: Date): Promise<void>;
  /** Messages not yet sent (pending, or claimed by a sender), oldest first. */
  listWaiting(): Promise<OutboxMessage[]>;
  /** Pending or dead messages, oldest first: for the `outbox` command. */
  listOpen(): Promise<OutboxMessage[]>;
  get(partition: string, id: string): Promise<OutboxMessage | undefined>;
  /** Changes a message if nobody else has since it was read: the changed message, or undefined when someone has. */
  update(message: OutboxMessage, patch: Partial<OutboxMessage>): Promise<OutboxMessage | undefined>;
}

/** The instances that are sending, so that each takes its share of the tenant-wide rate. */
export interface InstanceRegistry {
  /** Says this instance is alive until `until`. */
  heartbeat(instanceId: string, until: Date): Promise<void>;
  /** How many instances said they are alive at `now` (at least this one, once it has said so). */
  alive(now: Date): Promise<number>;
}

/** Each conversation's lane, shared by every instance through storage; writes are conditional on what was read. */
export interface LaneStore {
  read(conversation: string): Promise<{ lane: Lane; etag?: string }>;
  /** Writes the lane if it is unchanged since it was read (no etag: it must not exist yet); false when it changed. */
  write(conversation: string, lane: Lane, etag: string | undefined): Promise<boolean>;
}
