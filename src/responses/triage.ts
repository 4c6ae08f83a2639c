import type { Action, Decision } from '../actions/types';
import type { TriageInput } from './types';

/**
 * A responder's choices on their card as decisions for the actions use case, or the sentence saying what is
 * missing. "Leave for now" makes no decision: the action stays proposed.
 */
export function toDecisions(
  triage: readonly TriageInput[],
  actions: readonly Action[],
): { ok: true; decisions: Decision[]; shown: Map<string, string> } | { ok: false; problem: string } {
  const decisions: Decision[] = [];
  const shown = new Map<string, string>();
  for (const input of triage) {
    if (input.choice === 'leave') continue;
    const text = actions.find((a) => a.id === input.actionId)?.text ?? 'an action';
    shown.set(input.actionId, input.etag);
    const actionId = input.actionId;
    if (input.choice === 'agree') {
      const team = input.team.trim();
      if (!input.ownerId && !team) {
        return { ok: false, problem: `Choose an owner from the list, or name a team, for “${text}”.` };
      }
      if (!input.month) return { ok: false, problem: `Choose a target month for “${text}”.` };
      const owner = input.ownerId ? { personId: input.ownerId } : { team };
      decisions.push({ actionId, kind: 'agree', owner, target: input.month });
    } else if (input.choice === 'in hand') {
      decisions.push({
        actionId,
        kind: 'in hand',
        ...(input.note.trim() ? { note: input.note.trim() } : {}),
      });
    } else {
      decisions.push({ actionId, kind: 'decline', reason: input.note });
    }
  }
  return { ok: true, decisions, shown };
}
