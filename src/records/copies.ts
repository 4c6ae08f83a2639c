import type { Action } from '../actions/types';
import type { AuditEntry } from '../audit/types';
import type { Person } from '../directory/types';
import type { Hold } from '../retention/types';
import type { Booking } from '../rota/types';
import type { ThirdParties } from './labels';
import { isTheirs, type VisitWithAmendments } from './naming';
import type { VisitCopy } from './types';

/** How each kind of record goes into a subject access export: the subject as stored, anyone else by role. */

export function visitCopy({ record: r, amendments }: VisitWithAmendments, others: ThirdParties): VisitCopy {
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

export function actionCopy({ etag: _etag, ...a }: Action, others: ThirdParties): Omit<Action, 'etag'> {
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

export function bookingCopy(
  { etag: _etag, ...b }: Booking,
  subject: Person,
  others: ThirdParties,
): Omit<Booking, 'etag'> {
  return {
    ...b,
    councillorIds: b.councillorIds.map((c) => others.id(c)),
    history: b.history.map((e) => {
      if (isTheirs(e, subject)) return e;
      const { by, ...rest } = e;
      return { ...rest, ...(by === undefined ? {} : { by: others.id(by) }), byName: others.id(by ?? '') };
    }),
  };
}

export function auditCopy(e: AuditEntry, others: ThirdParties): AuditEntry {
  return {
    ...e,
    by: { id: others.id(e.by.id), name: others.name(e.by.id, e.by.name) },
    people: e.people.map((p) => others.id(p)),
  };
}

/** A hold the subject placed or lifted: what it covers is a record id, not a person's name, unless a person's. */
export function holdCopy(h: Hold, others: ThirdParties): Hold {
  const who = (by: Hold['placedBy']) => ({ id: others.id(by.id), name: others.name(by.id, by.name) });
  return {
    ...h,
    subject: h.subject.kind === 'person' ? { ...h.subject, id: others.id(h.subject.id) } : h.subject,
    placedBy: who(h.placedBy),
    ...(h.lifted ? { lifted: { ...h.lifted, by: who(h.lifted.by) } } : {}),
  };
}
