import type { AuditTrail } from '../audit/trail';
import type { AuditEntry } from '../audit/types';
import { seedDirectory, type DirectoryStore } from './seed-directory';
import type { Directory } from './types';

/** People named per audit entry: an entry's people are one table property, which holds 32K characters. */
const PEOPLE_PER_ENTRY = 500;

/** Writes a validated directory (see seedDirectory), then records who loaded it, from where, and whom it names. */
export async function loadDirectory(
  directory: Directory,
  store: DirectoryStore,
  audit: AuditTrail,
  by: AuditEntry['by'],
  source: string,
): Promise<void> {
  await seedDirectory(directory, store);
  await recordDirectoryLoaded(audit, by, directory, source);
}

/** The entries for a directory loaded from `source` (a file's name, or the demo's): one per 500 people. */
export async function recordDirectoryLoaded(
  audit: AuditTrail,
  by: AuditEntry['by'],
  directory: Directory,
  source: string,
): Promise<void> {
  const ids = directory.people.map((p) => p.aadObjectId);
  const detail = `${directory.people.length} people, ${directory.services.length} services`;
  for (let from = 0; from === 0 || from < ids.length; from += PEOPLE_PER_ENTRY) {
    await audit.record({
      by,
      kind: 'directory.loaded',
      record: { kind: 'directory', id: source },
      people: ids.slice(from, from + PEOPLE_PER_ENTRY),
      detail,
    });
  }
}
