import { actor, type AuditTrail } from '../audit/trail';
import type { Person } from '../directory/types';
import type { ActionsResult } from './save';
import type { Action } from './types';

/** What an entry says of one saved action: a fixed-vocabulary detail, and the text typed with it (hashed). */
export type ActionAudit = (action: Action) => {
  readonly detail: string;
  readonly typed?: string | undefined;
};

/** The detail and typed text of a responder's decision: the note, the reason, or a team's name were typed. */
export const decidedAudit: ActionAudit = (action) => {
  if (action.status === 'declined') return { detail: 'declined', typed: action.reason };
  if (action.status === 'agreed') {
    const team = action.owner?.kind === 'team' ? action.owner.name : undefined;
    return { detail: `agreed${team ? ' (a team)' : ''}, target ${action.target ?? 'none'}`, typed: team };
  }
  return { detail: 'in hand', typed: action.history.at(-1)?.note };
};

/** The detail and note of an owner's update (in progress or done). */
export const updatedAudit: ActionAudit = (action) => ({
  detail: action.status,
  typed: action.history.at(-1)?.note,
});

/** The detail and note of what a councillor heard about an action on a later visit. */
export const impactAudit =
  (by: Person, visitId: string): ActionAudit =>
  (action) => {
    const impact = action.impacts.find((i) => i.visitId === visitId && i.by === by.aadObjectId);
    return { detail: `impact ${impact?.madeDifference ?? 'unknown'}`, typed: impact?.note };
  };

/** One audit entry per action a save stored (none when it was refused), after the save. */
export async function recordSaved(
  audit: AuditTrail,
  by: Person,
  kind: 'action.decided' | 'action.updated',
  result: ActionsResult,
  describe: ActionAudit,
): Promise<ActionsResult> {
  if (!result.ok) return result;
  for (const action of result.actions) {
    const { detail, typed } = describe(action);
    await audit.record({
      by: actor(by),
      kind,
      record: { kind: 'action', id: `${action.serviceId}/${action.id}` },
      visitId: action.visitId,
      people: action.owner?.kind === 'person' ? [action.owner.aadObjectId] : [],
      detail,
      ...(typed ? { text: { after: typed } } : {}),
    });
  }
  return result;
}
