import type { Clock } from '../kernel/clock';
import type { Logger } from '../kernel/log';
import type { AuditStore } from './store';
import { createAuditTrail, type AuditTrail } from './trail';

/** Where the key that text is hashed with is kept, shared by every process on the same storage. */
export interface SharedKeys {
  sharedKey(name: string): Promise<Buffer>;
}

/** The audit trail on these stores, with the one key the bot and every command hash text with. */
export async function openAuditTrail(
  stores: { readonly audit: AuditStore; readonly leases: SharedKeys },
  clock: Clock,
  log: Logger,
): Promise<AuditTrail> {
  return createAuditTrail({
    store: stores.audit,
    key: await stores.leases.sharedKey('audit-text'),
    clock,
    log,
  });
}
