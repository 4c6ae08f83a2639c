import { createHmac, randomBytes } from 'node:crypto';
import type { Clock } from '../kernel/clock';
import type { Logger } from '../kernel/log';
import type { AuditStore } from './store';
import type { AuditChange, AuditEntry } from './types';

export interface AuditTrailDeps {
  readonly store: AuditStore;
  /** The key text is hashed with, so a short answer cannot be confirmed by hashing guesses without it. */
  readonly key: Buffer;
  readonly clock: Clock;
  readonly log: Logger;
}

/** Records changes in the audit trail. A change is recorded after it is saved. */
export interface AuditTrail {
  /**
   * Appends one entry. It never throws: the change it records has already been made, so a storage fault is
   * logged (ids only) for an operator to re-append, rather than telling the person their change failed.
   */
  record(change: AuditChange): Promise<void>;
  /**
   * Appends one entry and throws if it cannot, for system jobs and the command line: write it before the change
   * is final (an erasure, an export), so a change is never made without its entry.
   */
  recordOrFail(change: AuditChange): Promise<void>;
  /** The keyed hash an entry holds for a text, to check a text against the trail. */
  hash(text: string): string;
}

export function createAuditTrail(deps: AuditTrailDeps): AuditTrail {
  const hash = (text: string): string => createHmac('sha256', deps.key).update(text, 'utf8').digest('hex');
  return {
    hash,
    recordOrFail: (change) => deps.store.append(entryOf(change, deps.clock.now(), hash)),
    async record(change) {
      const entry = entryOf(change, deps.clock.now(), hash);
      try {
        await deps.store.append(entry);
      } catch (error) {
        const { by, ...rest } = entry;
        deps.log.error('Audit entry not written: re-append it', {
          entry: JSON.stringify({ ...rest, by: by.id }),
          error,
        });
      }
    },
  };
}

/** The stored entry for a change at `now`. */
export function entryOf(change: AuditChange, now: Date, hash: (text: string) => string): AuditEntry {
  const { text, people, ...rest } = change;
  const at = now.toISOString();
  return {
    ...rest,
    id: `${at}|${randomBytes(6).toString('hex')}`,
    at,
    people: [...new Set(people ?? [])],
    ...(text?.before !== undefined ? { textBefore: hash(text.before) } : {}),
    ...(text?.after !== undefined ? { textAfter: hash(text.after) } : {}),
  };
}

/** Who acted, as an entry names them: a directory person's aadObjectId and the name they have now. */
export const actor = (person: {
  readonly aadObjectId: string;
  readonly name: string;
}): { readonly id: string; readonly name: string } => ({ id: person.aadObjectId, name: person.name });

/** The product's own hand, for jobs no person started (retention). */
export const SYSTEM = { id: 'system', name: 'Frontline Visits' } as const;
