/**
 * The JSON the Teams tab's API answers: one definition shared by the server (src/http/) and the tab (tab/), which
 * imports these as types only. Days are "YYYY-MM-DD" (Europe/London); moments are ISO 8601 UTC.
 * Every error is `ApiError` with a 4xx/5xx status: 401 not signed in, 403 wrong role or not yours, 404 no such
 * record, 400/422 bad input (nothing changed), 409 changed by someone else, 503 storage not answering.
 * The overview's shapes and its actions' bodies are in overview-types.ts.
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
export type PageId = 'overview' | 'report' | 'my-visits' | 'my-responses' | 'my-actions' | 'records';

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
  /** The actions from its "what needs to happen", decided or still proposed (a submitted visit's only). */
  readonly actions: readonly ActionView[];
  /** For a responder named on it: whom an action may be given to, and the target months offered. */
  readonly decide?: DecisionChoices;
}

/** What a responder chooses from when deciding actions: people in the directory (not councillors), and months. */
export interface DecisionChoices {
  readonly owners: readonly { readonly aadObjectId: string; readonly name: string }[];
  /** This month and the next 11, "YYYY-MM" (London time), from the server. */
  readonly months: readonly string[];
}

/** One action from a visit's "what needs to happen". */
export interface ActionView {
  readonly id: string;
  readonly visitId: string;
  readonly serviceId: string;
  readonly serviceName: string;
  readonly visitDate: string;
  readonly text: string;
  readonly status: 'proposed' | 'agreed' | 'in progress' | 'done' | 'declined';
  /** A person's or a team's name. */
  readonly ownerName?: string;
  /** "YYYY-MM". */
  readonly target?: string;
  /** Why it was declined. */
  readonly reason?: string;
  /** Its history's notes, oldest first. */
  readonly notes: readonly {
    readonly at: string;
    readonly byName: string;
    readonly what: string;
    readonly note?: string;
  }[];
  /** Send it back with a decision or an update: a different one now answers 409. */
  readonly etag: string;
}

/**
 * POST /api/visits/:visitId/actions — the responders named on the visit (others 422 with the sentence). All or
 * nothing: any refused decision (owner not in the directory, past month, decline without reason) is 422 and saves
 * none; an action decided by someone else since it was read is 409. Answers the visit's actions as they now stand.
 */
export interface DecideActions {
  readonly decisions: readonly DecisionInput[];
}

export type DecisionInput = { readonly actionId: string; readonly etag: string } & (
  | { readonly kind: 'agree'; readonly personId?: string; readonly team?: string; readonly target: string }
  | { readonly kind: 'in hand'; readonly note?: string }
  | { readonly kind: 'decline'; readonly reason: string }
);

/** The visit's actions after a decision or an update. */
export interface ActionsAnswer {
  readonly message: string;
  readonly actions: readonly ActionView[];
}

/** GET /api/my-actions — anyone signed in: the actions they own, open ones first. */
export interface MyActions {
  readonly actions: readonly ActionView[];
}

/**
 * POST /api/actions/:serviceId/:actionId — its owner, the service's responders or the partnerships team (else 403):
 * `{ status: 'in progress' | 'done', note, etag }`. A closed action is 422; one changed since it was read is 409.
 */
export interface UpdateAction {
  readonly status: 'in progress' | 'done';
  readonly note: string;
  readonly etag: string;
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

/** One entry of the audit trail as the Records page shows it: ids and words, never the text that changed. */
export interface AuditLineView {
  readonly id: string;
  /** ISO 8601 UTC. */
  readonly at: string;
  /** An aadObjectId, or `system` for the product's own jobs. */
  readonly byId: string;
  /** The name they had when they did it. */
  readonly byName: string;
  readonly kind: string;
  /** The kind in words: "Submitted a visit report". */
  readonly what: string;
  /** The record's kind in words and its id: "Visit 6f1c…". */
  readonly record: string;
  readonly visitId?: string;
  /** aadObjectIds of the people the record is about or names. */
  readonly people: readonly string[];
  /** A short, fixed-vocabulary detail (a step id, a count, a reason code). */
  readonly detail?: string;
  /** Keyed hashes (HMAC-SHA256, hex) of the text before and after, when text changed. */
  readonly textBefore?: string;
  readonly textAfter?: string;
}

/**
 * GET /api/audit?from=YYYY-MM-DD&to=YYYY-MM-DD&visit=<id>&person=<aadObjectId or e-mail> — partnerships only.
 * London days, both included (the last 30 days when absent; at most 366); a bad date is 400 with the sentence,
 * an e-mail address nobody in the directory has is 404. Newest first, at most 500 lines: `more` says to narrow
 * the filter. `people` is the directory, for the person filter.
 */
export interface AuditPage {
  readonly from: string;
  readonly to: string;
  readonly visitId?: string;
  readonly personId?: string;
  readonly lines: readonly AuditLineView[];
  /** How many entries matched the filter. */
  readonly matched: number;
  readonly more: boolean;
  readonly people: readonly { readonly aadObjectId: string; readonly name: string }[];
}

/**
 * POST /api/audit/download-link — partnerships only. Body `{ from?, to?, visit?, person? }` as GET /api/audit takes
 * them; answers a `DownloadLink` to GET /api/audit/entries.csv, every matching entry (not capped), good for two
 * minutes for this person and this filter only.
 */
export interface AuditDownloadRequest {
  readonly from?: string;
  readonly to?: string;
  readonly visit?: string;
  readonly person?: string;
}

/** One legal hold as the Records page lists it: what it covers (by id and, for display, in words) and its history. */
export interface HoldView {
  readonly id: string;
  readonly kind: 'service' | 'visit' | 'person';
  /** A service id, a visit id, or a person's aadObjectId. */
  readonly subjectId: string;
  /** The service's name, a visit's service, or the person's name if the directory has them. */
  readonly subjectName?: string;
  /** A held visit's day (YYYY-MM-DD). */
  readonly visitDay?: string;
  /** The instruction's reference: "INQ-2026-014". */
  readonly reason: string;
  readonly placedBy: string;
  /** ISO 8601 UTC. */
  readonly placedAt: string;
  readonly lifted?: { readonly by: string; readonly at: string };
}

/**
 * GET /api/holds — partnerships only. Active holds first, then lifted ones; `services` are the directory's, for
 * choosing what to hold. POST /api/holds takes a `PlaceHold` and answers 201 with the `HoldView`; POST
 * /api/holds/:id/lift answers 200 with it. Refusals: 400 (bad body), 422 (covers nothing, a bad reference), 404
 * (no such hold), 409 (lifted already), each `{error}` with the sentence.
 */
export interface HoldsPage {
  readonly holds: readonly HoldView[];
  readonly services: readonly { readonly id: string; readonly name: string }[];
}

/** POST /api/holds: what to hold (a person by e-mail or aadObjectId) and the instruction's reference. */
export interface PlaceHold {
  readonly kind: HoldView['kind'];
  readonly id: string;
  readonly reason: string;
}
