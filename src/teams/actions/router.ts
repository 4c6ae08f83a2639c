import { renderNotice } from '../../cards/notice-card';
import { isAllowed } from '../../directory/access';
import type { Person } from '../../directory/types';
import { unreadable, type CardAction, type CardData } from './card-action';

/** Answers a card click (Action.Execute): the card that replaces the clicked one. */
export type CardRouter = (user: Person | undefined, value: unknown) => Promise<object>;

/**
 * Routes each click to its action by verb. The verb's roles are checked here, from its declaration; its data is
 * parsed before its use case runs. An unknown verb, unreadable data or the wrong person gets a clear card and
 * changes nothing.
 */
export function createCardRouter(actions: readonly CardAction[]): CardRouter {
  const byVerb = new Map<string, CardAction>();
  for (const action of actions) {
    if (byVerb.has(action.verb)) throw new Error(`Card verb ${action.verb} is declared twice`);
    byVerb.set(action.verb, action);
  }
  return async (user, value) => {
    const clicked = (value as { action?: { type?: unknown; verb?: unknown; data?: unknown } } | undefined)
      ?.action;
    const verb = typeof clicked?.verb === 'string' ? clicked.verb : '';
    const action = byVerb.get(verb);
    if (clicked?.type !== 'Action.Execute' || !action) {
      return unreadable(verb ? `unknown action "${verb.slice(0, 40)}"` : 'no action');
    }
    const data = clicked.data;
    if (typeof data !== 'object' || data === null || Array.isArray(data))
      return unreadable('no data', action.hint);
    const input = action.parse(data as CardData);
    if (!('roles' in action)) {
      return input.ok ? action.run(input.value, user) : unreadable(input.problem, action.hint);
    }
    if (!user || !isAllowed(action, user)) {
      return renderNotice(action.refusal, [
        user
          ? 'Nothing was changed.'
          : 'You are not in the directory yet, so nothing was changed. Type **whoami** and send your id to the partnerships team.',
      ]);
    }
    return input.ok ? action.run(input.value, user) : unreadable(input.problem, action.hint);
  };
}
