import { formatMonth } from '../actions/months';
import type { Action, ActionStatus } from '../actions/types';
import type { ActionRow, PaperActions } from './paper';
import { longDay } from './period';
import type { ServiceGroup } from './types';

/** Undecided actions are listed under a heading up to this many; beyond it the paper only counts them. */
const LISTED_PROPOSALS = 3;

const STATUS_LABEL: Readonly<Record<ActionStatus, string>> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  'in progress': 'In progress',
  done: 'Done',
  declined: 'Declined',
};

/** Decided actions as the paper groups them under a heading, in this order. */
const GROUPS: readonly [ActionStatus, string][] = [
  ['agreed', 'Agreed'],
  ['in progress', 'Open (in progress)'],
  ['done', 'Done'],
  ['declined', 'Declined'],
];

const ownerOf = (action: Action): string => action.owner?.name ?? '';
const targetOf = (action: Action): string => (action.target ? formatMonth(action.target) : '');

/** One decided action as a line under its heading: who owns it and by when, or why it was declined. */
function line(action: Action): string {
  if (action.status === 'declined') return `${action.text} — declined: ${action.reason ?? 'no reason given'}`;
  const details = [ownerOf(action), action.target ? `by ${targetOf(action)}` : ''].filter(Boolean);
  return details.length ? `${action.text} — ${details.join(', ')}` : action.text;
}

/** A heading's "Actions from visits": the decided ones by status, and how many proposals await a decision. */
export function headingActions(group: ServiceGroup, actions: readonly Action[]): PaperActions {
  const own = actions.filter((a) => group.serviceIds.includes(a.serviceId));
  const proposals = own.filter((a) => a.status === 'proposed');
  const n = proposals.length;
  return {
    groups: GROUPS.map(([status, title]) => ({
      title,
      lines: own.filter((a) => a.status === status).map(line),
    })).filter((g) => g.lines.length > 0),
    ...(n > 0
      ? {
          proposed: {
            sentence:
              n === 1
                ? '1 proposed action awaits a decision from the service:'
                : `${n} proposed actions await a decision from the service${n <= LISTED_PROPOSALS ? ':' : '.'}`,
            lines: n <= LISTED_PROPOSALS ? proposals.map((a) => a.text) : [],
          },
        }
      : {}),
  };
}

/** The appendix: every action of the period's visits, in the paper's heading order, then by visit date. */
export function actionRows(groups: readonly ServiceGroup[], actions: readonly Action[]): ActionRow[] {
  const rank = (serviceId: string): number => {
    const at = groups.findIndex((g) => g.serviceIds.includes(serviceId));
    return at === -1 ? groups.length : at;
  };
  return actions
    .map((action, order) => ({ action, order }))
    .sort(
      (a, b) =>
        rank(a.action.serviceId) - rank(b.action.serviceId) ||
        a.action.visitDate.localeCompare(b.action.visitDate) ||
        a.order - b.order,
    )
    .map(({ action }) => ({
      service: action.serviceName,
      visitDate: longDay(action.visitDate),
      action: action.text,
      status: STATUS_LABEL[action.status],
      owner: ownerOf(action),
      target: targetOf(action),
      note: noteOf(action),
    }));
}

/** Why it was declined, or the latest note in its history (an owner's "done: ..."). */
function noteOf(action: Action): string {
  if (action.status === 'declined') return action.reason ?? '';
  return [...action.history].reverse().find((e) => e.note)?.note ?? '';
}
