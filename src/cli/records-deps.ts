import { openAuditTrail } from '../audit/open-trail';
import type { Clock } from '../kernel/clock';
import { createLogger } from '../kernel/log';
import type { EraseDeps } from '../records/erase-deps';
import type { SubjectAccessDeps } from '../records/subject-access';
import { createHoldCheck } from '../retention/holds';
import type { Stores } from '../storage/stores';

/** What the subject access and erasure commands run on: the stores, the audit trail and the clock. */
export async function recordsDeps(stores: Stores, clock: Clock): Promise<SubjectAccessDeps & EraseDeps> {
  const audit = await openAuditTrail(stores, clock, createLogger());
  return {
    ...stores,
    auditEntries: stores.audit,
    holdStore: stores.holds,
    outboxes: [stores.visitOutbox, stores.standaloneOutbox],
    // A person named on a visit under a hold (on it, its service or them) is not erased.
    holds: createHoldCheck(stores.holds, stores.visits),
    audit,
    clock,
  };
}

/** Parses `<email|oid> [--flag] [--out <file>]`: the person's key, and the options given. */
export function parseRecordsArgs(
  argv: readonly string[],
  flags: readonly string[],
): { key: string; flags: Set<string>; out?: string } | { problem: string } {
  let key: string | undefined;
  let out: string | undefined;
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out' && flags.includes('--out')) {
      out = argv[++i];
      if (!out) return { problem: '--out needs a file name.' };
    } else if (flags.includes(arg)) seen.add(arg);
    else if (arg.startsWith('--')) return { problem: `Unknown option "${arg}".` };
    else if (key === undefined) key = arg;
    else return { problem: `One person at a time: "${arg}" is one too many.` };
  }
  if (!key) return { problem: 'Say whose records: an email address or an Entra object id.' };
  return { key, flags: seen, ...(out ? { out } : {}) };
}
