import { randomBytes } from 'node:crypto';
import { createLogger } from '../kernel/log';
import { createLegalHolds } from '../retention/holds';
import type { Hold, HoldSubject } from '../retention/types';
import { openStorage } from '../storage/open-storage';
import { createStores } from '../storage/stores';
import { openAuditTrail } from '../audit/open-trail';
import { commandLine } from './audit';
import type { CommandOptions } from './run-main';

export const HOLD_USAGE = [
  'Usage: npm run hold -- place (--service <id> | --visit <id> | --person <email or aadObjectId>) --reason <reference> [--by <aadObjectId>]',
  '       npm run hold -- lift <hold id> [--by <aadObjectId>]',
  '       npm run hold -- list',
  "  A hold keeps from retention everything it covers: a service's visits, one visit, or every visit a person is",
  '  named on. --reason is the instruction\'s reference (for example "INQ-2026-014 no-destroy"), not a description.',
  '  --by names who placed or lifted it, from the directory; default: the account running the command.',
].join('\n');

/** `npm run hold`: places, lifts and lists legal holds; each change is audited. Answers the exit code. */
export async function runHold(options: Omit<CommandOptions, 'operator'>): Promise<number> {
  const { out, err } = options;
  const [verb, ...rest] = options.argv;
  const flags = readFlags(rest);
  if (!verb || !['place', 'lift', 'list'].includes(verb) || 'problem' in flags) {
    err(`${'problem' in flags ? `${flags.problem}\n` : ''}${HOLD_USAGE}`);
    return 2;
  }
  const storage = await openStorage(options.config.storage);
  try {
    const store = createStores(storage.tables);
    const log = createLogger((level, line) => (level === 'info' ? undefined : err(line)));
    const holds = createLegalHolds({
      holds: store.holds,
      services: store.services,
      visits: store.visits,
      people: store.people,
      audit: await openAuditTrail(store, options.clock, log),
      clock: options.clock,
      newId: () => `H-${randomBytes(4).toString('hex')}`,
    });
    if (verb === 'list') {
      const all = await holds.list();
      if (all.length === 0) out('No legal hold has been placed.');
      all.forEach((hold) => out(holdLine(hold)));
      return 0;
    }
    let by = commandLine();
    if (flags.by) {
      const person = await store.people.get(flags.by);
      if (!person) {
        err(`--by ${flags.by}: nobody with that id is in the directory.`);
        return 2;
      }
      by = { id: person.aadObjectId, name: person.name };
    }
    const result =
      verb === 'place' ? await place(holds, flags, by) : await holds.lift(flags.positional[0] ?? '', by);
    if (!result.ok) {
      err(result.problem);
      return 1;
    }
    out(`${verb === 'place' ? 'Placed' : 'Lifted'}: ${holdLine(result.hold)}`);
    return 0;
  } finally {
    await storage.close();
  }
}

type Flags = { positional: string[]; by?: string; reason?: string; subject?: HoldSubject };

async function place(holds: ReturnType<typeof createLegalHolds>, flags: Flags, by: Hold['placedBy']) {
  if (!flags.subject)
    return { ok: false as const, problem: 'Say what to hold: --service, --visit or --person.' };
  if (!flags.reason)
    return { ok: false as const, problem: "--reason is required: the instruction's reference." };
  return holds.place(flags.subject, flags.reason, by);
}

function readFlags(argv: readonly string[]): Flags | { problem: string } {
  const flags: Flags = { positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = argv[i + 1];
    if (!arg.startsWith('--')) {
      flags.positional.push(arg);
      continue;
    }
    if (value === undefined || value.startsWith('--')) return { problem: `${arg} needs a value.` };
    i += 1;
    const kind = arg.slice(2);
    if (kind === 'service' || kind === 'visit' || kind === 'person') {
      if (flags.subject) return { problem: 'Hold one thing at a time: --service, --visit or --person.' };
      flags.subject = { kind, id: value };
    } else if (kind === 'reason') flags.reason = value;
    else if (kind === 'by') flags.by = value;
    else return { problem: `Unknown option "${arg}".` };
  }
  return flags;
}

/** One hold on a line: its id, what it covers, its reference, who placed it and when, and whether lifted. */
function holdLine(hold: Hold): string {
  const placed = `placed ${hold.placedAt.slice(0, 10)} by ${hold.placedBy.name}`;
  const lifted = hold.lifted
    ? `; lifted ${hold.lifted.at.slice(0, 10)} by ${hold.lifted.by.name}`
    : '; active';
  return `${hold.id}  ${hold.subject.kind} ${hold.subject.id}  reason "${hold.reason}"  ${placed}${lifted}`;
}
