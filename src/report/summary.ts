import { COLUMNS, type ReportDraft, type ReportFindings } from './types';

/** A heading's figures, as the bot's summary card and the command line show them. */
export interface HeadingSummary {
  readonly heading: string;
  readonly visits: number;
  readonly feedbackAwaited: number;
  /** Of those, visits held on the rota's word whose form is not in yet. */
  readonly formAwaited: number;
  readonly themes: number;
  readonly points: number;
}

/** The period's figures per heading: visits, feedback awaited, and the draft's themes and points (or the proposal's). */
export function summarise(findings: ReportFindings, draft: Pick<ReportDraft, 'services'>): HeadingSummary[] {
  return findings.services.map((s) => {
    const own = draft.services.find((d) => d.heading === s.group.heading);
    const themes = COLUMNS.flatMap((c) => own?.columns[c] ?? []).filter((t) => t.points.length > 0);
    return {
      heading: s.group.heading,
      visits: s.visits.length,
      feedbackAwaited: s.visits.filter((v) => v.feedbackAwaited && !v.formAwaited).length,
      formAwaited: s.visits.filter((v) => v.formAwaited).length,
      themes: themes.length,
      points: themes.reduce((sum, t) => sum + t.points.length, 0),
    };
  });
}

/** " (1 awaiting feedback, 1 form awaited)" after a heading's visits, or "" when nothing is awaited. */
export function awaitedNote(h: Pick<HeadingSummary, 'feedbackAwaited' | 'formAwaited'>): string {
  const parts = [
    ...(h.feedbackAwaited ? [`${h.feedbackAwaited} awaiting feedback`] : []),
    ...(h.formAwaited ? [`${h.formAwaited} form${h.formAwaited === 1 ? '' : 's'} awaited`] : []),
  ];
  return parts.length ? ` (${parts.join(', ')})` : '';
}
