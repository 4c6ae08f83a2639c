import type { Actions } from '../../actions/actions';
import { ACTION_ID } from '../../actions/types';
import { renderActionOwner } from '../../cards/action-owner-card';
import { renderNotice } from '../../cards/notice-card';
import { VERB } from '../../cards/verbs';
import { bad, forAnyone, ok, text, typed, type CardAction } from './card-action';

/**
 * "In progress" and "Done" on the card an action's owner is sent. Anyone may press them: the use case lets the
 * owner, the service's responders and the partnerships team move an action on, and refuses everyone else.
 */
export function actionActions(actions: Pick<Actions, 'update' | 'get'>): CardAction[] {
  return [
    forAnyone({
      verb: VERB.actionUpdate,
      parse: (data) => {
        const [serviceId, actionId, etag] = [
          text(data, 'serviceId', 100),
          text(data, 'actionId', 20),
          text(data, 'etag', 200),
        ];
        const status = text(data, 'status');
        if (!serviceId || !ACTION_ID.test(actionId)) return bad('action');
        if (status !== 'in progress' && status !== 'done') return bad('status');
        const note = typed(data, 'note');
        if (note === undefined) return bad('note');
        return ok({
          serviceId,
          actionId,
          etag,
          status: status as 'in progress' | 'done',
          note,
        });
      },
      hint: 'The card about it in the service’s channel shows where it stands now; the partnerships team can send you a fresh one.',
      run: async (input, user) => {
        if (!user) {
          return renderNotice('Only its owner can update this action', [
            'You are not in the directory yet, so nothing was changed.',
          ]);
        }
        const result = await actions.update(
          input.serviceId,
          input.actionId,
          user,
          input.status,
          input.note,
          input.etag,
        );
        if (result.ok) {
          const done = input.status === 'done' ? 'Marked done: thank you.' : 'Marked in progress.';
          return renderActionOwner(result.actions[0]!, done);
        }
        const current = await actions.get(input.serviceId, input.actionId);
        if (!current) return renderNotice('Sorry', [result.problem]);
        return renderActionOwner(current, `${result.problem} Nothing was changed.`, input.note);
      },
    }),
  ];
}
