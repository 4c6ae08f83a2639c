import type { Day } from '../kernel/london';

/** The report's three columns, in the paper's order: the Signs of Safety lenses. */
export const COLUMNS = ['working-well', 'worries', 'next-steps'] as const;
export type Column = (typeof COLUMNS)[number];

/** The column headings as the committee paper prints them. */
export const COLUMN_TITLES: Readonly<Record<Column, string>> = {
  'working-well': "What's working well?",
  worries: 'What are we worried about?',
  'next-steps': 'What needs to happen / next steps',
};

/** The days a report covers, first and last included. `key` names it in commands, URLs and storage. */
export interface Period {
  /** "2025-26" for a municipal year, else "2025-05-01..2025-12-31". */
  readonly key: string;
  readonly from: Day;
  readonly to: Day;
  /** As the paper writes it: "1 April 2025 to 31 March 2026". */
  readonly label: string;
}

/** One responder's written response, as the report quotes it. */
export interface ReportResponse {
  readonly name: string;
  readonly title?: string;
  readonly text: string;
  readonly at: string;
}

/**
 * A submitted visit with everything the report reads of it: kept in a report index (one row per visit, by the
 * visit's month) so that a period's report is one range read, not a read per visit.
 */
export interface ReportVisit {
  readonly visitId: string;
  readonly serviceId: string;
  readonly serviceName: string;
  readonly date: Day;
  readonly councillorNames: readonly string[];
  readonly formKey: string;
  readonly submittedAt: string;
  /** Each answered step's text, by step id ("outcomes.working-well", "comments", ...). */
  readonly answers: Readonly<Record<string, string>>;
  readonly responderNames: readonly string[];
  readonly responses: readonly ReportResponse[];
  /** Every named responder has responded. */
  readonly complete: boolean;
  /** Grows with every change to the visit (answers, responses): an older copy never overwrites a newer. */
  readonly version: number;
}

/** One point of a column: a line, bullet or sentence of an answer, with the visit it came from. */
export interface SourcePoint {
  /** Stable across refreshes: derived from the visit, the step and the point's text. */
  readonly id: string;
  readonly text: string;
  readonly column: Column;
  readonly visitId: string;
  readonly stepId: string;
}

/** A heading of the paper's section 7: one service, or several that share a heading (the CIN/CP teams). */
export interface ServiceGroup {
  readonly heading: string;
  readonly serviceIds: readonly string[];
  /** The services' full names, in the same order. */
  readonly serviceNames: readonly string[];
}

/** What the stored visits say about one heading in a period, before the officer's edits. */
export interface ServiceFindings {
  readonly group: ServiceGroup;
  /** "two visits have taken place; one in August 2022 and another in January 2023." */
  readonly visitsSentence: string;
  readonly visits: readonly {
    readonly visitId: string;
    readonly serviceName: string;
    readonly date: Day;
    readonly councillorNames: readonly string[];
    readonly feedbackAwaited: boolean;
    /** Booked for a day that has passed, with no form submitted yet: `visitId` is the booking's. */
    readonly formAwaited?: boolean;
  }[];
  readonly points: readonly SourcePoint[];
  /** "Comments from the Head of Service": each response, oldest visit first. */
  readonly comments: readonly (ReportResponse & { readonly visitId: string })[];
}

/** Everything the stored visits say for a period: the input to drafting. */
export interface ReportFindings {
  readonly period: Period;
  readonly services: readonly ServiceFindings[];
  /** The newest change to any visit in the period, to tell whether a draft has seen it. */
  readonly latestVersion: string;
}

/** A point in the officer's draft: the source's words until reworded. */
export interface DraftPoint {
  readonly id: string;
  readonly text: string;
  readonly visitId: string;
  /** Added by the latest refresh and not yet touched by the officer. */
  readonly isNew?: boolean;
  /** Its answer was changed or removed after it was drafted: the officer should check it. */
  readonly sourceGone?: boolean;
}

export interface DraftTheme {
  readonly id: string;
  readonly title: string;
  readonly points: readonly DraftPoint[];
}

/** One heading's draft: themes per column, the points the officer dropped (so a refresh does not bring them back). */
export interface ServiceDraft {
  readonly heading: string;
  readonly columns: Readonly<Record<Column, readonly DraftTheme[]>>;
  /** Kept whole, as the officer last worded them, so that restoring one needs nothing but the draft. */
  readonly dropped: readonly DraftPoint[];
  readonly etag: string;
}

/** The paper's title block and free sections, as the officer writes them. Empty means "placeholder". */
export const FREE_SECTIONS = [
  'committee',
  'meetingDate',
  'reportOf',
  'reference',
  'wards',
  'executiveSummary',
  'recommendations',
  'reasons',
  'otherOptions',
  'themesIntroduction',
  'implications',
] as const;
export type FreeSection = (typeof FREE_SECTIONS)[number];

export interface DraftSections {
  readonly text: Readonly<Partial<Record<FreeSection, string>>>;
  readonly etag: string;
}

/** Who changed the draft, when and how. */
export interface DraftChange {
  readonly at: string;
  readonly by: string;
  readonly byName: string;
  /** A short description: "renamed theme “Team capacity” to “Capacity”". Never a whole answer. */
  readonly what: string;
}

/** The officer's draft of a period's report. */
export interface ReportDraft {
  readonly periodKey: string;
  readonly sections: DraftSections;
  readonly services: readonly ServiceDraft[];
  /** The findings' latestVersion when the draft was last refreshed, and that row's ETag. */
  readonly refreshedVersion: string;
  readonly refreshedEtag: string;
}
