import type { Day } from '../kernel/london';

/**
 * The topics of the nudges the partnerships team can snooze, made in one place: the rules send under them and
 * the tab's overview snoozes them. A topic is a kind, then ids and days; a new due day makes a new topic.
 */
export const TOPIC = {
  neverVisited: (serviceId: string): string => `never-visited:${serviceId}`,
  serviceOverdue: (serviceId: string, due: Day): string => `service-overdue:${serviceId}:${due}`,
  serviceDueSoon: (serviceId: string, due: Day): string => `service-due-soon:${serviceId}:${due}`,
  formOverdue: (visitId: string): string => `form-overdue:${visitId}`,
  responseOverdue: (visitId: string): string => `response-overdue:${visitId}`,
};

/** The nudge about a rota line with this flag, when one applies (never visited, overdue, due soon). */
export function serviceTopic(line: {
  readonly serviceId: string;
  readonly flag: string;
  readonly due?: Day;
}): string | undefined {
  if (line.flag === 'never visited') return TOPIC.neverVisited(line.serviceId);
  if (!line.due) return undefined;
  if (line.flag === 'overdue') return TOPIC.serviceOverdue(line.serviceId, line.due);
  if (line.flag === 'due soon') return TOPIC.serviceDueSoon(line.serviceId, line.due);
  return undefined;
}
