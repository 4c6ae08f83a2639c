/**
 * The JSON the Teams tab's API answers: one definition shared by the server (src/http/) and the tab (tab/), which
 * imports these as types only. Days are "YYYY-MM-DD" (Europe/London); moments are ISO 8601 UTC.
 * Every error is `ApiError` with a 4xx/5xx status: 401 not signed in, 403 wrong role or not yours, 404 no such
 * record, 400/422 bad input (nothing changed), 409 changed by someone else, 503 storage not answering.
 */
import type { Role } from '../directory/types';

export interface ApiError {
  /** One or two plain sentences for the person, saying what happened and what to do; never a stack. */
  readonly error: string;
}

/** A person as the tab shows them. */
export interface PersonView {
  readonly aadObjectId: string;
  readonly name: string;
  readonly role: Role;
  readonly title?: string;
}

/** The tab's pages; which ones a person gets follows their role. */
export type PageId = 'overview' | 'report' | 'my-visits' | 'my-responses';

/** GET /api/me */
export interface Me {
  readonly person: PersonView;
  readonly pages: readonly PageId[];
  /** Local mode (no bot credentials, loopback only): the tab shows the "act as" banner. */
  readonly localMode: boolean;
}

/** GET /api/local/people — local mode only (404 otherwise): the directory, for the "act as" picker. */
export interface LocalPeople {
  readonly people: readonly PersonView[];
}

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

/** A written response as the tab shows it in full. */
export interface ResponseView {
  readonly responderId: string;
  readonly name: string;
  readonly title?: string;
  readonly text: string;
  readonly at: string;
  readonly edited: boolean;
}

/** One visit in a list. */
export interface VisitSummary {
  readonly visitId: string;
  readonly serviceId: string;
  readonly serviceName: string;
  readonly date: string;
  readonly councillorNames: readonly string[];
  readonly status: 'draft' | 'submitted';
  readonly submittedAt?: string;
  /** Steps answered of the form's steps. */
  readonly answered: number;
  readonly steps: number;
  readonly responsesReceived: number;
  /** Names of responders not yet responded (submitted visits only). */
  readonly awaiting: readonly string[];
}

/** GET /api/my-visits — councillors: the visits they are named on, newest first. */
export interface MyVisits {
  readonly drafts: readonly VisitSummary[];
  readonly submitted: readonly VisitSummary[];
  /** Opens the bot's personal chat with "resume" typed (absent in local mode: use the Playground). */
  readonly chatLink?: string;
}

/** GET /api/visits/:visitId — partnerships; a councillor named on it; a responder for its service. Else 403. */
export interface VisitDetail {
  readonly visit: VisitSummary;
  /** The form's sections in order, each with its answered steps. */
  readonly sections: readonly {
    readonly title: string;
    readonly answers: readonly { readonly stepId: string; readonly label: string; readonly text: string }[];
  }[];
  readonly responses: readonly ResponseView[];
}

/** One visit a responder is asked to respond to. */
export interface ResponseItem {
  readonly visit: VisitSummary;
  /** This responder's own response, once given. */
  readonly mine?: ResponseView;
  /** Opens the service channel's request card in Teams, when the channel and its post are known. */
  readonly channelLink?: string;
}

/** GET /api/my-responses — responders: visits to their services awaiting their response, and their past ones. */
export interface MyResponses {
  readonly awaiting: readonly ResponseItem[];
  readonly past: readonly ResponseItem[];
}

/**
 * POST /api/report/download-link — partnerships only. Body `{ format: 'docx' | 'csv', period?: string,
 * confirm?: boolean }` (period as GET /api/report takes it; the last municipal year when absent). Runs the
 * personal-data check first: if it finds something and `confirm` is not true, 409 `{ error, hits }` and no link.
 * Teams clients block blob: downloads, so the tab opens this link instead: a path on this server (the GET endpoint
 * with `&ticket=`), good for two minutes, for this person, format, period and confirmation only; after that it
 * answers 401 "This download link has expired: press Download again."
 */
export interface DownloadLink {
  readonly url: string;
}
