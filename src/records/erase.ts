import { toReportVisit } from '../report/report-index';
import type { EraseDeps } from './erase-deps';
import { erasable, type ErasureCounts, type NoErasure } from './erase-plan';
import { relabelledActions, relabelledMessages, saveActions, saveMessages } from './relabel';

export type Erasure = NoErasure | ({ readonly kind: 'erased' } & ErasureCounts);

/**
 * Erases the person named by `key` (email or Entra object id): their name becomes a role label in every record
 * that must be kept (visits, the report index, actions, messages, bookings, holds, snoozes, draft change logs),
 * their personal chat and live card are forgotten, the erasure is audited (or it throws) and their directory
 * entry deleted last. Nothing is changed for a person under a legal hold. Each step skips what is done, so
 * running it again finishes an interrupted erasure; once the entry is gone, it answers "already erased".
 */
export async function erasePerson(
  deps: EraseDeps,
  key: string,
  by: { readonly id: string; readonly name: string },
): Promise<Erasure> {
  const found = await erasable(deps, key);
  if ('kind' in found) return found;
  const { person, label } = found;
  const id = person.aadObjectId;

  const { visitIds, names } = await deps.visits.renamePerson(id, label);
  for (const visitId of visitIds) {
    const record = await deps.visits.load(visitId);
    const copy = record && toReportVisit(record);
    if (copy) await deps.reportVisits.put(copy, { force: true });
  }
  const actions = relabelledActions(await deps.actions.all(), id, label);
  await saveActions(deps.actions, actions);
  const replaced = [...new Set([person.name, ...names])].filter((n) => n && n !== label);
  let messages = 0;
  for (const outbox of deps.outboxes) {
    messages += await saveMessages(outbox, relabelledMessages(await outbox.all(), replaced, label));
  }
  const bookings = await deps.bookings.relabelBookings(id, replaced, label);
  const holds = await deps.holdStore.relabelHolds(id, label);
  for (const name of replaced) await deps.nudges.relabelQuiet(name, label);
  await deps.reportDrafts.relabelChanges(id, label);
  await deps.conversations.forgetPersonalChat(id);
  await deps.liveCards.forget(id);
  // Audited before the entry goes: a failed write leaves the person there, so running it again does it all.
  await deps.audit.recordOrFail({
    kind: 'person.erased',
    by,
    record: { kind: 'person', id },
    people: [id],
    detail: person.role,
  });
  await deps.people.remove(id);
  const counts = { aadObjectId: id, label, visits: visitIds.length, actions: actions.length, messages };
  return { kind: 'erased', ...counts, bookings, holds };
}
