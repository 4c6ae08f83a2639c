import type { ActionRepository } from '../actions/store';
import type { AuditStore } from '../audit/store';
import type { AuditTrail } from '../audit/trail';
import type { Allowed } from '../directory/access';
import type { PeopleRepository } from '../directory/store';
import type { Clock } from '../kernel/clock';
import type { HoldStore } from '../retention/store';
import type { BookingRepository } from '../rota/store';
import type { VisitRepository } from '../visits/store';
import { actionCopy, auditCopy, bookingCopy, holdCopy, visitCopy } from './copies';
import { findPerson } from './find-person';
import { ThirdParties } from './labels';
import { messagesTo } from './messages';
import { actionNames, bookingNames, holdNames, visitsNaming } from './naming';
import type { OutboxReading } from './store';
import type { SubjectAccess } from './types';

/** Who may export or erase a person's records: the team that keeps them. */
export const KEEPS_RECORDS: Allowed = {
  roles: ['partnerships'],
  refusal: "Only the partnerships team can export or erase a person's records",
};

/** The audit trail is read from here on: the product kept no trail before it. */
export const AUDIT_EPOCH = '2020-01-01T00:00:00.000Z';

export interface SubjectAccessDeps {
  readonly people: Pick<PeopleRepository, 'get' | 'list'>;
  readonly visits: Pick<VisitRepository, 'listSummaries' | 'load' | 'amendments'>;
  readonly actions: Pick<ActionRepository, 'all'>;
  readonly bookings: Pick<BookingRepository, 'list'>;
  readonly holdStore: Pick<HoldStore, 'list'>;
  readonly auditEntries: Pick<AuditStore, 'list'>;
  /** Every table that holds outbox messages (a visit's in its partition, the rest standalone). */
  readonly outboxes: readonly OutboxReading[];
  readonly audit: AuditTrail;
  readonly clock: Clock;
}

/**
 * Everything stored about the person named by `key` (email or Entra object id), with everyone else as a role
 * label, and the export recorded in the audit trail (an export the trail cannot record is not made: this
 * throws); undefined when nobody in the directory has that key.
 */
export async function subjectAccess(
  deps: SubjectAccessDeps,
  key: string,
  by: { readonly id: string; readonly name: string },
): Promise<SubjectAccess | undefined> {
  const person = await findPerson(deps.people, key);
  if (!person) return undefined;
  const id = person.aadObjectId;
  const others = new ThirdParties(person, await deps.people.list());
  const now = deps.clock.now();

  const visits = await visitsNaming(deps.visits, id);
  const actions = (await deps.actions.all()).filter((a) => actionNames(a, id));
  const bookings = (await deps.bookings.list()).filter((b) => bookingNames(b, person));
  const holds = (await deps.holdStore.list()).filter((h) => holdNames(h, id));
  const audit = await deps.auditEntries.list({
    from: AUDIT_EPOCH,
    to: new Date(now.getTime() + 86_400_000).toISOString(),
    personId: id,
  });
  const outboxes = await Promise.all(deps.outboxes.map((o) => o.all()));
  for (const { record: r, amendments } of visits) {
    r.visit.councillorIds.forEach((c, i) => others.add(c, r.visit.councillorNames[i], 'councillor'));
    r.request?.responderIds.forEach((c, i) => others.add(c, r.request?.responderNames[i], 'responder'));
    for (const a of r.answers.values()) others.add(a.updatedBy, a.updatedByName, 'unknown');
    for (const s of r.responses?.values() ?? []) others.add(s.responderId, s.name, 'responder');
    for (const a of amendments) others.add(a.by, a.byName, 'unknown');
  }
  for (const a of actions) {
    if (a.owner?.kind === 'person') others.add(a.owner.aadObjectId, a.owner.name, 'unknown');
    for (const e of [...a.history, ...a.impacts]) others.add(e.by, e.byName, 'unknown');
  }
  // Only the partnerships team keeps the rota.
  for (const e of bookings.flatMap((b) => b.history)) others.add(e.by ?? '', e.byName, 'partnerships');
  for (const h of holds)
    [h.placedBy, h.lifted?.by].forEach((b) => b && others.add(b.id, b.name, 'partnerships'));
  audit.forEach((e) => others.add(e.by.id, e.by.name, 'unknown'));

  const result: SubjectAccess = {
    person,
    generatedAt: now.toISOString(),
    visits: visits.map((v) => others.deep(visitCopy(v, others))),
    actions: actions.map((a) => others.deep(actionCopy(a, others))),
    bookings: bookings.map((b) => others.deep(bookingCopy(b, person, others))),
    holds: holds.map((h) => others.deep(holdCopy(h, others))),
    audit: audit.map((e) => others.deep(auditCopy(e, others))),
    messages: messagesTo(outboxes.flat(), id).map((m) => others.deep(m)),
  };
  await deps.audit.recordOrFail({
    kind: 'subject-access.exported',
    by,
    record: { kind: 'person', id },
    people: [id],
    detail: `${visits.length} visits`,
  });
  return result;
}
