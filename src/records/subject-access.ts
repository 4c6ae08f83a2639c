import type { ActionRepository } from '../actions/store';
import type { Action } from '../actions/types';
import type { AuditStore } from '../audit/store';
import type { AuditTrail } from '../audit/trail';
import type { AuditEntry } from '../audit/types';
import type { Allowed } from '../directory/access';
import type { PeopleRepository } from '../directory/store';
import type { Clock } from '../kernel/clock';
import type { BookingRepository } from '../rota/store';
import type { Booking } from '../rota/types';
import type { VisitRepository } from '../visits/store';
import type { VisitRecord } from '../visits/types';
import { findPerson } from './find-person';
import { ThirdParties } from './labels';
import { messagesTo } from './messages';
import type { OutboxReading } from './store';
import type { SubjectAccess, VisitCopy } from './types';

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
  readonly auditEntries: Pick<AuditStore, 'list'>;
  /** Every table that holds outbox messages (a visit's in its partition, the rest standalone). */
  readonly outboxes: readonly OutboxReading[];
  readonly audit: AuditTrail;
  readonly clock: Clock;
}

/**
 * Everything stored about the person named by `key` (email or Entra object id), with everyone else as a role
 * label, and the export recorded in the audit trail; undefined when nobody in the directory has that key.
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

  const visits = (await loadAll(deps.visits)).filter((r) => names(r, id));
  const amendments = await Promise.all(visits.map((r) => deps.visits.amendments(r.visit.id)));
  const actions = (await deps.actions.all()).filter((a) => actionNames(a, id));
  const bookings = (await deps.bookings.list()).filter(
    (b) => b.councillorIds.includes(id) || b.history.some((e) => e.by === id),
  );
  const audit = await deps.auditEntries.list({
    from: AUDIT_EPOCH,
    to: new Date(now.getTime() + 86_400_000).toISOString(),
    personId: id,
  });
  const outboxes = await Promise.all(deps.outboxes.map((o) => o.all()));
  visits.forEach((r) => noteVisit(others, r));
  actions.forEach((a) => noteAction(others, a));
  audit.forEach((e) => others.add(e.by.id, e.by.name, 'unknown'));

  const result: SubjectAccess = {
    person,
    generatedAt: now.toISOString(),
    visits: visits.map((r, i) => others.deep(visitCopy(r, amendments[i] ?? [], others))),
    actions: actions.map((a) => others.deep(actionCopy(a, others))),
    bookings: bookings.map((b) => others.deep(bookingCopy(b, others))),
    audit: audit.map((e) => others.deep(auditCopy(e, others))),
    messages: messagesTo(outboxes.flat(), id).map((m) => others.deep(m)),
  };
  await deps.audit.record({
    kind: 'subject-access.exported',
    by,
    record: { kind: 'person', id },
    people: [id],
    detail: `${visits.length} visits`,
  });
  return result;
}

/** Every visit, a few partitions at a time: a subject access request is rare, and must miss nothing. */
async function loadAll(visits: SubjectAccessDeps['visits']): Promise<VisitRecord[]> {
  const ids = (await visits.listSummaries()).map((s) => s.visit.id);
  const records: VisitRecord[] = [];
  for (let i = 0; i < ids.length; i += 8) {
    const batch = await Promise.all(ids.slice(i, i + 8).map((v) => visits.load(v)));
    records.push(...batch.filter((r) => r !== undefined));
  }
  return records.sort((a, b) => a.visit.date.localeCompare(b.visit.date));
}

const names = (r: VisitRecord, id: string): boolean =>
  r.visit.councillorIds.includes(id) ||
  r.visit.createdBy === id ||
  r.visit.submittedBy === id ||
  (r.request?.responderIds.includes(id) ?? false) ||
  [...r.answers.values()].some((a) => a.updatedBy === id);

const actionNames = (a: Action, id: string): boolean =>
  (a.owner?.kind === 'person' && a.owner.aadObjectId === id) ||
  a.history.some((e) => e.by === id) ||
  a.impacts.some((e) => e.by === id);

function noteVisit(others: ThirdParties, r: VisitRecord): void {
  r.visit.councillorIds.forEach((c, i) => others.add(c, r.visit.councillorNames[i], 'councillor'));
  r.request?.responderIds.forEach((c, i) => others.add(c, r.request?.responderNames[i], 'responder'));
  for (const a of r.answers.values()) others.add(a.updatedBy, a.updatedByName, 'unknown');
  for (const s of r.responses?.values() ?? []) others.add(s.responderId, s.name, 'responder');
}

function noteAction(others: ThirdParties, a: Action): void {
  if (a.owner?.kind === 'person') others.add(a.owner.aadObjectId, a.owner.name, 'unknown');
  for (const e of [...a.history, ...a.impacts]) others.add(e.by, e.byName, 'unknown');
}

function visitCopy(
  r: VisitRecord,
  amendments: readonly VisitCopy['amendments'][number][],
  others: ThirdParties,
): VisitCopy {
  const { etag: _etag, ...visit } = r.visit;
  return {
    visit: {
      ...visit,
      councillorIds: visit.councillorIds.map((c) => others.id(c)),
      councillorNames: visit.councillorIds.map((c, i) => others.name(c, visit.councillorNames[i] ?? '')),
      createdBy: others.id(visit.createdBy),
      ...(visit.submittedBy
        ? {
            submittedBy: others.id(visit.submittedBy),
            submittedByName: others.name(visit.submittedBy, visit.submittedByName ?? ''),
          }
        : {}),
    },
    answers: [...r.answers.values()].map(({ etag: _e, ...a }) => ({
      ...a,
      updatedBy: others.id(a.updatedBy),
      updatedByName: others.name(a.updatedBy, a.updatedByName),
    })),
    responders: (r.request?.responderIds ?? []).map((c, i) =>
      others.name(c, r.request?.responderNames[i] ?? ''),
    ),
    responses: [...(r.responses?.values() ?? [])].map((s) => ({
      name: others.name(s.responderId, s.name),
      ...(s.title ? { title: s.title } : {}),
      text: s.text,
      at: s.at,
      edited: s.edited,
    })),
    amendments: amendments.map((a) => ({ ...a, by: others.id(a.by), byName: others.name(a.by, a.byName) })),
  };
}

function actionCopy({ etag: _etag, ...a }: Action, others: ThirdParties): Omit<Action, 'etag'> {
  const event = <E extends { by: string; byName: string }>(e: E): E => ({
    ...e,
    by: others.id(e.by),
    byName: others.name(e.by, e.byName),
  });
  return {
    ...a,
    ...(a.owner?.kind === 'person'
      ? {
          owner: {
            ...a.owner,
            aadObjectId: others.id(a.owner.aadObjectId),
            name: others.name(a.owner.aadObjectId, a.owner.name),
          },
        }
      : {}),
    history: a.history.map(event),
    impacts: a.impacts.map(event),
  };
}

function bookingCopy({ etag: _etag, ...b }: Booking, others: ThirdParties): Omit<Booking, 'etag'> {
  return {
    ...b,
    councillorIds: b.councillorIds.map((c) => others.id(c)),
    history: b.history.map((e) => ({ ...e, by: others.id(e.by) })),
  };
}

function auditCopy(e: AuditEntry, others: ThirdParties): AuditEntry {
  return {
    ...e,
    by: { id: others.id(e.by.id), name: others.name(e.by.id, e.by.name) },
    people: e.people.map((p) => others.id(p)),
  };
}
