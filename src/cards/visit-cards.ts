import type { Outcome } from '../visits/outcome';
import { renderNotice } from './notice-card';
import { renderReview, renderSensitive } from './review-card';
import { renderSinceLastVisit } from './since-last-visit-card';
import { renderConflict, renderStep } from './step-card';
import { VERB } from './verbs';
import { button, progressOf, visitLine } from './visit-view';

/** What an earlier walkthrough card becomes once a newer one is posted below it: no buttons, nothing to edit. */
export function renderSuperseded(label: string): object {
  return renderNotice('Answered — see the latest card below', [
    ...(label ? [label] : []),
    'Your answers are saved. Carry on with the newest card in this chat, or type **resume**.',
  ]);
}

/**
 * The card for a walkthrough outcome: "Since the last visit", a step, an amendment, both versions, the review, a
 * check, a pause.
 */
export function renderOutcome(outcome: Outcome): object {
  switch (outcome.kind) {
    case 'step':
    case 'amend':
      return renderStep(outcome.record, outcome.form, outcome.stepIndex, {
        amending: outcome.kind === 'amend',
        ...(outcome.notice !== undefined ? { notice: outcome.notice } : {}),
        ...(outcome.draft !== undefined ? { draft: outcome.draft } : {}),
        ...(outcome.kind === 'step' && outcome.returnTo ? { returnTo: outcome.returnTo } : {}),
      });
    case 'conflict':
      return renderConflict(outcome.record, outcome.form, outcome.stepIndex, outcome.mine, outcome.saved);
    case 'review':
      return renderReview(outcome.record, outcome.form, outcome.notice);
    case 'sensitive':
      return renderSensitive(outcome.record, outcome.form, outcome.findings);
    case 'paused': {
      const { answered, total } = progressOf(outcome.record, outcome.form);
      return renderNotice(
        'Paused: your answers are saved',
        [
          `${visitLine(outcome.record)}`,
          `${answered} of ${total} questions answered. Type **resume** to carry on later, or press Continue.`,
        ],
        [
          button(
            'Continue',
            VERB.visitOpen,
            { visitId: outcome.record.visit.id, stepId: outcome.form.steps[outcome.stepIndex]!.id },
            'positive',
          ),
        ],
      );
    }
    case 'since-last-visit':
      return renderSinceLastVisit(outcome);
    case 'refused':
      return renderNotice('Sorry', [outcome.message]);
  }
}
