import type { AuditTrail } from '../audit/trail';
import type { DirectoryLookup } from '../directory/directory';
import type { Person } from '../directory/types';
import type { Clock } from '../kernel/clock';
import { addDays, londonDay, type Day } from '../kernel/london';
import type { ReportVisitRepository } from '../report/store';
import type { ReportVisit } from '../report/types';
import { decidedAudit, impactAudit, recordSaved, updatedAudit } from './audit-actions';
import { proposedActions } from './propose';
import { checkDecisions, type Checked } from './decide';
import { recordImpacts, type ImpactRecord } from './impact';
import { saveActions, type ActionsResult } from './save';
import { isServiceKey, type ActionRepository } from './store';
import { updateAction } from './update';
import {
  isOpen,
  isOverdue,
  type Action,
  type ActionEvent,
  type ActionOwner,
  type Decision,
  type OwnerChoice,
} from './types';

export interface ActionsDeps {
  readonly actions: ActionRepository;
  readonly reportVisits: Pick<ReportVisitRepository, 'between'>;
  readonly directory: Pick<DirectoryLookup, 'person' | 'servicesRespondedBy'>;
  readonly clock: Clock;
  /** Where each decision, update and impact saved is recorded. */
  readonly audit: AuditTrail;
}

export type { ActionsResult } from './save';

/** How far back "since the last visit" looks for a service's previous visits (cadence is months, not years). */
const LOOK_BACK_DAYS = 2 * 366;

/**
 * Actions from visits' "what needs to happen": proposed from the answers, decided by the visit's responders with
 * their response, followed up by owners, and read back on the next visit and in the committee report.
 */
export function createActions(deps: ActionsDeps) {
  const today = (): Day => londonDay(deps.clock.now());
  const event = (by: Person, what: string, note?: string): ActionEvent => ({
    at: deps.clock.now().toISOString(),
    by: by.aadObjectId,
    byName: by.name,
    what,
    ...(note ? { note } : {}),
  });

  /** A visit's actions: stored decisions over the proposals its answers make today. */
  const merge = (visit: ReportVisit, stored: readonly Action[]): Action[] => {
    const mine = new Map(stored.filter((a) => a.visitId === visit.visitId).map((a) => [a.id, a]));
    const proposed = proposedActions(visit).map((p) => mine.get(p.id) ?? p);
    const amendedAway = [...mine.values()].filter((a) => !proposed.some((p) => p.id === a.id));
    return [...proposed, ...amendedAway];
  };

  async function owner(choice: OwnerChoice): Promise<ActionOwner | string> {
    if ('team' in choice) {
      const team = choice.team.trim();
      return team && team.length <= 100
        ? { kind: 'team', name: team }
        : 'Name the team that owns it (up to 100 characters)';
    }
    const person = await deps.directory.person(choice.personId);
    return person
      ? { kind: 'person', aadObjectId: person.aadObjectId, name: person.name }
      : 'That owner is not in the directory: choose someone from the list, or name a team';
  }

  /**
   * What the next visit to a service starts with: the actions of its previous visit (any status), and those
   * still open from visits before that, oldest first.
   */
  async function sinceLastVisit(serviceId: string, before: Day): Promise<Action[]> {
    const [earlier, stored] = await Promise.all([
      deps.reportVisits.between(addDays(before, -LOOK_BACK_DAYS), addDays(before, -1)),
      deps.actions.forService(serviceId),
    ]);
    const visits = earlier.filter((v) => v.serviceId === serviceId);
    const last = visits.at(-1);
    return visits.flatMap((v) =>
      merge(v, stored).filter((a) => v === last || isOpen(a) || a.status === 'proposed'),
    );
  }

  const record = recordImpacts({ actions: deps.actions, clock: deps.clock, sinceLastVisit });
  const impacts: typeof record = async (serviceId, by, given, visitDate) =>
    recordSaved(
      deps.audit,
      by,
      'action.updated',
      await record(serviceId, by, given, visitDate),
      impactAudit(by, given[0]?.visitId ?? ''),
    );
  const update = updateAction({ actions: deps.actions, directory: deps.directory, event });

  return {
    /** One stored action (decided at least once); undefined for a proposal or an unknown id. */
    get: async (serviceId: string, actionId: string): Promise<Action | undefined> =>
      isServiceKey(serviceId) ? deps.actions.get(serviceId, actionId) : undefined,

    /** A submitted visit's actions, decided or still proposed. */
    async ofVisit(visit: ReportVisit): Promise<Action[]> {
      return merge(visit, await deps.actions.forService(visit.serviceId));
    },

    /**
     * Checks a responder's decisions without saving them (see checkDecisions): a use case that saves other
     * things with them (the written response) checks everything first, then saves with `save`.
     */
    async check(
      visit: ReportVisit,
      responderIds: readonly string[],
      by: Person,
      decisions: readonly Decision[],
      shown: ReadonlyMap<string, string> = new Map(),
    ): Promise<Checked> {
      const current = await this.ofVisit(visit);
      return checkDecisions({ current, responderIds, by, today: today(), shown, owner, event }, decisions);
    },

    /**
     * Saves `by`'s checked decisions on actions of one service in one transaction; refused if any changed since
     * it was read.
     */
    async save(serviceId: string, changed: readonly Action[], by: Person): Promise<ActionsResult> {
      if (changed.length === 0) return { ok: true, actions: [] };
      const saved = await saveActions(
        deps.actions,
        serviceId,
        changed,
        'Someone else decided these actions a moment ago: open the card again.',
      );
      return recordSaved(deps.audit, by, 'action.decided', saved, decidedAudit);
    },

    /** Records a responder's decisions, all or nothing: `check`, then `save`. */
    async decide(
      visit: ReportVisit,
      responderIds: readonly string[],
      by: Person,
      decisions: readonly Decision[],
      shown: ReadonlyMap<string, string> = new Map(),
    ): Promise<ActionsResult> {
      const checked = await this.check(visit, responderIds, by, decisions, shown);
      return checked.ok ? this.save(visit.serviceId, checked.changed, by) : checked;
    },

    /** An owner, the service's responders or the partnerships team moves an action on (see updateAction). */
    async update(...args: Parameters<typeof update>): Promise<ActionsResult> {
      return recordSaved(deps.audit, args[2], 'action.updated', await update(...args), updatedAudit);
    },

    sinceLastVisit,

    /** Records several impacts of one visit's councillor at once: all saved, or none (see recordImpacts). */
    recordImpacts: impacts,

    /** A councillor on a later visit (of `visitDate`) records whether staff said an action made a difference. */
    recordImpact: (
      serviceId: string,
      actionId: string,
      by: Person,
      impact: Omit<ImpactRecord, 'actionId'>,
      visitDate: Day,
    ): Promise<ActionsResult> => impacts(serviceId, by, [{ ...impact, actionId }], visitDate),

    /** Agreed or in-progress actions whose target month has passed: for the partnerships team's weekly digest. */
    async overdue(): Promise<Action[]> {
      return (await deps.actions.all()).filter((a) => isOverdue(a, today()));
    },
  };
}

export type Actions = ReturnType<typeof createActions>;
