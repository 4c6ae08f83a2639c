import type { Person } from '../directory/types';
import type { EraseDeps } from './erase-deps';
import { findPerson } from './find-person';
import { FORMER_LABELS } from './labels';
import { holdNames, isTheirs, namesBeside, visitsNaming } from './naming';
import { relabelledActions, relabelledMessages } from './relabel';
import { AUDIT_EPOCH } from './subject-access';

/** What erasure changes, or would change: records relabelled, by kind. */
export interface ErasureCounts {
  readonly aadObjectId: string;
  readonly label: string;
  readonly visits: number;
  readonly actions: number;
  readonly messages: number;
  readonly bookings: number;
  readonly holds: number;
}

/** Why nothing is erased: nobody has that key, they were erased before, or a legal hold covers them. */
export type NoErasure =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'already-erased'; readonly at: string }
  | { readonly kind: 'held'; readonly aadObjectId: string };

export type ErasurePlan = NoErasure | ({ readonly kind: 'would-erase' } & ErasureCounts);

/** What `erasePerson` would change, changing nothing (`npm run erase` without --yes). */
export async function planErasure(deps: EraseDeps, key: string): Promise<ErasurePlan> {
  const found = await erasable(deps, key);
  if ('kind' in found) return found;
  const { person, label } = found;
  const id = person.aadObjectId;
  const visits = await visitsNaming(deps.visits, id);
  const names = [...new Set([person.name, ...visits.flatMap((v) => namesBeside(v, id))])];
  let messages = 0;
  for (const outbox of deps.outboxes) messages += relabelledMessages(await outbox.all(), names, label).length;
  const bookings = (await deps.bookings.list()).filter((b) => b.history.some((e) => isTheirs(e, person)));
  return {
    kind: 'would-erase',
    aadObjectId: id,
    label,
    visits: visits.length,
    actions: relabelledActions(await deps.actions.all(), id, label).length,
    messages,
    bookings: bookings.length,
    holds: (await deps.holdStore.list()).filter((h) => holdNames(h, id)).length,
  };
}

/** The person to erase and their label, or why there is nobody to erase. */
export async function erasable(
  deps: EraseDeps,
  key: string,
): Promise<NoErasure | { person: Person; label: string }> {
  const person = await findPerson(deps.people, key);
  if (!person) return alreadyErased(deps, key);
  if (await deps.holds.isPersonHeld(person.aadObjectId))
    return { kind: 'held', aadObjectId: person.aadObjectId };
  return { person, label: FORMER_LABELS[person.role] };
}

/** An id with no directory entry that the trail says was erased: say when, rather than "unknown". */
async function alreadyErased(deps: EraseDeps, key: string): Promise<NoErasure> {
  const id = key.trim().toLowerCase();
  if (!id || id.includes('@')) return { kind: 'unknown' };
  const entries = await deps.auditEntries.list({
    from: AUDIT_EPOCH,
    to: new Date(deps.clock.now().getTime() + 86_400_000).toISOString(),
    personId: id,
  });
  const erased = entries.find((e) => e.kind === 'person.erased' && e.record.id === id);
  return erased ? { kind: 'already-erased', at: erased.at } : { kind: 'unknown' };
}
