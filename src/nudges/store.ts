import type { Quiet } from './types';

/** What the partnerships team did with nudges (by topic), and each week's digest post (by the week's Monday). */
export interface NudgeRepository {
  quiet(): Promise<Map<string, Quiet>>;
  /** Snoozes a topic or marks it handled; the last click wins. */
  setQuiet(topic: string, quiet: Quiet, at: Date): Promise<void>;
  digest(weekOf: string): Promise<DigestRecord | undefined>;
  /** Records a digest version if the record is unchanged since it was read (etag), or new; false otherwise. */
  saveDigest(weekOf: string, hash: string, version: number, etag?: string): Promise<boolean>;
}

/**
 * Who may run a singleton job, and until when. Taking a lease is a conditional write, so two instances cannot
 * both win; a holder that dies loses it when it expires.
 */
export interface LeaseRepository {
  /** True when `holder` now holds the lease until `until` (taken, renewed, or taken over after expiry). */
  acquire(name: string, holder: string, now: Date, until: Date): Promise<boolean>;
}

/** What the scheduler knows of a week's digest: the version posted and a hash of what it shows. */
export interface DigestRecord {
  readonly hash: string;
  readonly version: number;
  readonly etag: string;
}
