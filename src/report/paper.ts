import type { Column, Period } from './types';

/** A paragraph of the paper; a placeholder is text the officer has still to write, shown as such. */
export interface Paragraph {
  readonly text: string;
  readonly placeholder?: boolean;
  /** A quotation (the Laming recommendation): indented, italic and not numbered. */
  readonly quote?: boolean;
}

/** A theme in a column: its title and its points (sub-bullets in the paper). */
export interface PaperTheme {
  readonly title: string;
  readonly points: readonly string[];
}

/** One heading of section 7. */
export interface PaperService {
  readonly heading: string;
  /** The paper prints `visitsLabel` before it. */
  readonly visitsSentence: string;
  readonly columns: Readonly<Record<Column, readonly PaperTheme[]>>;
  /** Comments from the Head of Service: by whom (when several responders), then their points. */
  readonly comments: readonly { readonly by?: string; readonly points: readonly string[] }[];
  /** "Actions from visits", after the comments. */
  readonly actions: PaperActions;
}

/** A heading's actions from its visits in the period: decided ones by status, then the proposals left. */
export interface PaperActions {
  /** "Agreed", "Open (in progress)", "Done", "Declined", those with any: a line per action. */
  readonly groups: readonly { readonly title: string; readonly lines: readonly string[] }[];
  /** Proposals no one has decided yet: a sentence counting them, and their text when there are few. */
  readonly proposed?: { readonly sentence: string; readonly lines: readonly string[] };
}

/** A row of the appendix's table of all actions in the period. */
export interface ActionRow {
  readonly service: string;
  readonly visitDate: string;
  readonly action: string;
  readonly status: string;
  readonly owner: string;
  readonly target: string;
  /** Why it was declined, or the latest note on it. */
  readonly note: string;
}

/** A numbered section (1–8) of the committee paper. */
export interface PaperSection {
  readonly number: number;
  readonly title: string;
  readonly paragraphs: readonly Paragraph[];
}

/**
 * The committee paper, final text only: what the .docx writer lays out. Sections 1–6 and 8 are paragraphs
 * (section 6 also lists the intake teams); section 7 is the themes per service.
 */
export interface CommitteePaper {
  readonly title: string;
  readonly period: Period;
  /** "Number of visits in last 12 months:" for a municipal year, else "Number of visits in the period:". */
  readonly visitsLabel: string;
  readonly titleBlock: readonly { readonly label: string; readonly value: Paragraph }[];
  /** Sections 1–6, in order. */
  readonly before: readonly PaperSection[];
  /** The intake teams listed in the background (section 6). */
  readonly intakeTeams: readonly string[];
  /** Section 7's opening paragraph(s), then each heading. */
  readonly themes: {
    readonly introduction: readonly Paragraph[];
    readonly services: readonly PaperService[];
  };
  /** Section 8 (and any after it). */
  readonly after: readonly PaperSection[];
  /** The appendix: every action from the period's visits. */
  readonly actions: readonly ActionRow[];
}
