import { formatDay } from '../kernel/london';
import type { Person } from '../directory/types';
import type { NewMessage } from '../outbox/types';
import { cleanAnswer } from '../visits/answer-text';
import type { Form } from '../visits/forms';
import { type VisitRecord } from '../visits/types';
import type { Checked } from '../actions/decide';
import { targetMonths } from '../actions/months';
import { proposedActions } from '../actions/propose';
import { londonDay } from '../kernel/london';
import { toReportVisit } from '../report/report-index';
import { createDecidedSave } from './save-decided';
import { toDecisions } from './triage';
import type { ResponseRequest, TriageInput } from './types';
import type { RequestResult, ResponsesDeps, ResponseViews } from './contracts';

export type { Activity, RequestResult, ResponsesDeps, ResponseViews } from './contracts';

/** The request and its first message, to be written in the same transaction as the submission. */
export function prepareRequest(
  record: VisitRecord,
  form: Form,
  responders: readonly Person[],
  views: ResponseViews,
): { request: Omit<ResponseRequest, 'etag'>; messages: NewMessage[] } {
  const { visit } = record;
  const request = {
    messageId: `${visit.id}.request`,
    responderIds: responders.map((r) => r.aadObjectId),
    responderNames: responders.map((r) => r.name),
    revision: 0,
  };
  const view = { ...record, request: { ...request, etag: '' }, responses: new Map() };
  const report = toReportVisit(view);
  return {
    request,
    messages: [
      {
        id: request.messageId,
        to: { kind: 'service', serviceId: visit.serviceId },
        kind: 'post',
        summary: `Response request: ${visit.serviceName}, visit of ${formatDay(visit.date)}`,
        activity: views.request(view, form, report ? proposedActions(report) : []),
      },
    ],
  };
}

/** The end of the annual report period (1 April to 31 March) that a moment falls in, as an ISO instant. */
export function reportPeriodEnd(iso: string): string {
  const at = new Date(iso);
  const year = at.getUTCMonth() >= 3 ? at.getUTCFullYear() + 1 : at.getUTCFullYear();
  return new Date(Date.UTC(year, 3, 1)).toISOString(); // 1 April 00:00 UTC (01:00 BST): after 31 March ends
}

/** Heads of service (and other named responders) respond from the request card, deciding its actions with it. */
export function createResponses(deps: ResponsesDeps) {
  const load = async (visitId: string) => {
    const record = await deps.visits.load(visitId);
    const form = record && deps.forms.get(record.visit.formKey);
    const report = record && toReportVisit(record);
    return record?.request && form && report ? { record, form, report } : undefined;
  };
  const notFound: RequestResult = { kind: 'not-found' };

  /** The card's content: everyone's view, or a responder's own with their boxes (and what they typed, if refused). */
  async function present(
    record: VisitRecord,
    form: Form,
    responder: Person | undefined,
    notice?: string,
    kept: { draft?: string; triage?: readonly TriageInput[] } = {},
  ): Promise<RequestResult> {
    const report = toReportVisit(record);
    const actions = report ? await deps.actions.ofVisit(report) : [];
    const owners = responder
      ? (await deps.owners())
          .filter((p) => p.role !== 'councillor')
          .map((p) => ({ aadObjectId: p.aadObjectId, name: p.name }))
      : undefined;
    return {
      kind: 'request',
      record,
      form,
      actions,
      ...(responder ? { responder: responder.aadObjectId, owners, months: targetMonths(today()) } : {}),
      ...(notice ? { notice } : {}),
      ...(kept.draft !== undefined ? { draft: kept.draft } : {}),
      ...(kept.triage?.length ? { triage: kept.triage } : {}),
    };
  }
  const today = () => londonDay(deps.clock.now());
  const decided = createDecidedSave(deps, load, present);
  const isResponder = (user: Person | undefined, record: VisitRecord): user is Person =>
    user !== undefined && record.request!.responderIds.includes(user.aadObjectId);

  return {
    /** The request for this person: with a response box if they are a named responder, else everyone's view. */
    async open(user: Person | undefined, visitId: string): Promise<RequestResult> {
      const found = await load(visitId);
      if (!found) return notFound;
      return isResponder(user, found.record)
        ? present(found.record, found.form, user)
        : present(
            found.record,
            found.form,
            undefined,
            'Only the responders named on this card can respond to it.',
          );
    },

    /**
     * Stores a response and the responder's decisions on the visit's actions, checked together first: anything
     * refused saves neither, and what they typed goes back in their boxes. The card is updated for everyone
     * and, once all have answered, the councillors told; each person given an action is sent a card.
     */
    async respond(
      user: Person | undefined,
      visitId: string,
      text: string,
      triage: readonly TriageInput[] = [],
    ): Promise<RequestResult> {
      const first = await load(visitId);
      if (!first) return notFound;
      if (!isResponder(user, first.record)) {
        return present(
          first.record,
          first.form,
          undefined,
          'Only the responders named on this card can respond to it; nothing was saved.',
        );
      }
      const cleaned = cleanAnswer(text);
      const refuse = (problem: string) =>
        present(first.record, first.form, user, `${problem} Nothing was saved.`, {
          draft: cleaned.text,
          triage,
        });
      if (!cleaned.ok)
        return present(first.record, first.form, user, cleaned.problem, { draft: cleaned.text, triage });
      const current = await deps.actions.ofVisit(first.report);
      const asked = toDecisions(triage, current);
      if (!asked.ok) return refuse(asked.problem);
      const checked = await deps.actions.check(
        first.report,
        first.record.request!.responderIds,
        user,
        asked.decisions,
        asked.shown,
      );
      if (!checked.ok) return refuse(checked.problem);
      if (!cleaned.text.trim()) {
        return present(first.record, first.form, user, 'Write your response in the box, then send it.', {
          triage,
        });
      }
      const previous = first.record.responses?.get(user.aadObjectId);
      const unchanged = previous?.text === cleaned.text;
      if (unchanged && checked.changed.length === 0) {
        return present(first.record, first.form, user, 'No change: this response is already saved.');
      }
      const now = deps.clock.now().toISOString();
      if (!unchanged && previous && now >= reportPeriodEnd(first.record.visit.submittedAt ?? now)) {
        return refuse(
          'The annual report period for this visit has closed, so responses can no longer be changed.',
        );
      }
      const saved = await decided.save(
        user,
        visitId,
        cleaned.text,
        unchanged,
        checked,
        first.record.visit.serviceId,
      );
      return typeof saved === 'string' ? refuse(saved) : saved;
    },

    /**
     * Decisions made without a response (the tab), already checked: saved, each new owner sent their card and the
     * channel card updated, as the card's own decisions are. Answers the refusal's sentence when someone saved first.
     */
    async decide(user: Person, visitId: string, checked: Extract<Checked, { ok: true }>, serviceId: string) {
      const saved = await decided.save(user, visitId, '', true, checked, serviceId);
      return typeof saved === 'string' ? saved : undefined;
    },
  };
}

export type Responses = ReturnType<typeof createResponses>;
