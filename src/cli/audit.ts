import { userInfo } from 'node:os';
import { createAuditTrail, type AuditTrail } from '../audit/trail';
import type { AuditEntry } from '../audit/types';
import type { Clock } from '../kernel/clock';
import type { Logger } from '../kernel/log';
import type { Stores } from '../storage/stores';

/** The audit trail a command-line tool records its changes in, with the key the bot's process uses. */
export async function openAuditTrail(
  stores: Pick<Stores, 'audit' | 'leases'>,
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

/** Who a command-line tool acts as: no directory person, so the account that ran it, by name. */
export const commandLine = (username: string = userInfo().username): AuditEntry['by'] => ({
  id: 'command-line',
  name: `Command line (${username})`,
});
