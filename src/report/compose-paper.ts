import type { Action } from '../actions/types';
import { draftService } from './draft';
import { list } from './period';
import type { CommitteePaper, Paragraph, PaperService, PaperSection, PaperTheme } from './paper';
import { actionRows, headingActions } from './paper-actions';
import { defaultSections, isPlaceholder, LAMING, PAPER_TITLE } from './paper-text';
import { type Column, type FreeSection, type ReportDraft, type ReportFindings } from './types';

/**
 * The final paper: the findings' facts, the officer's draft of the themes and free sections, defaults elsewhere,
 * and the actions of the period's visits (decided or still proposed) under each heading and in the appendix.
 */
export function composePaper(
  findings: ReportFindings,
  draft: ReportDraft,
  actions: readonly Action[] = [],
): CommitteePaper {
  const { period } = findings;
  const defaults = defaultSections(period);
  const text = (section: FreeSection): string => draft.sections.text[section]?.trim() || defaults[section];
  const paragraphs = (section: FreeSection): Paragraph[] =>
    text(section)
      .split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => (isPlaceholder(line) ? { text: line, placeholder: true } : { text: line }));
  const headings = findings.services.map((s) => s.group.heading);
  const section = (number: number, title: string, body: Paragraph[]): PaperSection => ({
    number,
    title,
    paragraphs: body,
  });
  return {
    title: PAPER_TITLE,
    period,
    visitsLabel: /^\d{4}-\d{2}$/.test(period.key)
      ? 'Number of visits in last 12 months:'
      : 'Number of visits in the period:',
    titleBlock: [
      { label: 'Committee', value: one(text('committee')) },
      { label: 'Date of Meeting', value: one(text('meetingDate')) },
      { label: 'Report Title', value: { text: PAPER_TITLE } },
      { label: 'Report of', value: one(text('reportOf')) },
      { label: 'Report Reference No', value: one(text('reference')) },
      { label: 'Ward(s) Affected', value: one(text('wards')) },
    ],
    before: [
      section(1, 'Purpose of Report', [
        {
          text:
            'This report provides an update to committee on the themes, strengths and issues raised through ' +
            `councillor frontline visits to ${list(headings)} over the period ${period.label}.`,
        },
      ]),
      section(2, 'Executive Summary', paragraphs('executiveSummary')),
      section(3, 'Recommendations', paragraphs('recommendations')),
      section(4, 'Reasons for Recommendations', paragraphs('reasons')),
      section(5, 'Other Options Considered', paragraphs('otherOptions')),
      section(6, 'Background', [
        {
          text:
            "Lord Laming's Inquiry into the death of Victoria Climbié resulted in a range of recommendations. " +
            'One of these (Social Care Recommendation 41) states that:',
        },
        { text: LAMING, quote: true },
        {
          text:
            'This recommendation remains best practice and is still considered as part of any Ofsted ' +
            "inspection. Our 'intake teams' (the teams that deal with new referrals) are the:",
        },
      ]),
    ],
    intakeTeams: findings.services.flatMap((s) => s.group.serviceNames),
    themes: { introduction: paragraphs('themesIntroduction'), services: services(findings, draft, actions) },
    after: [section(8, 'Implications', paragraphs('implications'))],
    actions: actionRows(
      findings.services.map((s) => s.group),
      actions,
    ),
  };
}

function services(findings: ReportFindings, draft: ReportDraft, actions: readonly Action[]): PaperService[] {
  return findings.services.map((found) => {
    // A heading new since the last refresh (a service regrouped in the directory) shows the proposal until then.
    const own = draft.services.find((s) => s.heading === found.group.heading) ?? draftService(found);
    const column = (which: Column): PaperTheme[] =>
      (own?.columns[which] ?? [])
        .map((theme) => ({ title: theme.title, points: theme.points.map((p) => p.text) }))
        .filter((theme) => theme.points.length > 0);
    const columns = {
      'working-well': column('working-well'),
      worries: column('worries'),
      'next-steps': column('next-steps'),
    };
    const responders = new Set(found.comments.map((c) => c.name));
    const byResponder = [...responders].map((name) => {
      const theirs = found.comments.filter((c) => c.name === name);
      const title = theirs[0]?.title;
      return {
        ...(responders.size > 1 ? { by: title ? `${name}, ${title}` : name } : {}),
        points: theirs.flatMap((c) => linesOf(c.text)),
      };
    });
    return {
      heading: found.group.heading,
      visitsSentence: found.visitsSentence,
      columns,
      comments: byResponder,
      actions: headingActions(found.group, actions),
    };
  });
}

/** A response's paragraphs, bullet marks dropped: the paper quotes heads of service paragraph by paragraph. */
const linesOf = (text: string): string[] =>
  text
    .split(/\n+/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter(Boolean);

const one = (text: string): Paragraph => (isPlaceholder(text) ? { text, placeholder: true } : { text });
