import type restify from 'restify';
import type { Actions } from '../actions/actions';
import { targetMonths } from '../actions/months';
import type { ActionRepository } from '../actions/store';
import { isOpen, type Action, type Decision } from '../actions/types';
import type { Allowed } from '../directory/access';
import type { PeopleRepository } from '../directory/store';
import { ROLES, type Person } from '../directory/types';
import type { Clock } from '../kernel/clock';
import { londonDay } from '../kernel/london';
import { toReportVisit } from '../report/report-index';
import type { ReportVisit } from '../report/types';
import type { VisitRepository } from '../visits/store';
import { HttpProblem, ok, type ApiRoute } from './api-route';
import type { Responses } from '../responses/responses';
import type { ActionsAnswer, ActionView, DecisionChoices, MyActions } from './api-types';
import { bodyOf, isKey, text } from './request-parts';

/** Everyone in the directory has a role: anyone signed in. */
export const SIGNED_IN: Allowed = { roles: ROLES, refusal: 'Only people in the directory can use the tab' };

export interface ActionRoutesDeps {
  readonly actions: Pick<Actions, 'ofVisit' | 'check' | 'get' | 'update'>;
  /** Saves a responder's checked decisions as the card does: owners told, the channel card updated. */
  readonly responses: Pick<Responses, 'decide'>;
  readonly actionStore: Pick<ActionRepository, 'all'>;
  readonly visits: Pick<VisitRepository, 'load'>;
  readonly people: Pick<PeopleRepository, 'list'>;
  readonly clock: Clock;
}

export const actionJson = (a: Action): ActionView => ({
  id: a.id,
  visitId: a.visitId,
  serviceId: a.serviceId,
  serviceName: a.serviceName,
  visitDate: a.visitDate,
  text: a.text,
  status: a.status,
  ...(a.owner ? { ownerName: a.owner.name } : {}),
  ...(a.target ? { target: a.target } : {}),
  ...(a.reason ? { reason: a.reason } : {}),
  notes: a.history.map(({ at, byName, what, note }) => ({ at, byName, what, ...(note ? { note } : {}) })),
  etag: a.etag,
});

/** A submitted visit as the actions use case reads it, with its named responders; 404 otherwise. */
async function submittedVisit(
  deps: Pick<ActionRoutesDeps, 'visits'>,
  visitId: string,
): Promise<{ report: ReportVisit; responderIds: readonly string[] }> {
  const record = isKey(visitId) ? await deps.visits.load(visitId) : undefined;
  const report = record && toReportVisit(record);
  if (!record || !report) throw new HttpProblem(404, 'No submitted visit has that id.');
  return { report, responderIds: record.request?.responderIds ?? [] };
}

/**
 * A visit's actions for its detail page, and for a responder named on it what they may choose from. The role
 * check that matters is the use case's, when they save; this only decides whether to offer the form.
 */
export async function visitActions(
  deps: ActionRoutesDeps,
  person: Person,
  visitId: string,
): Promise<{ actions: ActionView[]; decide?: DecisionChoices }> {
  const record = await deps.visits.load(visitId);
  const report = record && toReportVisit(record);
  if (!report) return { actions: [] };
  const actions = (await deps.actions.ofVisit(report)).map(actionJson);
  if (!record.request?.responderIds.includes(person.aadObjectId)) return { actions };
  const owners = (await deps.people.list())
    .filter((p) => p.role !== 'councillor')
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ aadObjectId, name }) => ({ aadObjectId, name }));
  return { actions, decide: { owners, months: targetMonths(londonDay(deps.clock.now())) } };
}

/**
 * Deciding a visit's actions and following them up from the tab, through the use case the cards run. Open to
 * anyone signed in: who may (a named responder, an owner) is the use case's rule, and its sentence is the answer.
 */
