import type { Person } from '../directory/types';
import type { Form } from './forms';
import { openVisit } from './open-visit';
import { opening, questionsNotStarted } from './since-last-visit';
import { check, refused, review, type Outcome, type ReturnTo } from './outcome';
import type { VisitRecord } from './types';
import type { WalkthroughDeps } from './walkthrough-deps';

// Opening a visit at the right place: where the councillor left off, the review, one step to edit, the check.

/**
 * Continues where this councillor left off (the step on the Continue button, else where they paused or last
 * saved, else the first unanswered step); the review when all are answered. Before any question is begun, the
 * visit opens as it started: "Since the last visit" when its service has actions from earlier visits.
 */
export async function resume(
  deps: WalkthroughDeps,
  user: Person,
  visitId: string,
  stepId?: string,
): Promise<Outcome> {
  const opened = await openVisit(deps, visitId, user);
  if ('refused' in opened) return refused(opened.refused);
  const { record, form } = opened;
  if (record.visit.status === 'submitted') return review(record, form);
  if (!stepId && questionsNotStarted(record)) return opening(deps, user, record, form);
  const onButton = stepId ? form.steps.findIndex((s) => s.id === stepId) : -1;
  const index = onButton !== -1 ? onButton : placeOf(record, form, user);
  return index >= form.steps.length ? review(record, form) : { kind: 'step', record, form, stepIndex: index };
}

/** Every answer of the visit by area and lens. */
export async function reviewVisit(deps: WalkthroughDeps, user: Person, visitId: string): Promise<Outcome> {
  const opened = await openVisit(deps, visitId, user);
  return 'refused' in opened ? refused(opened.refused) : review(opened.record, opened.form);
}

/** Opens one step for editing, to return to `from` once saved: a plain step before submission, an amendment after. */
export async function edit(
  deps: WalkthroughDeps,
  user: Person,
  visitId: string,
  stepId: string,
  from: ReturnTo = 'review',
): Promise<Outcome> {
  const opened = await openVisit(deps, visitId, user);
  if ('refused' in opened) return refused(opened.refused);
  const { record, form } = opened;
  const stepIndex = form.steps.findIndex((s) => s.id === stepId);
  if (stepIndex === -1) return refused('That question is not on this form.');
  if (record.visit.status === 'submitted') return { kind: 'amend', record, form, stepIndex };
  return { kind: 'step', record, form, stepIndex, returnTo: from };
}

/** The personal-details check on its own (Cancel from an Edit it sent the councillor to): never submits. */
export async function checkVisit(deps: WalkthroughDeps, user: Person, visitId: string): Promise<Outcome> {
  const opened = await openVisit(deps, visitId, user);
  if ('refused' in opened) return refused(opened.refused);
  const { record, form } = opened;
  return record.visit.status === 'submitted' ? review(record, form) : check(record, form);
}

/**
 * Where this councillor left off: the step they paused on, unless they saved an answer since; else the step
 * after the last answer they saved; else the first unanswered step. Past the last step: the review.
 */
function placeOf(record: VisitRecord, form: Form, user: Person): number {
  const paused = record.pauses?.get(user.aadObjectId);
  const mine = [...record.answers.values()]
    .filter((a) => a.updatedBy === user.aadObjectId)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  const pausedAt = paused ? form.steps.findIndex((s) => s.id === paused.stepId) : -1;
  if (paused && pausedAt !== -1 && (!mine || paused.at >= mine.updatedAt)) return pausedAt;
  const savedAt = mine ? form.steps.findIndex((s) => s.id === mine.stepId) : -1;
  if (savedAt !== -1) return savedAt + 1;
  const unanswered = form.steps.findIndex((s) => !record.answers.get(s.id)?.text);
  return unanswered === -1 ? form.steps.length : unanswered;
}
