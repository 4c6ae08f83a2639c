import { erasePerson } from '../records/erase';
import { openStorage } from '../storage/open-storage';
import { createStores } from '../storage/stores';
import { parseRecordsArgs, recordsDeps } from './records-deps';
import type { RunRecordsOptions } from './run-sar';

export const ERASE_USAGE = [
  'Usage: npm run erase -- <email or Entra object id> [--yes]',
  '  Replaces the person\'s name with their role ("Former councillor") in the records that are kept, and',
  '  deletes their directory entry and chat references. Without --yes it only says what it would do.',
].join('\n');

/** `npm run erase`: erases one person (with --yes). Answers the exit code. */
export async function runErase(options: RunRecordsOptions): Promise<number> {
  const { out, err } = options;
  const args = parseRecordsArgs(options.argv, ['--yes']);
  if ('problem' in args) {
    err(`${args.problem}\n${ERASE_USAGE}`);
    return 2;
  }
  if (!args.flags.has('--yes')) {
    err(`Erasure cannot be undone. Run again with --yes to erase "${args.key}".`);
    return 2;
  }
  const storage = await openStorage(options.config.storage);
  try {
    const deps = await recordsDeps(createStores(storage.tables), options.clock);
    const result = await erasePerson(deps, args.key, { id: 'command-line', name: options.operator });
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
      case 'erased':
        out(
          `Erased ${result.aadObjectId}: now "${result.label}" in ${result.visits} visit(s), ` +
            `${result.actions} action(s) and ${result.messages} message(s); directory entry and chat references deleted.`,
        );
        return 0;
    }
  } finally {
    await storage.close();
  }
}
