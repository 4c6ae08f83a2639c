import { planErasure, type ErasureCounts } from '../records/erase-plan';
import { erasePerson } from '../records/erase';
import { openStorage } from '../storage/open-storage';
import { createStores } from '../storage/stores';
import { parseRecordsArgs, recordsDeps } from './records-deps';
import type { CommandOptions } from './run-main';

export const ERASE_USAGE = [
  'Usage: npm run erase -- <email or Entra object id> [--yes]',
  '  Replaces the person\'s name with their role ("Former councillor") in the records that are kept, and',
  '  deletes their directory entry and chat references. Without --yes it only says what it would do.',
].join('\n');

/** What is relabelled, in words: "5 visit(s), 2 action(s), …". */
const counted = (c: ErasureCounts): string =>
  `${c.visits} visit(s), ${c.actions} action(s), ${c.messages} message(s), ` +
  `${c.bookings} booking(s) and ${c.holds} hold(s)`;

/** `npm run erase`: erases one person with --yes; without, lists what it would change. Answers the exit code. */
export async function runErase(options: CommandOptions): Promise<number> {
  const { out, err } = options;
  const args = parseRecordsArgs(options.argv, ['--yes']);
  if ('problem' in args) {
    err(`${args.problem}\n${ERASE_USAGE}`);
    return 2;
  }
  const storage = await openStorage(options.config.storage);
  try {
    const deps = await recordsDeps(createStores(storage.tables), options.clock);
    const result = args.flags.has('--yes')
      ? await erasePerson(deps, args.key, { id: 'command-line', name: options.operator })
      : await planErasure(deps, args.key);
    switch (result.kind) {
      case 'unknown':
        err(`Nobody in the directory has the email address or id "${args.key}". Nothing was changed.`);
        return 1;
      case 'already-erased':
        out(`${args.key} was erased on ${result.at.slice(0, 10)}. Nothing more to do.`);
        return 0;
      case 'held':
        err(`${result.aadObjectId} is under a legal hold, so nothing was changed. Lift the hold first.`);
        return 1;
      case 'would-erase':
        out(
          `Would erase ${result.aadObjectId}: "${result.label}" in ${counted(result)}; ` +
            'their directory entry and chat references would be deleted.',
        );
        out(`Nothing was changed. Erasure cannot be undone: run again with --yes to erase "${args.key}".`);
        return 0;
      case 'erased':
        out(
          `Erased ${result.aadObjectId}: now "${result.label}" in ${counted(result)}; ` +
            'directory entry and chat references deleted.',
        );
        return 0;
    }
  } finally {
    await storage.close();
  }
}
