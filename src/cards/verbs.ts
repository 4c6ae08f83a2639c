import type { Move } from '../visits/outcome';

/**
 * Every card verb, named once: the views put them on buttons (the JSON templates carry a few as text), and each
 * has one entry in src/teams/actions/ that says who may press it, how its data is read and which use case it runs.
 */
export const VERB = {
  visitCreate: 'visit.create',
  visitOpen: 'visit.open',
  visitSaveStep: 'visit.save-step',
  visitAmend: 'visit.amend',
  visitEdit: 'visit.edit',
  visitReview: 'visit.review',
  visitCheck: 'visit.check',
  visitSubmit: 'visit.submit',
  visitRecordImpacts: 'visit.record-impacts',
  visitSkipToQuestions: 'visit.skip-to-questions',
  responseOpen: 'response.open',
  responseSubmit: 'response.submit',
  actionUpdate: 'action.update',
  rotaOpenSchedule: 'rota.open-schedule',
  rotaBook: 'rota.book',
  rotaOpenChange: 'rota.open-change',
  rotaMove: 'rota.move',
  rotaCancel: 'rota.cancel',
  rotaPlan: 'rota.plan',
  rotaPlanAccept: 'rota.plan-accept',
  nudgeSnooze: 'nudge.snooze',
  nudgeHandle: 'nudge.handle',
  outboxRetry: 'outbox.retry',
} as const;

export type Verb = (typeof VERB)[keyof typeof VERB];

/**
 * The data every step button carries: the verb's ids and the state the card was drawn from. Handlers reload
 * everything else from storage; `label` is for display only (used when storage cannot be read).
 */
export interface StepActionData {
  readonly visitId: string;
  readonly stepId: string;
  readonly revision: number;
  readonly shown: string;
  readonly form: string;
  readonly label: string;
  readonly move: Move;
}
