import { actor } from '../audit/trail';
import type { Person } from '../directory/types';
import type { Checked } from '../actions/decide';
import type { Action } from '../actions/types';
import { ConcurrencyConflict } from '../kernel/errors';
import { formatDay } from '../kernel/london';
import type { NewMessage } from '../outbox/types';
import type { ReportVisit } from '../report/types';
import type { Form } from '../visits/forms';
import type { VisitRecord } from '../visits/types';
import type { RequestResult, ResponsesDeps, ResponseViews } from './contracts';

/** A visit with its request, form and report view, as `respond` loads it; undefined when there is none. */
type Load = (
  visitId: string,
) => Promise<{ record: VisitRecord; form: Form; report: ReportVisit } | undefined>;
/** The card's content after a save: the responder's own view with a notice. */
type Present = (record: VisitRecord, form: Form, user: Person, notice: string) => Promise<RequestResult>;

/**
 * The saving half of a response: the responder's checked decisions first (each person given an action is sent a
 * card), then the response (or, when only decisions changed, the card updated for everyone). Every message id is
 * deterministic, so sending the same card again after a half-finished save queues nothing twice.
 */
export function createDecidedSave(deps: ResponsesDeps, load: Load, present: Present) {
  /** Queues a card to each person given an action (again, harmlessly, for a decision kept from an earlier try). */
  async function tellOwners(changed: readonly Action[]): Promise<void> {
    const now = deps.clock.now();
    for (const action of changed) {
      if (action.status !== 'agreed' || action.owner?.kind !== 'person') continue;
      await deps.outbox.enqueue(
        {
          id: `action.${action.id}.${action.history.length}`,
          to: { kind: 'person', aadObjectId: action.owner.aadObjectId },
          kind: 'post',
          summary: `Action agreed: ${action.serviceName}, visit of ${formatDay(action.visitDate)}`,
          activity: deps.views.actionOwner(action),
        },
        now,
      );
    }
    if (changed.length > 0) deps.queued();
  }

  /** The request card updated for everyone after decisions alone: a revision of its own, as a response makes. */
  async function showDecisions(user: Person, visitId: string): Promise<RequestResult | undefined> {
    for (let attempt = 1; ; attempt++) {
      const found = await load(visitId);
      if (!found) return undefined;
      const { record, form, report } = found;
      const request = record.request!;
      const revision = request.revision + 1;
      const after = { ...record, request: { ...request, revision } };
      const messages = announce(
        after,
        form,
        deps.views,
        await deps.actions.ofVisit(report),
        revision,
        false,
        false,
      );
      try {
        await deps.visits.announce(visitId, request, { revision }, messages, deps.clock.now().toISOString());
      } catch (error) {
        if (error instanceof ConcurrencyConflict && attempt < 3) continue;
        throw error;
      }
      deps.queued();
      return present(after, form, user, 'Your decisions on the actions are saved.');
    }
  }

  return {
    /**
     * Saves checked decisions, then the response `text` unless `unchanged`; a refusal of the decisions (someone
     * else saved first) is the sentence, nothing saved.
     */
    async save(
      user: Person,
      visitId: string,
      text: string,
      unchanged: boolean,
      checked: Extract<Checked, { ok: true }>,
      serviceId: string,
    ): Promise<RequestResult | string> {
      const saved = await deps.actions.save(serviceId, checked.changed, user);
      if (!saved.ok) return saved.problem;
      await tellOwners([...saved.actions, ...checked.kept]);
      if (unchanged) return (await showDecisions(user, visitId)) ?? { kind: 'not-found' };
      return saveResponse(user, visitId, text, saved.actions.length + checked.kept.length > 0);
    },
  };

  async function saveResponse(
    user: Person,
    visitId: string,
    text: string,
    decided: boolean,
  ): Promise<RequestResult> {
    for (let attempt = 1; ; attempt++) {
      const found = await load(visitId);
      if (!found) return { kind: 'not-found' };
      const { record, form, report } = found;
      const request = record.request!;
      const previous = record.responses?.get(user.aadObjectId);
      const now = deps.clock.now().toISOString();
      const response = {
        responderId: user.aadObjectId,
        name: user.name,
        ...(user.title ? { title: user.title } : {}),
        text,
        at: now,
        edited: previous !== undefined,
      };
      const responses = new Map(record.responses).set(user.aadObjectId, { ...response, etag: '' });
      const complete = request.responderIds.every((id) => responses.get(id)?.text);
      const revision = request.revision + 1;
      const completedAt = request.completedAt ?? (complete ? now : undefined);
      const after: VisitRecord = {
        ...record,
        request: { ...request, revision, ...(completedAt ? { completedAt } : {}) },
        responses,
      };
      const messages = announce(
        after,
        form,
        deps.views,
        await deps.actions.ofVisit(report),
        revision,
        previous !== undefined,
        !request.completedAt && complete,
      );
      try {
        await deps.visits.respond(
          visitId,
          response,
          previous,
          request,
          { revision, ...(completedAt ? { completedAt } : {}) },
          messages,
          previous
            ? { by: user.aadObjectId, byName: user.name, previousText: previous.text, reason: 'correction' }
            : undefined,
        );
      } catch (error) {
        // Another responder answered at the same moment: read again and go on; nothing of theirs is touched.
        if (error instanceof ConcurrencyConflict && attempt < 3) continue;
        throw error;
      }
      await deps.audit.record({
        by: actor(user),
        kind: previous ? 'response.corrected' : 'response.sent',
        record: { kind: 'visit', id: visitId },
        visitId,
        people: [...request.responderIds, ...record.visit.councillorIds],
        ...(completedAt && !request.completedAt ? { detail: 'all responses in' } : {}),
        text: { ...(previous ? { before: previous.text } : {}), after: text },
      });
      deps.queued();
      await deps.indexed(visitId);
      const saved = previous
        ? 'Your corrected response is saved; the card shows it as edited.'
        : 'Thank you: your response is saved.';
      return present(after, form, user, decided ? `${saved} So are your decisions on the actions.` : saved);
    }
  }
}

/** The messages a response causes: the card updated for everyone; when complete, the councillors and partnerships told. */
function announce(
  after: VisitRecord,
  form: Form,
  views: ResponseViews,
  actions: readonly Action[],
  revision: number,
  correction: boolean,
  completes: boolean,
): NewMessage[] {
  const { visit } = after;
  const request = after.request!;
  const what = `${visit.serviceName}, visit of ${formatDay(visit.date)}`;
  const messages: NewMessage[] = [
    {
      id: `${visit.id}.update.${revision}`,
      to: { kind: 'service', serviceId: visit.serviceId },
      kind: 'update',
      replaces: request.messageId,
      summary: `Response card update: ${what}`,
      activity: views.request(after, form, actions),
    },
  ];
  if (!completes && !(correction && request.completedAt)) return messages;
  visit.councillorIds.forEach((councillorId) =>
    messages.push({
      id: completes
        ? `${visit.id}.responses.${councillorId}`
        : `${visit.id}.correction.${revision}.${councillorId}`,
      to: { kind: 'person', aadObjectId: councillorId },
      kind: 'post',
      summary: `Responses for ${what}`,
      activity: views.responses(after, !completes),
    }),
  );
  if (completes) {
    messages.push({
      id: `${visit.id}.responded`,
      to: { kind: 'partnerships' },
      kind: 'post',
      summary: `All responses received: ${what}`,
      activity: views.allReceived(after),
    });
  }
  return messages;
}
