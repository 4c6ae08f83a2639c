import type { Person } from '../directory/types';
import type { Day } from '../kernel/london';
import { isOfferedMonth } from './months';
import type { Action, ActionEvent, ActionOwner, Decision, OwnerChoice } from './types';

/**
 * The decisions checked and applied, ready to save, with those the store already holds as this person made them
 * (`kept`, a retry after a half-finished save); or the sentence that says why nothing may change.
 */
export type Checked = { ok: true; changed: Action[]; kept: Action[] } | { ok: false; problem: string };

/** The longest note or reason an action keeps (the owner's card allows as much). */
export const MAX_NOTE = 1_000;

/** The sentence for a note or reason over MAX_NOTE: what it was for, how long it is, and the limit. */
export const noteTooLong = (what: string, length: number): string =>
  `${what} is ${length.toLocaleString('en-GB')} characters; the limit is ${MAX_NOTE.toLocaleString('en-GB')}. Shorten it and send again.`;

export interface CheckContext {
  /** The visit's actions as they stand (stored decisions over its proposals). */
  readonly current: readonly Action[];
  readonly responderIds: readonly string[];
  readonly by: Person;
  /** Today in London: a target must be one of the twelve months the cards offer from it. */
  readonly today: Day;
  /** Each action's etag as the card showed it: a different one now means someone else decided it since. */
  readonly shown: ReadonlyMap<string, string>;
  readonly owner: (choice: OwnerChoice) => Promise<ActionOwner | string>;
  readonly event: (by: Person, what: string, note?: string) => ActionEvent;
}

/**
 * A responder's decisions checked, all or nothing, before anything is saved: refused for someone not named on
 * the request, an action no longer on the visit, an owner not in the directory, a target month malformed or
 * already past, a decline without a reason or a note over MAX_NOTE, an action already decided, or one someone
 * else decided since the card was shown. A decision the stored action already reflects, made last by the same
 * person, is kept rather than refused: sending a card again after a half-finished save is harmless.
 */
export async function checkDecisions(ctx: CheckContext, decisions: readonly Decision[]): Promise<Checked> {
  if (!ctx.responderIds.includes(ctx.by.aadObjectId)) {
    return { ok: false, problem: 'Only the responders named on this visit can decide its actions.' };
  }
  const changed: Action[] = [];
  const kept: Action[] = [];
  for (const decision of decisions) {
    const action = ctx.current.find((a) => a.id === decision.actionId);
    if (!action)
      return { ok: false, problem: 'An action on this card is no longer on the visit: open it again.' };
    const result = await apply(ctx, action, decision);
    if (typeof result === 'string') return { ok: false, problem: result };
    if (alreadyMade(action, result, ctx.by)) {
      kept.push(action);
      continue;
    }
    if ((ctx.shown.get(action.id) ?? action.etag) !== action.etag) {
      return {
        ok: false,
        problem: `“${action.text}” was decided by someone else since this card was shown.`,
      };
    }
    if (action.status !== 'proposed') {
      const owners = action.status === 'declined' ? '' : '; its owner updates it from their card';
      return { ok: false, problem: `“${action.text}” is already ${action.status}${owners}.` };
    }
    changed.push(result);
  }
  return { ok: true, changed, kept };
}

/** The stored action already is `decided`, and the last change to it was this person's. */
function alreadyMade(stored: Action, decided: Action, by: Person): boolean {
  return (
    stored.etag !== '' &&
    stored.history.at(-1)?.by === by.aadObjectId &&
    stored.status === decided.status &&
    JSON.stringify(stored.owner) === JSON.stringify(decided.owner) &&
    stored.target === decided.target &&
    stored.reason === decided.reason
  );
}

async function apply(ctx: CheckContext, action: Action, decision: Decision): Promise<Action | string> {
  const history = (what: string, note?: string) => [...action.history, ctx.event(ctx.by, what, note)];
  if (decision.kind === 'agree') {
    const who = await ctx.owner(decision.owner);
    if (typeof who === 'string') return `${who} (“${action.text}”).`;
    if (!isOfferedMonth(decision.target, ctx.today)) {
      return `Choose a target month from this month on, within a year, for “${action.text}”.`;
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
    if (note && note.length > MAX_NOTE) return noteTooLong(`The note on “${action.text}”`, note.length);
    return { ...action, status: 'in progress', history: history('already in hand', note || undefined) };
  }
  const reason = decision.reason.trim();
  if (!reason) return `Say why “${action.text}” is declined.`;
  if (reason.length > MAX_NOTE)
    return noteTooLong(`The reason for declining “${action.text}”`, reason.length);
  return { ...action, status: 'declined', reason, history: history('declined', reason) };
}
