import type { Person } from '../directory/types';
import type { Action, ActionEvent, ActionOwner, Decision, OwnerChoice } from './types';

/** The decisions checked and applied, ready to save; or the sentence that says why nothing may change. */
export type Checked = { ok: true; changed: Action[] } | { ok: false; problem: string };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface CheckContext {
  /** The visit's actions as they stand (stored decisions over its proposals). */
  readonly current: readonly Action[];
  readonly responderIds: readonly string[];
  readonly by: Person;
  /** "YYYY-MM" of today: a target must be this month or later. */
  readonly month: string;
  /** Each action's etag as the card showed it: a different one now means someone else decided it since. */
  readonly shown: ReadonlyMap<string, string>;
  readonly owner: (choice: OwnerChoice) => Promise<ActionOwner | string>;
  readonly event: (by: Person, what: string, note?: string) => ActionEvent;
}

/**
 * A responder's decisions checked, all or nothing, before anything is saved: refused for someone not named on
 * the request, an action no longer on the visit, an owner not in the directory, a target month malformed or
 * already past, a decline without a reason, or an action someone else decided since the card was shown.
 */
export async function checkDecisions(ctx: CheckContext, decisions: readonly Decision[]): Promise<Checked> {
  if (!ctx.responderIds.includes(ctx.by.aadObjectId)) {
    return { ok: false, problem: 'Only the responders named on this visit can decide its actions.' };
  }
  const changed: Action[] = [];
  for (const decision of decisions) {
    const action = ctx.current.find((a) => a.id === decision.actionId);
    if (!action)
      return { ok: false, problem: 'An action on this card is no longer on the visit: open it again.' };
    if ((ctx.shown.get(action.id) ?? action.etag) !== action.etag) {
      return {
        ok: false,
        problem: `“${action.text}” was decided by someone else since this card was shown.`,
      };
    }
    const result = await apply(ctx, action, decision);
    if (typeof result === 'string') return { ok: false, problem: result };
    changed.push(result);
  }
  return { ok: true, changed };
}

async function apply(ctx: CheckContext, action: Action, decision: Decision): Promise<Action | string> {
  const history = (what: string, note?: string) => [...action.history, ctx.event(ctx.by, what, note)];
  if (decision.kind === 'agree') {
    const who = await ctx.owner(decision.owner);
    if (typeof who === 'string') return `${who} (“${action.text}”).`;
    if (!MONTH.test(decision.target) || decision.target < ctx.month) {
      return `Choose a target month from this month on for “${action.text}”.`;
    }
    return {
      ...action,
      status: 'agreed',
      owner: who,
      target: decision.target,
      history: history(`agreed: ${who.name}, by ${decision.target}`),
    };
  }
  if (decision.kind === 'in hand') {
    const note = decision.note?.trim();
    return { ...action, status: 'in progress', history: history('already in hand', note || undefined) };
  }
  const reason = decision.reason.trim();
  if (!reason) return `Say why “${action.text}” is declined.`;
  return { ...action, status: 'declined', reason, history: history('declined', reason) };
}
