import type { AuditEntry, AuditQuery } from './types';

/**
 * The Audit table: append-only. There is deliberately no update or delete here, and the repository writes
 * with create only, so an entry once written is never changed by the product (a test holds this interface to
 * these two members).
 */
export interface AuditStore {
  append(entry: AuditEntry): Promise<void>;
  /** Entries in the window matching the filters, oldest first. */
  list(query: AuditQuery): Promise<AuditEntry[]>;
}
