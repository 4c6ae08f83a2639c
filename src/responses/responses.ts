import type { Clock } from '../kernel/clock';
import { formatDay } from '../kernel/london';
import type { Person } from '../directory/types';
import type { NewMessage } from '../outbox/types';
import type { VisitRepository } from '../visits/store';
import { cleanAnswer } from '../visits/answer-text';
import type { Form, FormCatalogue } from '../visits/forms';
import { type VisitRecord } from '../visits/types';
import { ConcurrencyConflict } from '../kernel/errors';
import type { ResponseRequest } from './types';

/** A message's content as the outbox sends it (a Teams activity's text and attachments). */
export type Activity = Record<string, unknown>;

/**
 * How the messages a response request causes look: views at the edge, injected, so this module stays
 * transport-free (the composition root wires the Teams cards).
 */
export interface ResponseViews {
  /** The request card in the service's channel, posted on submission and replaced as responses arrive. */
  request(record: VisitRecord, form: Form): Activity;
  /** To each councillor on the visit: every response, once all are in (or one was corrected afterwards). */
  responses(record: VisitRecord, corrected: boolean): Activity;
  /** To the partnerships channel: all responses are in. */
  allReceived(record: VisitRecord): Activity;
}

/** What a responder (or anyone) sees of a request: the request with a notice, or that it cannot be found. */
export type RequestResult =
  | { readonly kind: 'not-found' }
  | {
      readonly kind: 'request';
      readonly record: VisitRecord;
      readonly form: Form;
      /** The responder looking at it, for their own view with a response box. */
      readonly responder?: string;
      readonly notice?: string;
      /** What they typed, when it was not saved (too long): it goes back in their box. */
      readonly draft?: string;
    };

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
  return {
    request,
    messages: [
      {
        id: request.messageId,
        to: { kind: 'service', serviceId: visit.serviceId },
        kind: 'post',
        summary: `Response request: ${visit.serviceName}, visit of ${formatDay(visit.date)}`,
        activity: views.request(view, form),
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

export interface ResponsesDeps {
  readonly visits: VisitRepository;
  readonly views: ResponseViews;
  readonly forms: FormCatalogue;
  readonly clock: Clock;
  /** Called after messages were queued, so the dispatcher need not wait for its next pass. */
  readonly queued: () => void;
  /** Called after a response was stored, so the committee report's index follows. */
  readonly indexed: (visitId: string) => Promise<void>;
}

/** Heads of service (and other named responders) respond from the request card. */
export function createResponses(deps: ResponsesDeps) {
  const load = async (visitId: string) => {
    const record = await deps.visits.load(visitId);
    const form = record && deps.forms.get(record.visit.formKey);
    return record?.request && form ? { record, form } : undefined;
  };
  const notFound: RequestResult = { kind: 'not-found' };

  return {
    /** The request for this person: with a response box if they are a named responder, else everyone's view. */
    async open(user: Person | undefined, visitId: string): Promise<RequestResult> {
      const found = await load(visitId);
      if (!found) return notFound;
      const responder = user && found.record.request!.responderIds.includes(user.aadObjectId);
      return {
        kind: 'request',
        ...found,
        ...(responder
          ? { responder: user.aadObjectId }
          : { notice: 'Only the responders named on this card can respond to it.' }),
      };
    },

    /** Stores a response; the card is updated for everyone and, once all have answered, the councillors told. */
    async respond(user: Person | undefined, visitId: string, text: string): Promise<RequestResult> {
      for (let attempt = 1; ; attempt++) {
        const found = await load(visitId);
        if (!found) return notFound;
        const { record, form } = found;
        const request = record.request!;
        const view = (notice?: string, r: VisitRecord = record, draft?: string): RequestResult => ({
          kind: 'request',
          record: r,
          form,
          ...(user ? { responder: user.aadObjectId } : {}),
          ...(notice ? { notice } : {}),
          ...(draft !== undefined ? { draft } : {}),
        });
        if (!user || !request.responderIds.includes(user.aadObjectId)) {
          return {
            kind: 'request',
            record,
            form,
            notice: 'Only the responders named on this card can respond to it; nothing was saved.',
          };
        }
        const cleaned = cleanAnswer(text);
        if (!cleaned.ok) return view(cleaned.problem, record, cleaned.text);
        if (!cleaned.text.trim()) return view('Write your response in the box, then send it.');
        const previous = record.responses?.get(user.aadObjectId);
        if (previous?.text === cleaned.text) return view('No change: this response is already saved.');
        const now = deps.clock.now().toISOString();
        if (previous && now >= reportPeriodEnd(record.visit.submittedAt ?? now)) {
          return view(
            'The annual report period for this visit has closed, so responses can no longer be changed.',
          );
        }
        const response = {
          responderId: user.aadObjectId,
          name: user.name,
          ...(user.title ? { title: user.title } : {}),
          text: cleaned.text,
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
        deps.queued();
        await deps.indexed(visitId);
        return view(
          previous
            ? 'Your corrected response is saved; the card shows it as edited.'
            : 'Thank you: your response is saved.',
          after,
        );
      }
    },
  };
}

export type Responses = ReturnType<typeof createResponses>;

/** The messages a response causes: the card updated for everyone; when complete, the councillors and partnerships told. */
function announce(
  after: VisitRecord,
  form: Form,
  views: ResponseViews,
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
      activity: views.request(after, form),
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
