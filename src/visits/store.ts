import type { NewMessage } from '../outbox/types';
import type { Response, ResponseRequest } from '../responses/types';
import type { Amendment, Answer, Pause, Visit, VisitRecord } from './types';

/**
 * Visits with their answers, responses and audit. A visit (everything about it) is one read, a step save one
 * write, and submit, respond or amend one atomic write with the messages they announce.
 */
export interface VisitRepository {
  load(visitId: string): Promise<VisitRecord | undefined>;
  create(visit: Omit<Visit, 'etag'>): Promise<void>;
  /** Keeps where a councillor paused (read back with the visit, at no extra cost). */
  pause(visitId: string, aadObjectId: string, pause: Pause): Promise<void>;
  /** Writes an answer if it is still at `expected` (undefined: it must not exist yet). */
  saveAnswer(visitId: string, answer: Omit<Answer, 'etag'>, expected: Answer | undefined): Promise<void>;
  /**
   * Marks the visit submitted if it is unchanged since it was read, records the event, creates the response
   * request and queues its messages: one transaction.
   */
  submit(
    visit: Visit,
    submitted: { by: string; byName: string; at: string },
    request: Omit<ResponseRequest, 'etag'>,
    messages: readonly NewMessage[],
  ): Promise<void>;
  /**
   * Stores a response (replacing the responder's earlier one, if `previous`), moves the request on, and queues
   * its messages: one transaction, refused if the request or the earlier response changed since they were read.
   */
  respond(
    visitId: string,
    response: Omit<Response, 'etag'>,
    previous: Response | undefined,
    request: ResponseRequest,
    changes: Pick<ResponseRequest, 'revision'> & { completedAt?: string },
    messages: readonly NewMessage[],
    audit?: Record<string, string>,
  ): Promise<void>;
  /**
   * Moves the request on and queues its messages (the card updated after decisions alone): one transaction,
   * refused if the request changed since it was read.
   */
  announce(
    visitId: string,
    request: ResponseRequest,
    changes: Pick<ResponseRequest, 'revision'>,
    messages: readonly NewMessage[],
    at: string,
  ): Promise<void>;
  /** Changes a submitted answer and records why, in one transaction. */
  amend(
    visitId: string,
    answer: Omit<Answer, 'etag'>,
    expected: Answer | undefined,
    audit: Amendment,
  ): Promise<void>;
  /** Every visit with when its form was submitted and its responses completed: what the nudge rules need. */
  listSummaries(): Promise<VisitSummary[]>;
  /** The amendments of one visit, oldest first. */
  amendments(visitId: string): Promise<Amendment[]>;
}

/** A visit without its answers: what the rota, the nudges and the overview read of every visit at once. */
export interface VisitSummary {
  readonly visit: Visit;
  readonly responsesCompleteAt?: string;
  /** Once submitted: who must respond, and the ids of those who have. */
  readonly responders?: {
    readonly ids: readonly string[];
    readonly names: readonly string[];
    readonly responded: readonly string[];
  };
}

/** A visit's summary from its response request (once submitted) and the ids of those who have responded. */
export function summaryOf(
  visit: Visit,
  request: Pick<ResponseRequest, 'responderIds' | 'responderNames' | 'completedAt'> | undefined,
  responded: readonly string[],
): VisitSummary {
  if (!request) return { visit };
  return {
    visit,
    ...(request.completedAt ? { responsesCompleteAt: request.completedAt } : {}),
    responders: { ids: request.responderIds, names: request.responderNames, responded },
  };
}

/** Which visits each councillor is on, in one read. */
export interface CouncillorVisitRepository {
  add(councillorIds: readonly string[], visit: CouncillorVisit): Promise<void>;
  listFor(aadObjectId: string): Promise<CouncillorVisit[]>;
}

/** The walkthrough card a person last got as a new message in their personal chat. */
export interface LiveCard {
  /** The posted message's id. */
  readonly activityId: string;
  /** The visit line it showed (escaped), for the short card that replaces it later; '' when it had none. */
  readonly label: string;
}

/** Each person's live walkthrough card, so a newer one can close it on any instance. */
export interface LiveCardRepository {
  get(aadObjectId: string): Promise<LiveCard | undefined>;
  put(aadObjectId: string, card: LiveCard): Promise<void>;
}

/** A pointer from a councillor to a visit they are named on. */
export interface CouncillorVisit {
  readonly visitId: string;
  readonly date: string;
}
