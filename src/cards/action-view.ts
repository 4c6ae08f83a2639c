import type { Action } from '../actions/types';
import { formatDay } from '../kernel/london';
import { escapeMarkdown } from './escape';

const MONTH_FORMAT = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-12" as "December 2026". */
export const formatMonth = (month: string): string => MONTH_FORMAT.format(new Date(`${month}-01T00:00:00Z`));

/** One line on where an action stands: its status, owner and target month, or why it was declined (escaped). */
export function actionState(action: Action): string {
  const owner = action.owner?.name ?? '';
  const by = action.target ? `, by ${formatMonth(action.target)}` : '';
  const last = action.history.at(-1);
  const note = last?.note && action.status !== 'declined' ? `: ${last.note}` : '';
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
      return escapeMarkdown(`Declined: ${action.reason ?? ''}`);
  }
}

/** Where an action came from: "ChECS, visit of 20 Nov 2026". */
export const actionSource = (action: Action): string =>
  `${action.serviceName}, visit of ${formatDay(action.visitDate)}`;
