import type { AuditTrail } from '../audit/trail';
import type { Allowed } from '../directory/access';
import type { PeopleRepository, ServiceRepository } from '../directory/store';
import type { Clock } from '../kernel/clock';
import { findPerson } from '../records/find-person';
import { holdsFor, holdsOn } from './holds-check';
import type { HoldStore, VisitDeletion } from './store';
import type { Hold, HoldSubject, VisitFacts } from './types';

export interface LegalHoldsDeps {
  readonly holds: HoldStore;
  /** What a hold may be placed on, looked up so that a hold never silently covers nothing. */
  readonly services: Pick<ServiceRepository, 'get'>;
  readonly visits: Pick<VisitDeletion, 'visitFacts' | 'visitFactsOf'>;
  readonly people: Pick<PeopleRepository, 'get' | 'list'>;
  readonly audit: AuditTrail;
  readonly clock: Clock;
  readonly newId: () => string;
}

/** Who places, lifts and reads legal holds in the tab (the command line is for whoever runs it). */
export const KEEPS_HOLDS: Allowed = {
  roles: ['partnerships'],
  refusal: 'Only the partnerships team can place, lift or read legal holds',
};

type Who = { readonly id: string; readonly name: string };
/** Why a change was refused: what was asked will not do, there is no such hold, or it was lifted already. */
export type HoldRefusal = 'invalid' | 'missing' | 'conflict';
export type HoldResult = { ok: true; hold: Hold } | { ok: false; problem: string; refusal: HoldRefusal };
const refuse = (refusal: HoldRefusal, problem: string) => ({ ok: false as const, problem, refusal });

/** A reference such as "INQ-2026-014 no-destroy": letters, digits and simple punctuation, up to 120. */
const REASON = /^[\p{L}\p{N}][\p{L}\p{N} .,:;()'&/_-]{1,119}$/u;
const SUBJECT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** Placing, lifting and reading legal holds; each change is audited (hold.placed, hold.lifted). */
export function createLegalHolds(deps: LegalHoldsDeps) {
  /**
   * The subject as holds match it, or why there is nothing to hold: a service in the directory, a visit that
   * exists, a person in the directory (by e-mail or id, held by their lower-case aadObjectId) or named on a visit
   * (someone the directory has dropped). Someone erased and named nowhere is unknown: there is nothing to hold.
   */
  async function resolve(subject: HoldSubject): Promise<HoldSubject | { problem: string }> {
    const id = subject.id.trim();
    if (subject.kind === 'person') {
      const person = await findPerson(deps.people, id);
      if (person) return { kind: 'person', id: person.aadObjectId.toLowerCase() };
      const oid = id.toLowerCase();
      if (SUBJECT_ID.test(oid) && (await deps.visits.visitFacts()).some((v) => v.people.includes(oid)))
        return { kind: 'person', id: oid };
      return {
        problem: `Nobody with the e-mail or id "${id}" is in the directory or named on a visit, so a hold would cover nothing.`,
      };
    }
    if (!SUBJECT_ID.test(id)) return { problem: `"${id}" is not a ${subject.kind} id.` };
    if (subject.kind === 'service' && !(await deps.services.get(id)))
      return { problem: `There is no service "${id}" in the directory, so a hold would cover nothing.` };
    if (subject.kind === 'visit' && !(await deps.visits.visitFactsOf(id)))
      return { problem: `There is no visit "${id}", so a hold would cover nothing.` };
    return { kind: subject.kind, id };
  }

  return {
    list: () => deps.holds.list(),
    async place(given: HoldSubject, reason: string, by: Who): Promise<HoldResult> {
      const subject = await resolve(given);
      if ('problem' in subject) return refuse('invalid', subject.problem);
      const ref = reason.trim();
      if (!REASON.test(ref)) {
        return refuse(
          'invalid',
          'The reason must be a reference (2 to 120 letters, digits and punctuation), such as "INQ-2026-014".',
        );
      }
      const hold: Hold = {
        id: deps.newId(),
        subject,
        reason: ref,
        placedBy: by,
        placedAt: deps.clock.now().toISOString(),
      };
      if (!(await deps.holds.create(hold))) return refuse('conflict', `A hold ${hold.id} already exists.`);
      await deps.audit.record({
        by,
        kind: 'hold.placed',
        record: { kind: 'hold', id: hold.id },
        detail: `on ${subject.kind}`,
        ...(subject.kind === 'visit' ? { visitId: subject.id } : {}),
        ...(subject.kind === 'person' ? { people: [subject.id] } : {}),
        text: { after: ref },
      });
      return { ok: true, hold };
    },
    async lift(id: string, by: Who): Promise<HoldResult> {
      if (!id.trim()) return refuse('invalid', 'Say which hold: npm run hold -- list shows their ids.');
      const hold = await deps.holds.get(id);
      if (!hold) return refuse('missing', `There is no hold ${id}.`);
      if (hold.lifted) return refuse('conflict', `Hold ${id} was lifted on ${hold.lifted.at.slice(0, 10)}.`);
      const lifted = { by, at: deps.clock.now().toISOString() };
      if (!(await deps.holds.lift(hold, lifted)))
        return refuse('conflict', `Hold ${id} changed meanwhile: try again.`);
      await deps.audit.record({
        by,
        kind: 'hold.lifted',
        record: { kind: 'hold', id },
        detail: `on ${hold.subject.kind}`,
        ...(hold.subject.kind === 'visit' ? { visitId: hold.subject.id } : {}),
        ...(hold.subject.kind === 'person' ? { people: [hold.subject.id] } : {}),
      });
      return { ok: true, hold: { ...hold, lifted } };
    },
  };
}

export type LegalHolds = ReturnType<typeof createLegalHolds>;

/**
 * Whether a person or a visit is under a legal hold, for code that must not destroy or change what a hold keeps
 * (subject erasure refuses a held person). Answers the active holds; none: not held.
 */
export function createHoldCheck(holds: Pick<HoldStore, 'list'>, visits: Pick<VisitDeletion, 'visitFacts'>) {
  /** Holds on the person, and holds covering any visit they are named on (on it or on its service). */
  const person = async (aadObjectId: string): Promise<Hold[]> => {
    const active = (await holds.list()).filter((h) => !h.lifted);
    if (active.length === 0) return [];
    const named = (await visits.visitFacts()).filter((v) => v.people.includes(aadObjectId));
    const found = [
      ...holdsFor(active, { kind: 'person', id: aadObjectId }),
      ...named.flatMap((v) => holdsOn(active, v)),
    ];
    return [...new Map(found.map((h) => [h.id, h])).values()];
  };
  return {
    person,
    isPersonHeld: async (aadObjectId: string): Promise<boolean> => (await person(aadObjectId)).length > 0,
    /** Holds covering a visit: on it, on its service, or on anyone named on it. */
    visit: async (visit: Pick<VisitFacts, 'id' | 'serviceId' | 'people'>): Promise<Hold[]> =>
      holdsOn(await holds.list(), visit),
  };
}

export type HoldCheck = ReturnType<typeof createHoldCheck>;
