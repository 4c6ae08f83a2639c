import type { Allowed } from '../directory/access';
import type { Person, Service } from '../directory/types';
import { amend } from './amend';
import { checkVisit, edit, resume, reviewVisit } from './navigate';
import type { ReturnTo } from './outcome';
import { saveStep, type StepInput } from './save-step';
import { recordImpacts, skipToQuestions, type ImpactsInput } from './since-last-visit';
import { myVisits, start } from './start';
import { submit } from './submit';
import type { WalkthroughDeps } from './walkthrough-deps';

/** Who records visits: the walkthrough and "my visits" are theirs. */
export const RECORDS_VISITS: Allowed = { roles: ['councillor'], refusal: 'Only councillors record visits' };

/**
 * The councillor's walkthrough, one file per thing they do: start a visit (start.ts), record what staff said about the last visit's actions (since-last-visit.ts), carry on or open a step
 * (navigate.ts), save a step (save-step.ts), submit (submit.ts), amend after submission (amend.ts). Each
 * returns an Outcome: data that the Teams cards, or any other front door, draw.
 */
export function createWalkthrough(deps: WalkthroughDeps) {
  return {
    start: (user: Person, service: Service, date: string, others: readonly Person[], id?: string) =>
      start(deps, user, service, date, others, id),
    myVisits: (user: Person) => myVisits(deps, user),
    resume: (user: Person, visitId: string, stepId?: string) => resume(deps, user, visitId, stepId),
    review: (user: Person, visitId: string) => reviewVisit(deps, user, visitId),
    edit: (user: Person, visitId: string, stepId: string, from?: ReturnTo) =>
      edit(deps, user, visitId, stepId, from),
    check: (user: Person, visitId: string) => checkVisit(deps, user, visitId),
    saveStep: (user: Person, input: StepInput) => saveStep(deps, user, input),
    submit: (user: Person, visitId: string, confirmed: boolean) => submit(deps, user, visitId, confirmed),
    amend: (user: Person, input: StepInput & { reason: string }) => amend(deps, user, input),
    recordImpacts: (user: Person, input: ImpactsInput) => recordImpacts(deps, user, input),
    skipToQuestions: (user: Person, visitId: string) => skipToQuestions(deps, user, visitId),
  };
}

export type Walkthrough = ReturnType<typeof createWalkthrough>;
