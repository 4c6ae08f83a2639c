import { actor } from '../audit/trail';
import type { Person } from '../directory/types';
import { ConcurrencyConflict } from '../kernel/errors';
import { cleanAnswer } from './answer-text';
import { openVisit } from './open-visit';
import { nextAnswer, refused, review, withAnswer, type Outcome } from './outcome';
import { saveStep, type StepInput } from './save-step';
import type { WalkthroughDeps } from './walkthrough-deps';

/** Changes an answer after submission; needs a reason, and the change and reason are audited together. */
export async function amend(
  deps: WalkthroughDeps,
  user: Person,
  input: StepInput & { reason: string },
): Promise<Outcome> {
  const opened = await openVisit(deps, input.visitId, user);
  if ('refused' in opened) return refused(opened.refused);
  const { record, form } = opened;
  const index = form.steps.findIndex((s) => s.id === input.stepId);
  if (index === -1) return refused('That question is not on this form.');
  if (record.visit.status !== 'submitted') return saveStep(deps, user, { ...input, move: 'review' });
  const cleaned = cleanAnswer(input.text);
  const reason = cleanAnswer(input.reason);
  const retry = (notice: string): Outcome => ({
    kind: 'amend',
    record,
    form,
    stepIndex: index,
    notice,
    draft: cleaned.text,
  });
  if (!cleaned.ok) return retry(cleaned.problem);
  if (!reason.ok || !reason.text.trim())
    return retry('Give a reason for the change; it is kept with the form.');
  const saved = record.answers.get(input.stepId);
  if ((saved?.revision ?? 0) !== input.revision) {
    return retry(
      `${saved?.updatedByName ?? 'Someone'} changed this answer since you opened it; check it below.`,
    );
  }
  const at = deps.clock.now().toISOString();
  const answer = nextAnswer(input.stepId, cleaned.text, saved, user, at);
  const audit = {
    stepId: input.stepId,
    reason: reason.text,
    previousText: saved?.text ?? '',
    by: user.aadObjectId,
    byName: user.name,
    at,
  };
  try {
    await deps.visits.amend(input.visitId, answer, saved, audit);
  } catch (error) {
    if (!(error instanceof ConcurrencyConflict)) throw error;
    return retry('Someone changed this answer at the same moment; check it and save again.');
  }
  await deps.audit.record({
    by: actor(user),
    kind: 'visit.amended',
    record: { kind: 'visit', id: input.visitId },
    visitId: input.visitId,
    people: [...record.visit.councillorIds, ...(record.request?.responderIds ?? [])],
    detail: input.stepId,
    text: { before: audit.previousText, after: cleaned.text },
  });
  await deps.indexed(input.visitId);
  return review(
    withAnswer(record, { ...answer, etag: '' }),
    form,
    'Amended; the reason is kept with the form.',
  );
}
