import type { StepActionData } from '../../cards/verbs';
import type { Move } from '../../visits/outcome';
import { parseId, type CardData, type Parsed } from './card-action';

// Reading what a visit card's buttons send: ids checked, the typed answer kept exactly as typed.

const MOVES: readonly Move[] = ['next', 'back', 'skip', 'pause', 'review', 'check'];
const STEP = /^[a-z][a-z0-9.-]{0,80}$/;

/** A field exactly as sent (never trimmed: it may be what someone typed), or undefined. */
const raw = (data: CardData, field: string, max = 200): string | undefined => {
  const value = data[field];
  return typeof value === 'string' && value.length <= max ? value : undefined;
};

/** The visit id of any visit action. */
export const parseVisitId = (data: CardData): Parsed<string> => parseId(data, 'visitId');

/** A step action: save, skip, back, pause, amend. The typed answer arrives merged into the data as `answer`. */
export function parseStepAction(data: CardData): Parsed<StepActionData & { answer: string; reason: string }> {
  const visitId = parseVisitId(data);
  if (!visitId.ok) return visitId;
  const stepId = raw(data, 'stepId');
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
      shown: raw(data, 'shown') ?? '',
      form: raw(data, 'form') ?? '',
      label: raw(data, 'label', 400) ?? '',
      move: move as Move,
      answer,
      reason,
    },
  };
}
