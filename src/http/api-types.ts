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
