import type { ActionRepository } from '../actions/store';
import type { Action } from '../actions/types';
import type { AuditStore } from '../audit/store';
import type { AuditTrail } from '../audit/trail';
import type { PeopleRepository } from '../directory/store';
import type { Clock } from '../kernel/clock';
import type { OutboxStore } from '../outbox/store';
import type { ReportVisitRepository } from '../report/store';
import { toReportVisit } from '../report/report-index';
import type { VisitRepository } from '../visits/store';
import { findPerson } from './find-person';
import { FORMER_LABELS } from './labels';
import { AUDIT_EPOCH } from './subject-access';
import type {
  DraftChangeRelabelling,
  LiveCardForgetting,
  OutboxReading,
  PersonalChatForgetting,
  PersonHolds,
  PersonRemoval,
  QuietRelabelling,
  VisitRelabelling,
} from './store';

export interface EraseDeps {
  readonly people: Pick<PeopleRepository, 'get' | 'list'> & PersonRemoval;
  readonly visits: Pick<VisitRepository, 'load'> & VisitRelabelling;
  readonly reportVisits: Pick<ReportVisitRepository, 'put'>;
  readonly actions: Pick<ActionRepository, 'all' | 'saveAll'>;
  readonly outboxes: readonly (OutboxReading & Pick<OutboxStore, 'update'>)[];
  readonly nudges: QuietRelabelling;
  readonly reportDrafts: DraftChangeRelabelling;
  readonly conversations: PersonalChatForgetting;
  readonly liveCards: LiveCardForgetting;
  readonly holds: PersonHolds;
  readonly auditEntries: Pick<AuditStore, 'list'>;
  readonly audit: AuditTrail;
  readonly clock: Clock;
}

export type Erasure =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'already-erased'; readonly at: string }
  | { readonly kind: 'held'; readonly aadObjectId: string }
  | {
      readonly kind: 'erased';
      readonly aadObjectId: string;
      readonly label: string;
      readonly visits: number;
      readonly actions: number;
      readonly messages: number;
    };

/**
 * Erases the person named by `key` (email or Entra object id): their name becomes a role label in every record
 * that must be kept (visits, the report index, actions, messages, snoozes, draft change logs), their personal
 * chat and live card are forgotten, their directory entry is deleted last and the erasure audited. Nothing is
 * changed for a person under a legal hold. Each step skips what is done, so running it again finishes an
 * interrupted erasure.
 */
export async function erasePerson(
  deps: EraseDeps,
  key: string,
  by: { readonly id: string; readonly name: string },
): Promise<Erasure> {
  const person = await findPerson(deps.people, key);
  if (!person) return alreadyErased(deps, key);
  const id = person.aadObjectId;
  if (await deps.holds.isPersonHeld(id)) return { kind: 'held', aadObjectId: id };
  const label = FORMER_LABELS[person.role];

  const { visitIds, names } = await deps.visits.renamePerson(id, label);
  for (const visitId of visitIds) {
    const record = await deps.visits.load(visitId);
    const copy = record && toReportVisit(record);
    if (copy) await deps.reportVisits.put(copy, { force: true });
  }
  const actions = await relabelActions(deps.actions, id, label);
  const replaced = [...new Set([person.name, ...names])].filter((n) => n && n !== label);
  const messages = await relabelMessages(deps.outboxes, replaced, label);
  for (const name of replaced) await deps.nudges.relabelQuiet(name, label);
  await deps.reportDrafts.relabelChanges(id, label);
  await deps.conversations.forgetPersonalChat(id);
  await deps.liveCards.forget(id);
  await deps.people.remove(id);
  await deps.audit.record({
    kind: 'person.erased',
    by,
    record: { kind: 'person', id },
    people: [id],
    detail: person.role,
  });
  return { kind: 'erased', aadObjectId: id, label, visits: visitIds.length, actions, messages };
}

/** An id with no directory entry that the trail says was erased: say when, rather than "unknown". */
async function alreadyErased(deps: EraseDeps, key: string): Promise<Erasure> {
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

async function relabelActions(store: EraseDeps['actions'], id: string, label: string): Promise<number> {
  const event = <E extends { by: string; byName: string }>(e: E): E =>
    e.by === id ? { ...e, byName: label } : e;
  const changed = (await store.all()).flatMap((a): Action[] => {
    const next: Action = {
      ...a,
      ...(a.owner?.kind === 'person' && a.owner.aadObjectId === id
        ? { owner: { ...a.owner, name: label } }
        : {}),
      history: a.history.map(event),
      impacts: a.impacts.map(event),
    };
    return JSON.stringify(next) === JSON.stringify(a) ? [] : [next];
  });
  const byService = new Map<string, Action[]>();
  for (const a of changed) byService.set(a.serviceId, [...(byService.get(a.serviceId) ?? []), a]);
  for (const [serviceId, actions] of byService) {
    for (let i = 0; i < actions.length; i += 100) await store.saveAll(serviceId, actions.slice(i, i + 100));
  }
  return changed.length;
}

/** Messages keep the words they were sent with, but not the person's name: the label takes its place. */
async function relabelMessages(
  outboxes: EraseDeps['outboxes'],
  names: readonly string[],
  label: string,
): Promise<number> {
  const swap = (text: string, escape: (s: string) => string): string =>
    names.reduce((t, name) => t.split(escape(name)).join(escape(label)), text);
  const json = (s: string): string => JSON.stringify(s).slice(1, -1);
  let count = 0;
  for (const outbox of outboxes) {
    for (const message of await outbox.all()) {
      const summary = swap(message.summary, (s) => s);
      const activity = swap(JSON.stringify(message.activity), json);
      if (summary === message.summary && activity === JSON.stringify(message.activity)) continue;
      // Changed by a sender meanwhile: left for the next run, which finishes the job.
      const patch = { summary, activity: JSON.parse(activity) as Record<string, unknown> };
      if (await outbox.update(message, patch)) count++;
    }
  }
  return count;
}
