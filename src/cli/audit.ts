import { userInfo } from 'node:os';
import type { AuditEntry } from '../audit/types';

/** Who a command-line tool acts as: no directory person, so the account that ran it, by name. */
export const commandLine = (username: string = userInfo().username): AuditEntry['by'] => ({
  id: 'command-line',
  name: `Command line (${username})`,
});
