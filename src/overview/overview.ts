import type { ActionRepository } from '../actions/store';
import { isOpen, isOverdue, type Action } from '../actions/types';
import type { Allowed } from '../directory/access';
import type { DirectoryLookup } from '../directory/directory';
import type { Person } from '../directory/types';
import type { Clock } from '../kernel/clock';
import { addDays, londonDay, type Day } from '../kernel/london';
import type { NudgeHandling } from '../nudges/handling';
import { serviceTopic, TOPIC } from '../nudges/topics';
import type { NudgeSettings, Quiet } from '../nudges/types';
import type { Dispatcher } from '../outbox/dispatcher';
import { isHeld } from '../rota/held';
import { rotaLines, type RotaLine } from '../rota/lines';
import type { VisitSummary } from '../visits/store';
import { undelivered, type Undelivered } from './deliveries';
import { ensureStanding, type StandingSources } from './standing';

/** What a nudge the overview offers to snooze is about, and whether it is quiet (snoozed or handled). */
export interface Snoozable {
  readonly topic: string;
  readonly quiet?: Quiet;
}

/** A held visit whose form is not submitted. */
export interface FormAwaited extends Snoozable {
  readonly visitId: string;
  readonly serviceName: string;
  readonly day: Day;
  readonly councillorNames: readonly string[];
  readonly dueDay: Day;
  readonly overdue: boolean;
}

/** A submitted visit some responders have not responded to. */
export interface ResponsesAwaited extends Snoozable {
  readonly visitId: string;
  readonly serviceName: string;
  readonly day: Day;
  readonly submittedAt: string;
  readonly awaiting: readonly string[];
}

/** A service's actions still to be done (agreed or in progress), and how many of those are past their target. */
export interface OpenActions {
  readonly open: number;
  readonly overdue: number;
}

/** The partnerships team's view of the year, read from storage once. */
export interface PartnershipsOverview {
  readonly today: Day;
  /** Each service's rota line; `openActions` only where it has some. */
  readonly lines: readonly (RotaLine & Partial<Snoozable> & { readonly openActions?: OpenActions })[];
  readonly formsAwaited: readonly FormAwaited[];
  readonly responsesAwaited: readonly ResponsesAwaited[];
  readonly undelivered: readonly Undelivered[];
  /** For booking: every councillor, by name. */
  readonly councillors: readonly Person[];
}

/** Who sees the overview of the year. */
export const SEES_OVERVIEW: Allowed = {
  roles: ['partnerships'],
  refusal: 'Only the partnerships team sees the overview of the year',
};

export interface OverviewDeps extends StandingSources {
  readonly directory: Pick<DirectoryLookup, 'services' | 'councillors' | 'person'>;
  readonly nudges: Pick<NudgeHandling, 'quiet'>;
  readonly dispatcher: Pick<Dispatcher, 'review'>;
  readonly clock: Clock;
  readonly settings: Pick<NudgeSettings, 'dueSoonDays' | 'formOverdueDays'>;
  /** Every stored action: one read for all services. */
  readonly actionStore: Pick<ActionRepository, 'all'>;
}

/**
 * The partnerships overview: each service's rota line with the nudge about it, held visits whose forms are
 * awaited, submitted visits awaiting responses (with who), and deliveries that need someone to act.
 */
export async function readOverview(deps: OverviewDeps): Promise<PartnershipsOverview> {
  const now = deps.clock.now();
  const today = londonDay(now);
  // Each read once, all at the same time (the deliveries need the services' names too).
  const listed = deps.directory.services();
  const directory = { ...deps.directory, services: () => listed };
  const [services, councillors, { open, closed }, quiet, deliveries, actions] = await Promise.all([
    listed,
    deps.directory.councillors(),
    ensureStanding(deps, now).then(() => deps.standing.read()),
    deps.nudges.quiet(),
    undelivered({ ...deps, directory }, now),
    deps.actionStore.all(),
  ]);
  const openActions = openByService(actions, today);
  const snoozable = (topic: string): Snoozable => {
    const state = quiet.get(topic);
    return state ? { topic, quiet: state } : { topic };
  };
  // A closed visit counts only as its service's last: held, its form in, nothing awaited.
  const lastClosed = closed.map((c) => ({
    ...c,
    councillorIds: [],
    cancelled: false,
    booked: false,
    formStarted: true,
  }));
  const lines = rotaLines(services, [...open, ...lastClosed], today, deps.settings.dueSoonDays).map(
    (line) => {
      const topic = serviceTopic({ ...line, serviceId: line.service.id });
      const counts = openActions.get(line.service.id);
      return { ...line, ...(topic ? snoozable(topic) : {}), ...(counts ? { openActions: counts } : {}) };
    },
  );
  const summaries = open.flatMap((v) => (v.summary ? [v.summary] : []));
  const serviceName = new Map(services.map((s) => [s.id, s.name]));
  const councillorName = new Map(councillors.map((c) => [c.aadObjectId, c.name]));
  const formsAwaited = open
    .filter((v) => isHeld(v, today) && v.summary?.visit.status !== 'submitted')
    .map((v): FormAwaited => {
      const dueDay = addDays(v.day, deps.settings.formOverdueDays);
      const visit = v.summary?.visit;
      return {
        visitId: v.id,
        serviceName: serviceName.get(v.serviceId) ?? visit?.serviceName ?? v.serviceId,
        day: v.day,
        councillorNames: visit?.councillorNames ?? v.councillorIds.map((id) => councillorName.get(id) ?? id),
        dueDay,
        overdue: dueDay < today,
        ...snoozable(TOPIC.formOverdue(v.id)),
      };
    })
    .sort((a, b) => a.day.localeCompare(b.day));
  return {
    today,
    lines,
    formsAwaited,
    responsesAwaited: awaitingResponses(summaries).map((r) => ({
      ...r,
      ...snoozable(TOPIC.responseOverdue(r.visitId)),
    })),
    undelivered: deliveries,
    councillors,
  };
}

/** Open actions by service; overdue as the weekly digest counts them: the target month is before this one. */
function openByService(actions: readonly Action[], today: Day): Map<string, OpenActions> {
  const counts = new Map<string, OpenActions>();
  for (const action of actions.filter(isOpen)) {
    const { open, overdue } = counts.get(action.serviceId) ?? { open: 0, overdue: 0 };
    counts.set(action.serviceId, { open: open + 1, overdue: overdue + Number(isOverdue(action, today)) });
  }
  return counts;
}

/** Submitted visits whose responses are not all in, oldest submission first, with who is still awaited. */
function awaitingResponses(summaries: readonly VisitSummary[]): Omit<ResponsesAwaited, 'topic'>[] {
  return summaries
    .flatMap(({ visit, responsesCompleteAt, responders }) => {
      if (visit.status !== 'submitted' || responsesCompleteAt || !responders) return [];
      const awaiting = responders.names.filter((_, i) => !responders.responded.includes(responders.ids[i]!));
      if (awaiting.length === 0) return [];
      return [
        {
          visitId: visit.id,
          serviceName: visit.serviceName,
          day: visit.date,
          submittedAt: visit.submittedAt ?? visit.createdAt,
          awaiting,
        },
      ];
    })
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
}
