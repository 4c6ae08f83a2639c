import type { Hold, HoldSubject, ReportDraftFacts, VisitFacts } from './types';

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

/**
 * The active holds covering a period's report draft, which quotes the period's visits: every hold covering a visit
 * of the period or one it quotes (on the visit, its service or anyone named on it), a hold on a quoted visit that
 * is gone already, and a hold on anyone its change log names.
 */
export function holdsOnDraft(
  holds: readonly Hold[],
  draft: ReportDraftFacts,
  period: { readonly from: string; readonly to: string },
  visits: readonly VisitFacts[],
): Hold[] {
  const quoted = new Set(draft.visitIds);
  const found = [
    ...visits
      .filter((v) => quoted.has(v.id) || (v.date >= period.from && v.date <= period.to))
      .flatMap((v) => holdsOn(holds, v)),
    ...holds.filter(
      (h) =>
        !h.lifted &&
        ((h.subject.kind === 'visit' && quoted.has(h.subject.id)) ||
          (h.subject.kind === 'person' && draft.editors.includes(h.subject.id))),
    ),
  ];
  return [...new Map(found.map((h) => [h.id, h])).values()];
}
