import { columnOf } from '../report/columns';
import { pointsOf } from '../report/points';
import type { ReportVisit } from '../report/types';
import type { Action } from './types';

/**
 * The proposed actions of a submitted visit: each point of its "what needs to happen" answers, split as the
 * committee report splits them, with the report's point id (so a point keeps its action while its wording does).
 */
export function proposedActions(visit: ReportVisit): Action[] {
  return pointsOf(visit, (stepId, point) => columnOf(visit.formKey, stepId, point))
    .filter((point) => point.column === 'next-steps')
    .map((point) => ({
      id: point.id,
      visitId: visit.visitId,
      serviceId: visit.serviceId,
      serviceName: visit.serviceName,
      visitDate: visit.date,
      text: point.text,
      status: 'proposed',
      history: [],
      impacts: [],
      etag: '',
    }));
}
