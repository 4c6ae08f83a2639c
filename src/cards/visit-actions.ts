import type { Move } from '../visits/walkthrough';

/**
 * The data every visit card action carries: the verb's ids and the state the card was drawn from. Handlers
 * reload everything else from storage; `label` is for display only (used when storage cannot be read).
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

export const VERBS = {
  create: 'visit.create',
  open: 'visit.open',
  saveStep: 'visit.save-step',
  amend: 'visit.amend',
  edit: 'visit.edit',
  review: 'visit.review',
  check: 'visit.check',
  submit: 'visit.submit',
} as const;

const MOVES: readonly Move[] = ['next', 'back', 'skip', 'pause', 'review', 'check'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STEP = /^[a-z][a-z0-9.-]{0,80}$/;

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const text = (data: Record<string, unknown>, field: string, max = 200): string | undefined => {
  const value = data[field];
  return typeof value === 'string' && value.length <= max ? value : undefined;
};

/** The visit id of any visit action. */
export function parseVisitId(data: Record<string, unknown>): Parsed<string> {
  const visitId = text(data, 'visitId');
  return visitId && UUID.test(visitId) ? { ok: true, value: visitId } : { ok: false, problem: 'visitId' };
}

/** A step action: save, skip, back, pause, amend. The typed answer arrives merged into the data as `answer`. */
export function parseStepAction(
  data: Record<string, unknown>,
): Parsed<StepActionData & { answer: string; reason: string }> {
  const visitId = parseVisitId(data);
  if (!visitId.ok) return visitId;
  const stepId = text(data, 'stepId');
  if (!stepId || !STEP.test(stepId)) return { ok: false, problem: 'stepId' };
  const revision = data.revision;
  if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 0) {
    return { ok: false, problem: 'revision' };
  }
  const move = data.move;
  if (!MOVES.includes(move as Move)) return { ok: false, problem: 'move' };
  const answer = data.answer ?? '';
  const reason = data.reason ?? '';
  if (typeof answer !== 'string' || typeof reason !== 'string') return { ok: false, problem: 'answer' };
  return {
    ok: true,
    value: {
      visitId: visitId.value,
      stepId,
      revision,
      shown: text(data, 'shown') ?? '',
      form: text(data, 'form') ?? '',
      label: text(data, 'label', 400) ?? '',
      move: move as Move,
      answer,
      reason,
    },
  };
}
