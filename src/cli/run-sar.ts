import { writeFile } from 'node:fs/promises';
import { subjectAccessFileName, writeSubjectAccessZip } from '../documents/subject-access-zip';
import { subjectAccess } from '../records/subject-access';
import { openStorage } from '../storage/open-storage';
import { createStores } from '../storage/stores';
import { parseRecordsArgs, recordsDeps } from './records-deps';
import type { CommandOptions } from './run-main';

export const SAR_USAGE = [
  'Usage: npm run sar -- <email or Entra object id> [--out <file.zip>]',
  '  Writes one zip of everything stored about the person (default: in this folder).',
].join('\n');

/** `npm run sar`: the subject access zip for one person. Answers the exit code. */
export async function runSar(options: CommandOptions): Promise<number> {
  const args = parseRecordsArgs(options.argv, ['--out']);
  if ('problem' in args) {
    options.err(`${args.problem}\n${SAR_USAGE}`);
    return 2;
  }
  const storage = await openStorage(options.config.storage);
  try {
    const deps = await recordsDeps(createStores(storage.tables), options.clock);
    const access = await subjectAccess(deps, args.key, { id: 'command-line', name: options.operator });
    if (!access) {
      options.err(`Nobody in the directory has the email address or id "${args.key}". Nothing was written.`);
      return 1;
    }
    const file = args.out ?? subjectAccessFileName(access);
    // It holds everything about a person: readable by its owner only.
    await writeFile(file, await writeSubjectAccessZip(access), { mode: 0o600 });
    options.out(
      `Wrote ${file}: ${access.visits.length} visit(s), ${access.actions.length} action(s), ` +
        `${access.bookings.length} booking(s), ${access.audit.length} audit entr(ies), ` +
        `${access.messages.length} message(s). See summary.txt inside.`,
    );
    return 0;
  } finally {
    await storage.close();
  }
}
