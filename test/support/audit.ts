import { createAuditTrail, type AuditTrail } from '../../src/audit/trail';
import type { AuditStore } from '../../src/audit/store';
import type { AuditEntry } from '../../src/audit/types';
import type { Clock } from '../../src/kernel/clock';
import { createLogger } from '../../src/kernel/log';
import { testClock } from './clock';

/** A real audit trail over `store` (the Audit table in integration tests), with a fixed key. */
export const auditOver = (store: AuditStore, clock: Clock = testClock()): AuditTrail =>
  createAuditTrail({ store, key: Buffer.alloc(32, 1), clock, log: createLogger(() => undefined) });

/** A real audit trail over an in-memory store, for unit tests: `entries` is what it appended, in order. */
export function memoryAudit(clock: Clock = testClock()): { trail: AuditTrail; entries: AuditEntry[] } {
  const entries: AuditEntry[] = [];
  const store: AuditStore = {
    append: async (entry) => void entries.push(entry),
    list: async (query) => entries.filter((e) => e.at >= query.from && e.at < query.to),
  };
  return { trail: auditOver(store, clock), entries };
}