export function actionRoutes(deps: ActionRoutesDeps): ApiRoute[] {
  return [
    {
      method: 'post',
      path: '/api/visits/:visitId/actions',
      allowed: SIGNED_IN,
      async handle(req, person) {
        const { report, responderIds } = await submittedVisit(deps, String(req.params?.visitId ?? ''));
        const { decisions, shown } = readDecisions(req);
        const current = await deps.actions.ofVisit(report);
        const checked = await deps.actions.check(report, responderIds, person, decisions, shown);
        if (!checked.ok) {
          const stale =
            responderIds.includes(person.aadObjectId) &&
            current.some((a) => shown.has(a.id) && shown.get(a.id) !== a.etag);
          throw new HttpProblem(stale ? 409 : 422, `${checked.problem} Nothing was saved.`);
        }
        const refused = await deps.responses.decide(person, report.visitId, checked, report.serviceId);
        if (refused) throw new HttpProblem(409, `${refused} Nothing was saved.`);
        return ok({
          message: 'Your decisions on the actions are saved.',
          actions: (await deps.actions.ofVisit(report)).map(actionJson),
        } satisfies ActionsAnswer);
      },
    },
    {
      method: 'get',
      path: '/api/my-actions',
      allowed: SIGNED_IN,
      async handle(_req, person) {
        const mine = (await deps.actionStore.all()).filter(
          (a) => a.owner?.kind === 'person' && a.owner.aadObjectId === person.aadObjectId,
        );
        const rank = (a: Action) => (isOpen(a) ? 0 : 1);
        mine.sort(
          (a, b) =>
            rank(a) - rank(b) ||
            (a.target ?? '').localeCompare(b.target ?? '') ||
            a.visitDate.localeCompare(b.visitDate),
        );
        return ok({ actions: mine.map(actionJson) } satisfies MyActions);
      },
    },
    {
      method: 'post',
      path: '/api/actions/:serviceId/:actionId',
      allowed: SIGNED_IN,
      async handle(req, person) {
        const [serviceId, actionId] = [req.params?.serviceId, req.params?.actionId].map(String) as [
          string,
          string,
        ];
        const body = bodyOf(req);
        const status = text(body, 'status');
        if (status !== 'in progress' && status !== 'done') {
          throw new HttpProblem(400, "Send status as 'in progress' or 'done'; nothing was changed.");
        }
        const note = text(body, 'note', { optional: true });
        const etag = text(body, 'etag');
        const before = isKey(serviceId) && isKey(actionId) && (await deps.actions.get(serviceId, actionId));
        if (!before) throw new HttpProblem(404, 'I cannot find that action: open the page again.');
        const result = await deps.actions.update(serviceId, actionId, person, status, note, etag);
        if (!result.ok) {
          if (before.etag !== etag) {
            throw new HttpProblem(409, 'That action changed since you opened this page: open it again.');
          }
          throw new HttpProblem(isOpen(before) ? 403 : 422, `${result.problem} Nothing was changed.`);
        }
        return ok({
          message: status === 'done' ? 'Marked done.' : 'Marked in progress.',
          actions: result.actions.map(actionJson),
        } satisfies ActionsAnswer);
      },
    },
  ];
}

/** The body's decisions as the use case takes them, with the etag each was read at; 400 naming what is wrong. */
function readDecisions(req: restify.Request): { decisions: Decision[]; shown: Map<string, string> } {
  const list = bodyOf(req).decisions;
  if (!Array.isArray(list) || list.length === 0 || list.length > 100) {
    throw new HttpProblem(400, 'Choose a decision for at least one action; nothing was saved.');
  }
  const shown = new Map<string, string>();
  const decisions = list.map((item: unknown): Decision => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new HttpProblem(400, 'Send each decision as an object; nothing was saved.');
    }
    const d = item as Record<string, unknown>;
    const actionId = text(d, 'actionId');
    shown.set(actionId, text(d, 'etag', { optional: true }));
    const kind = text(d, 'kind');
    if (kind === 'agree') {
      const team = text(d, 'team', { optional: true });
      const owner = team ? { team } : { personId: text(d, 'personId', { optional: true }) };
      return { actionId, kind, owner, target: text(d, 'target', { optional: true }) };
    }
    if (kind === 'in hand') return { actionId, kind, note: text(d, 'note', { optional: true }) };
    if (kind === 'decline') {
      const reason = text(d, 'reason', { optional: true }) || text(d, 'note', { optional: true });
      return { actionId, kind, reason };
    }
    throw new HttpProblem(
      400,
      "Send each decision's kind as 'agree', 'in hand' or 'decline'; nothing was saved.",
    );
  });
  return { decisions, shown };
}
