import type { DirectoryLookup } from '../directory/directory';
import type { Person } from '../directory/types';
import { MAX_NOTE, noteTooLong } from './decide';
import { saveActions, type ActionsResult } from './save';
import { isServiceKey, type ActionRepository } from './store';
import { isOpen, type Action, type ActionEvent } from './types';

export interface UpdateContext {
  readonly actions: ActionRepository;
  readonly directory: Pick<DirectoryLookup, 'servicesRespondedBy'>;
  readonly event: (by: Person, what: string, note?: string) => ActionEvent;
}

/** An owner (or the service's responders, or the partnerships team) moves an action on: in progress or done. */
export const updateAction =
  (ctx: UpdateContext) =>
  async (
    serviceId: string,
    actionId: string,
    by: Person,
    status: 'in progress' | 'done',
    note: string,
    seenEtag?: string,
  ): Promise<ActionsResult> => {
    const action = isServiceKey(serviceId) ? await ctx.actions.get(serviceId, actionId) : undefined;
    if (!action) return { ok: false, problem: 'I cannot find that action.' };
    const responds = (await ctx.directory.servicesRespondedBy(by.aadObjectId)).some(
      (s) => s.id === serviceId,
    );
    const owns = action.owner?.kind === 'person' && action.owner.aadObjectId === by.aadObjectId;
    if (!owns && !responds && by.role !== 'partnerships') {
      return {
        ok: false,
        problem: 'Only its owner, the service’s responders or the partnerships team can update an action.',
      };
    }
    if (!isOpen(action)) return { ok: false, problem: `That action is ${action.status} already.` };
    if (seenEtag !== undefined && seenEtag !== action.etag) {
      return {
        ok: false,
        problem: 'That action changed since this card was sent: here it is as it stands now.',
      };
    }
    if (note.trim().length > MAX_NOTE)
      return { ok: false, problem: noteTooLong('Your note', note.trim().length) };
    const updated: Action = {
      ...action,
      status,
      history: [
        ...action.history,
        ctx.event(by, status === 'done' ? 'marked done' : 'marked in progress', note.trim()),
      ],
    };
    return saveActions(
      ctx.actions,
      serviceId,
      [updated],
      'That action changed a moment ago: here it is as it stands now.',
    );
  };
