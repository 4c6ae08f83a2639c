import type { Form } from './forms';
import type { Visit, VisitRecord } from './types';

/** How far a visit has got: steps answered of the form's, responses received, and who is still awaited. */
export interface VisitProgress {
  readonly visit: Visit;
  readonly answered: number;
  readonly steps: number;
  readonly responsesReceived: number;
  /** Names of the responders who have not responded (submitted visits only). */
  readonly awaiting: readonly string[];
}

/** A visit's progress, counted against its own form version (every answer, when this build lacks the form). */
export function progressOf(record: VisitRecord, form: Form | undefined): VisitProgress {
  const answered = [...record.answers.values()].filter(
    (a) => a.text.trim() && (!form || form.steps.some((s) => s.id === a.stepId)),
  ).length;
  const responses = record.responses ?? new Map();
  const request = record.request;
  return {
    visit: record.visit,
    answered,
    steps: form?.steps.length ?? answered,
    responsesReceived: responses.size,
    awaiting: request
      ? stillAwaited(request.responderIds, request.responderNames, (id) => responses.has(id))
      : [],
  };
}

/** The names of the responders who have not responded, in the request's order (`names[i]` is `ids[i]`'s). */
export function stillAwaited(
  ids: readonly string[],
  names: readonly string[],
  responded: (responderId: string) => boolean,
): string[] {
  return names.filter((_, i) => !responded(ids[i]!));
}

/** Newest visit first (then newest started), as every list of visits shows them. */
export const newestFirst = (a: { visit: Visit }, b: { visit: Visit }): number =>
  b.visit.date.localeCompare(a.visit.date) || b.visit.createdAt.localeCompare(a.visit.createdAt);
