import { Template } from 'adaptivecards-templating';
import template from '../../adaptive-cards/action-owner.json';
import type { Action } from '../actions/types';
import { isOpen } from '../actions/types';
import { formatMonth } from '../actions/months';
import { actionSource, actionState } from './action-view';
import { escapeMarkdown } from './escape';
import { VERB } from './verbs';

const compiled = new Template(template);

/** The data the owner card's buttons carry: the action's keys, its etag as shown, and the status to move to. */
export interface ActionUpdateData {
  readonly serviceId: string;
  readonly actionId: string;
  readonly etag: string;
  readonly status: 'in progress' | 'done';
}

/**
 * The card an action's owner gets in their personal chat (and gets back after each click): the action, its
 * visit and service, the target month, and "In progress" / "Done" while it is open.
 */
export function renderActionOwner(action: Action, notice = '', note = ''): object {
  const data = (status: ActionUpdateData['status']): ActionUpdateData => ({
    serviceId: action.serviceId,
    actionId: action.id,
    etag: action.etag,
    status,
  });
  const open = isOpen(action);
  return compiled.expand({
    $root: {
      heading: open ? 'An action from a visit is yours' : 'An action from a visit',
      source: escapeMarkdown(actionSource(action)),
      text: escapeMarkdown(action.text),
      state: actionState(action),
      target: action.target ? formatMonth(action.target) : 'None set',
      notice: escapeMarkdown(notice),
      open,
      note,
      buttons: open
        ? [
            ...(action.status === 'in progress'
              ? []
              : [
                  {
                    title: 'In progress',
                    verb: VERB.actionUpdate,
                    style: 'default',
                    data: data('in progress'),
                  },
                ]),
            { title: 'Done', verb: VERB.actionUpdate, style: 'positive', data: data('done') },
          ]
        : [],
    },
  }) as object;
}
