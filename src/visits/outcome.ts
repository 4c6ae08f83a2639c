import { createHash } from 'node:crypto';
import type { Action } from '../actions/types';
import type { Person } from '../directory/types';
import type { Form } from './forms';
import { findSensitiveData } from './sensitive-data';
import type { Answer, VisitRecord } from './types';

/** What the councillor sees next: data that a view (a card, a page) draws. */
export type Outcome =
  | {
      kind: 'step';
      record: VisitRecord;
      form: Form;
      stepIndex: number;
      notice?: string;
      draft?: string;
      /** Opened with Edit from the review or the personal-details check: saving goes back there. */
      returnTo?: ReturnTo;
    }
  | { kind: 'amend'; record: VisitRecord; form: Form; stepIndex: number; notice?: string; draft?: string }
  | { kind: 'conflict'; record: VisitRecord; form: Form; stepIndex: number; mine: string; saved: Answer }
  | { kind: 'paused'; record: VisitRecord; form: Form; stepIndex: number }
  | { kind: 'review'; record: VisitRecord; form: Form; notice?: string }
  | { kind: 'sensitive'; record: VisitRecord; form: Form; findings: StepFindings[] }
  | {
      kind: 'since-last-visit';
      record: VisitRecord;
      form: Form;
      /** The service's actions from earlier visits, as they stand. */
      actions: readonly Action[];
      /** What this councillor chose per action (recorded, or typed on a card that was not saved). */
      chosen: ReadonlyMap<string, ImpactChoice>;
      notice?: string;
    }
  | { kind: 'refused'; message: string };

/** A councillor's answer for one action: did staff say it made a difference ('' unanswered), and a note. */
export interface ImpactChoice {
  readonly madeDifference: string;
  readonly note: string;
}

export interface StepFindings {
  readonly stepIndex: number;
  readonly kinds: readonly string[];
}

/** How a step card was left: each button is a move ('check': save, then run the personal-details check again). */
export type Move = 'next' | 'back' | 'skip' | 'pause' | 'review' | 'check';

/** Where a step opened with Edit returns after saving. */
export type ReturnTo = 'review' | 'check';

/** Fingerprint of an answer as shown on a card. */
export const fingerprint = (text: string): string =>
  createHash('sha256').update(text).digest('base64url').slice(0, 12);

export const refused = (message: string): Outcome => ({ kind: 'refused', message });

export const review = (record: VisitRecord, form: Form, notice?: string): Outcome => ({
  kind: 'review',
  record,
  form,
  ...(notice ? { notice } : {}),
});

/** Steps whose answers look as if they identify a person, with what was found in each. */
export const findingsOf = (record: VisitRecord, form: Form): StepFindings[] =>
  form.steps
    .map((step, stepIndex) => ({
      stepIndex,
      kinds: [...new Set(findSensitiveData(record.answers.get(step.id)?.text ?? '').map((f) => f.kind))],
    }))
    .filter((f) => f.kinds.length > 0);

/** The personal-details check: the findings, or the review saying there are none now. */
export function check(record: VisitRecord, form: Form): Outcome {
  const findings = findingsOf(record, form);
  return findings.length > 0
    ? { kind: 'sensitive', record, form, findings }
    : review(record, form, 'No personal details found now. Submit when you are ready.');
}

/** Where a button on step `index` leads. */
export function afterMove(
  record: VisitRecord,
  form: Form,
  index: number,
  move: Move,
  notice?: string,
): Outcome {
  if (move === 'pause') return { kind: 'paused', record, form, stepIndex: index };
  if (move === 'review') return review(record, form, notice);
  if (move === 'check') return check(record, form);
  const target = move === 'back' ? Math.max(0, index - 1) : index + 1;
  if (target >= form.steps.length) return review(record, form, notice);
  return { kind: 'step', record, form, stepIndex: target, ...(notice ? { notice } : {}) };
}

export const withAnswer = (record: VisitRecord, answer: Answer): VisitRecord => ({
  visit: record.visit,
  answers: new Map(record.answers).set(answer.stepId, answer),
});

/** The answer that replaces `saved`: one revision on, stamped with who and when. */
export function nextAnswer(
  stepId: string,
  text: string,
  saved: Answer | undefined,
  user: Person,
  at: string,
) {
  return {
    stepId,
    text,
    revision: (saved?.revision ?? 0) + 1,
    updatedBy: user.aadObjectId,
    updatedByName: user.name,
    updatedAt: at,
  };
}
