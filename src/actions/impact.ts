import type { Person } from '../directory/types';
import type { Clock } from '../kernel/clock';
import type { Day } from '../kernel/london';
import { saveActions, type ActionsResult } from './save';
import type { ActionRepository } from './store';
import type { Action, ActionImpact } from './types';

export interface ImpactContext {
  readonly actions: ActionRepository;
  readonly clock: Clock;
  readonly sinceLastVisit: (serviceId: string, before: Day) => Promise<Action[]>;
}

/** What a councillor heard about one action on a later visit. */
export type ImpactRecord = Pick<ActionImpact, 'visitId' | 'madeDifference' | 'note'> & {
  readonly actionId: string;
};

/**
 * A councillor on a later visit (of `visitDate`) records whether staff said each action made a difference: all
 * of them in one transaction, so none is kept if any fails. Their earlier note on the same visit is replaced.
 */
export const recordImpacts =
  (ctx: ImpactContext) =>
  async (
    serviceId: string,
    by: Person,
    impacts: readonly ImpactRecord[],
    visitDate: Day,
  ): Promise<ActionsResult> => {
    if (impacts.length === 0) return { ok: true, actions: [] };
    const stored = await ctx.actions.forService(serviceId);
    let since: Action[] | undefined;
    const updated: Action[] = [];
    for (const impact of impacts) {
      const action =
        stored.find((a) => a.id === impact.actionId) ??
        (since ??= await ctx.sinceLastVisit(serviceId, visitDate)).find((a) => a.id === impact.actionId);
      if (!action) return { ok: false, problem: 'I cannot find that action.' };
      const note = impact.note?.trim();
      updated.push({
        ...action,
        impacts: [
          ...action.impacts.filter((i) => !(i.visitId === impact.visitId && i.by === by.aadObjectId)),
          {
            at: ctx.clock.now().toISOString(),
            by: by.aadObjectId,
            byName: by.name,
            visitId: impact.visitId,
            madeDifference: impact.madeDifference,
            ...(note ? { note } : {}),
          },
        ],
      });
    }
    return saveActions(
      ctx.actions,
      serviceId,
      updated,
      'That action changed a moment ago: open the card again.',
    );
  };
