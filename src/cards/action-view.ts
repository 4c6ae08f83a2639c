import type { Action } from '../actions/types';
import { formatMonth } from '../actions/months';
import { formatDay } from '../kernel/london';
import { escapeMarkdown } from './escape';

/**
 * One line on where an action stands, the same on every card: its status, owner and target month, or why it was
 * declined (escaped); with its latest note unless the card lists the notes itself.
 */
export function actionState(action: Action, { withNote = true } = {}): string {
  const owner = action.owner?.name ?? '';
  const by = action.target ? `, by ${formatMonth(action.target)}` : '';
  const last = action.history.at(-1);
  const note = withNote && last?.note && action.status !== 'declined' ? `: ${last.note}` : '';
  switch (action.status) {
    case 'proposed':
      return 'Proposed: not yet decided.';
    case 'agreed':
      return escapeMarkdown(`Agreed. Owner: ${owner}${by}.`);
    case 'in progress':
      return escapeMarkdown(`In progress${owner ? `. Owner: ${owner}${by}` : ''}${note}`);
    case 'done':
      return escapeMarkdown(`Done${owner ? `. Owner: ${owner}` : ''}${note}`);
    case 'declined':
      return escapeMarkdown(`Declined: ${action.reason ?? 'no reason given'}`);
  }
}

/** Where an action came from: "ChECS, visit of 20 Nov 2026". */
export const actionSource = (action: Action): string =>
  `${action.serviceName}, visit of ${formatDay(action.visitDate)}`;
