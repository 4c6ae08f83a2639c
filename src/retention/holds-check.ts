import type { Hold, HoldSubject, VisitFacts } from './types';

/** The active holds covering a visit: on the visit, on its service, or on anyone named on it. */
export function holdsOn(
  holds: readonly Hold[],
  visit: Pick<VisitFacts, 'id' | 'serviceId' | 'people'>,
): Hold[] {
  return holds.filter(
    (h) =>
      !h.lifted &&
      ((h.subject.kind === 'visit' && h.subject.id === visit.id) ||
        (h.subject.kind === 'service' && h.subject.id === visit.serviceId) ||
        (h.subject.kind === 'person' && visit.people.includes(h.subject.id))),
  );
}

/** The active holds placed on exactly this subject (a person's own holds, for erasure to refuse). */
export const holdsFor = (holds: readonly Hold[], subject: HoldSubject): Hold[] =>
  holds.filter((h) => !h.lifted && h.subject.kind === subject.kind && h.subject.id === subject.id);
