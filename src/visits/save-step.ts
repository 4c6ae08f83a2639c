import type { Person } from '../directory/types';
import { ConcurrencyConflict } from '../kernel/errors';
import { cleanAnswer } from './answer-text';
import { openVisit } from './open-visit';
import { afterMove, fingerprint, nextAnswer, refused, withAnswer, type Move, type Outcome } from './outcome';
import type { WalkthroughDeps } from './walkthrough-deps';

/** What a step card's button sends. */
export interface StepInput {
  readonly visitId: string;
  readonly stepId: string;
  /** The answer's revision when the card was drawn (0: it had none). */
  readonly revision: number;
  /** A fingerprint of the text the card was drawn with, to tell an untouched box from an edit. */
  readonly shown: string;
  readonly text: string;
  readonly move: Move;
}

/**
 * Saves a step (when its text changed) and moves as the button said; never overwrites newer text. One read and
 * one conditional write; Pause also keeps where the councillor paused.
 */
export async function saveStep(deps: WalkthroughDeps, user: Person, input: StepInput): Promise<Outcome> {
  const outcome = await saveAndMove(deps, user, input);
  if (outcome.kind === 'paused') {
    const stepId = outcome.form.steps[outcome.stepIndex]!.id;
    await deps.visits.pause(outcome.record.visit.id, user.aadObjectId, {
      stepId,
      at: deps.clock.now().toISOString(),
    });
  }
  return outcome;
}

async function saveAndMove(deps: WalkthroughDeps, user: Person, input: StepInput): Promise<Outcome> {
  const opened = await openVisit(deps, input.visitId, user);
  if ('refused' in opened) return refused(opened.refused);
  const { record, form } = opened;
  const index = form.steps.findIndex((s) => s.id === input.stepId);
  if (index === -1) return refused('That question is not on this form.');
  if (record.visit.status === 'submitted') {
    return {
      kind: 'amend',
      record,
      form,
      stepIndex: index,
      draft: input.text,
      notice: `${record.visit.submittedByName ?? 'A councillor'} submitted this form, so a change now needs a reason.`,
    };
  }
  if (input.move === 'skip') return afterMove(record, form, index, 'next');
  const cleaned = cleanAnswer(input.text);
  if (!cleaned.ok) {
    const returnTo = input.move === 'review' || input.move === 'check' ? input.move : undefined;
    return {
      kind: 'step',
      record,
      form,
      stepIndex: index,
      notice: cleaned.problem,
      draft: cleaned.text,
      ...(returnTo ? { returnTo } : {}),
    };
  }
  const saved = record.answers.get(input.stepId);
  const untouched = fingerprint(cleaned.text) === input.shown || cleaned.text === (saved?.text ?? '');
  const stale = (saved?.revision ?? 0) !== input.revision;
  if (untouched) return afterMove(record, form, index, input.move);
  if (stale && saved) return { kind: 'conflict', record, form, stepIndex: index, mine: cleaned.text, saved };
  const answer = nextAnswer(input.stepId, cleaned.text, saved, user, deps.clock.now().toISOString());
  try {
    await deps.visits.saveAnswer(input.visitId, answer, saved);
  } catch (error) {
    if (!(error instanceof ConcurrencyConflict)) throw error;
    // Someone saved this answer between our read and our write: show both, lose neither.
    const fresh = await deps.visits.load(input.visitId);
    const theirs = fresh?.answers.get(input.stepId);
    if (!fresh || !theirs) throw error;
    return { kind: 'conflict', record: fresh, form, stepIndex: index, mine: cleaned.text, saved: theirs };
  }
  const notice = cleaned.removedControls ? 'Saved. Invisible control characters were removed.' : undefined;
  return afterMove(withAnswer(record, { ...answer, etag: '' }), form, index, input.move, notice);
}
