import type { Actions } from '../actions/actions';
import type { Action, ActionImpact } from '../actions/types';
import type { Person } from '../directory/types';
import type { Form } from './forms';
import { openVisit } from './open-visit';
import { refused, review, type ImpactChoice, type Outcome } from './outcome';
import type { VisitRecord } from './types';
import type { WalkthroughDeps } from './walkthrough-deps';

// "Since the last visit": what a service's earlier visits asked for, shown before a new visit's first question.

/** What the walkthrough needs of the actions from visits. */
export type SinceLastVisitDeps = Pick<Actions, 'sinceLastVisit' | 'recordImpacts'>;

export type MadeDifference = ActionImpact['madeDifference'];
export const MADE_DIFFERENCE: readonly MadeDifference[] = ['yes', 'partly', 'no', 'not yet known'];
export const MAX_IMPACT_NOTE_CHARS = 1_000;

/** What a councillor chose for one action: '' when they left it unanswered. */
export interface ImpactInput extends ImpactChoice {
  readonly actionId: string;
  readonly madeDifference: MadeDifference | '';
}

/** An action as the card showed it: its id and storage's version tag then. */
export interface ShownAction {
  readonly id: string;
  readonly etag: string;
}

/** A "Since the last visit" card's Save: what was chosen for the actions it showed. */
export interface ImpactsInput {
  readonly visitId: string;
  readonly shown: readonly ShownAction[];
  readonly impacts: readonly ImpactInput[];
}

/** The first thing a new visit shows: its service's actions since the last visit when it has any, else question 1. */
export async function opening(
  deps: WalkthroughDeps,
  user: Person,
  record: VisitRecord,
  form: Form,
): Promise<Outcome> {
  const actions = await deps.actions.sinceLastVisit(record.visit.serviceId, record.visit.date);
  if (actions.length === 0) return { kind: 'step', record, form, stepIndex: 0 };
  return { kind: 'since-last-visit', record, form, actions, chosen: recorded(actions, record, user) };
}

/** Whether the questions of a draft are yet to begin: nothing answered, nobody paused on a question. */
export const questionsNotStarted = (record: VisitRecord): boolean =>
  record.visit.status === 'draft' && record.answers.size === 0 && (record.pauses?.size ?? 0) === 0;

/**
 * Records, per action answered, whether staff said it made a difference (none answered is fine), then opens the
 * first question. A card whose actions changed since it was shown, or a note without a choice, saves nothing and
 * shows the card again, with what was chosen kept.
 */
export async function recordImpacts(
  deps: WalkthroughDeps,
  user: Person,
  input: ImpactsInput,
): Promise<Outcome> {
  const opened = await openVisit(deps, input.visitId, user);
  if ('refused' in opened) return refused(opened.refused);
  const { record, form } = opened;
  if (record.visit.status === 'submitted') return review(record, form);
  const { serviceId, date } = record.visit;
  const current = await deps.actions.sinceLastVisit(serviceId, date);
  const typed = new Map(input.impacts.map((i) => [i.actionId, i]));
  const again = (notice: string, actions: readonly Action[] = current): Outcome => ({
    kind: 'since-last-visit',
    record,
    form,
    actions,
    notice,
    chosen: new Map([...recorded(current, record, user), ...typed]),
  });
  if (!sameAsShown(current, input.shown)) {
    return again(
      'These actions changed since this card was shown, so nothing was saved. Here they are as they stand now: choose again and save.',
    );
  }
  const answered = input.impacts.filter((i) => i.madeDifference !== '' || i.note.trim() !== '');
  for (const impact of answered) {
    const action = current.find((a) => a.id === impact.actionId)!;
    if (impact.madeDifference === '') {
      return again(
        `Choose whether “${action.text}” made a difference, or clear its note. Nothing was saved.`,
      );
    }
    if (impact.note.length > MAX_IMPACT_NOTE_CHARS) {
      return again(
        `Keep the note on “${action.text}” to ${MAX_IMPACT_NOTE_CHARS.toLocaleString('en-GB')} characters. Nothing was saved.`,
      );
    }
  }
  const result = await deps.actions.recordImpacts(
    serviceId,
    user,
    answered.map((impact) => ({
      actionId: impact.actionId,
      visitId: record.visit.id,
      madeDifference: impact.madeDifference as MadeDifference,
      note: impact.note,
    })),
    date,
  );
  if (!result.ok) return again(result.problem, await deps.actions.sinceLastVisit(serviceId, date));
  const saved = answered.length;
  return {
    kind: 'step',
    record,
    form,
    stepIndex: 0,
    ...(saved > 0
      ? { notice: `Saved what staff said about ${saved === 1 ? '1 action' : `${saved} actions`}.` }
      : {}),
  };
}

/** "Skip to the questions": the first question, nothing recorded. */
export async function skipToQuestions(
  deps: WalkthroughDeps,
  user: Person,
  visitId: string,
): Promise<Outcome> {
  const opened = await openVisit(deps, visitId, user);
  if ('refused' in opened) return refused(opened.refused);
  const { record, form } = opened;
  return record.visit.status === 'submitted'
    ? review(record, form)
    : { kind: 'step', record, form, stepIndex: 0 };
}

/** The card's actions are those that stand now, each at the version shown. */
const sameAsShown = (current: readonly Action[], shown: readonly ShownAction[]): boolean =>
  current.length === shown.length &&
  current.every((a, i) => a.id === shown[i]!.id && a.etag === shown[i]!.etag);

/** What this councillor already recorded on this visit, per action, to show again. */
function recorded(actions: readonly Action[], record: VisitRecord, user: Person): Map<string, ImpactInput> {
  const mine = new Map<string, ImpactInput>();
  for (const action of actions) {
    const impact = action.impacts.find((i) => i.visitId === record.visit.id && i.by === user.aadObjectId);
    if (impact)
      mine.set(action.id, {
        actionId: action.id,
        madeDifference: impact.madeDifference,
        note: impact.note ?? '',
      });
  }
  return mine;
}
