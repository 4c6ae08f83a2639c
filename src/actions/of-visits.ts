import type { ReportVisit } from '../report/types';
import type { Actions } from './actions';
import type { Action } from './types';

/**
 * The actions of several submitted visits (the report's period), each visit's decided or still proposed, in the
 * visits' order: a read of each visit's service, made at once, for the paper's export rather than every view.
 */
export const actionsOfVisits =
  (actions: Pick<Actions, 'ofVisit'>) =>
  async (visits: readonly ReportVisit[]): Promise<Action[]> =>
    (await Promise.all(visits.map((visit) => actions.ofVisit(visit)))).flat();
