/**
 * The JSON of the partnerships team's overview (GET /api/overview) and the bodies of its actions, shared by the
 * server and the tab as types only; days, moments and errors as in api-types.ts.
 */

/** One service's line on the overview (the rota card's line, plus what to snooze). */
export interface ServiceLine {
  readonly serviceId: string;
  readonly name: string;
  readonly lastVisit?: string;
  readonly next?: { readonly day: string; readonly time?: string; readonly bookingId?: string };
  readonly due?: string;
  readonly flag: 'booked' | 'due soon' | 'overdue' | 'not due' | 'never visited';
  /** The nudge topic about this line, when one applies (overdue, due soon, never visited): Snooze sends it. */
  readonly topic?: string;
  /** Set when that nudge is snoozed: until when (ISO), or handled. */
  readonly quiet?: { readonly until?: string; readonly handled?: true; readonly by: string };
  /** Set when the service has actions from visits still to do (agreed or in progress): how many, how many overdue. */
  readonly openActions?: { readonly open: number; readonly overdue: number };
}

/** A held visit whose form is not in yet. */
export interface FormAwaited {
  readonly visitId: string;
  readonly serviceName: string;
  readonly day: string;
  readonly councillorNames: readonly string[];
  /** The form is due 4 weeks after the visit. */
  readonly dueDay: string;
  readonly overdue: boolean;
  readonly topic: string;
  readonly quiet?: ServiceLine['quiet'];
}

/** A submitted visit still waiting for responses. */
export interface ResponsesAwaited {
  readonly visitId: string;
  readonly serviceName: string;
  readonly day: string;
  readonly submittedAt: string;
  /** Names of the responders who have not responded yet. */
  readonly awaiting: readonly string[];
  readonly topic: string;
  readonly quiet?: ServiceLine['quiet'];
}

/** A message the outbox gave up on (or cannot deliver yet). Retry sends `store`, `partition` and `id`. */
export interface FailedDelivery {
  readonly store: string;
  readonly partition: string;
  readonly id: string;
  /** What the message was, e.g. "Response request for CHECS visit on 3 Nov". */
  readonly summary: string;
  /** Who it was for: a person's or a service channel's name. */
  readonly to: string;
  /** Why it has not gone, in words, and what fixes it. */
  readonly why: string;
  readonly canRetry: boolean;
}

/** GET /api/overview — partnerships only. */
export interface Overview {
  readonly today: string;
  readonly services: readonly ServiceLine[];
  readonly formsAwaited: readonly FormAwaited[];
  readonly responsesAwaited: readonly ResponsesAwaited[];
  readonly failedDeliveries: readonly FailedDelivery[];
  /** For the Book form. */
  readonly councillors: readonly { readonly id: string; readonly name: string }[];
  readonly changeReasons: readonly string[];
}

/**
 * The actions' bodies (partnerships only); each answers `Done` (then GET /api/overview again) or an ApiError:
 *   POST /api/rota/bookings                   BookRequest
 *   POST /api/rota/bookings/:bookingId/move   MoveRequest
 *   POST /api/rota/bookings/:bookingId/cancel CancelRequest
 *   POST /api/nudges/snooze                   SnoozeRequest
 *   POST /api/outbox/retry                    RetryRequest
 */
export interface BookRequest {
  readonly serviceId: string;
  readonly day: string;
  readonly time: string;
  readonly councillorIds: readonly string[];
  readonly meetingLink?: string;
}
export interface MoveRequest {
  readonly day: string;
  readonly time?: string;
  readonly reason: string;
}
export interface CancelRequest {
  readonly reason: string;
}
export interface SnoozeRequest {
  readonly topic: string;
}
export interface RetryRequest {
  readonly store: string;
  readonly partition: string;
  readonly id: string;
}
export interface Done {
  /** What happened, for a status message: "Booked; the councillors will be sent a confirmation." */
  readonly message: string;
}
