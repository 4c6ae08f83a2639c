import { Template } from 'adaptivecards-templating';
import summaryTemplate from '../../adaptive-cards/report-summary.json';
import { awaitedNote, type HeadingSummary } from '../report/summary';
import { escapeMarkdown } from './escape';

const template = new Template(summaryTemplate);

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The `report` command's card: the period's visits, feedback awaited, themes and points per heading. */
export function renderReportSummary(input: {
  periodLabel: string;
  periodKey: string;
  headings: readonly HeadingSummary[];
  personal: boolean;
}): object {
  const visits = input.headings.reduce((sum, h) => sum + h.visits, 0);
  const awaited = input.headings.reduce((sum, h) => sum + h.feedbackAwaited, 0);
  const points = input.headings.reduce((sum, h) => sum + h.points, 0);
  const totals =
    visits === 0
      ? 'No visits were submitted in this period: the paper will say so under each service.'
      : `${plural(visits, 'visit')}, ${awaited} awaiting feedback, ${plural(points, 'point')} drafted into themes.`;
  return template.expand({
    $root: {
      period: escapeMarkdown(input.periodLabel),
      totals,
      headings: input.headings.map((h) => ({
        heading: escapeMarkdown(h.heading),
        figures:
          `${plural(h.visits, 'visit')}` +
          awaitedNote(h) +
          ` · ${plural(h.themes, 'theme')} · ${plural(h.points, 'point')}`,
      })),
      next: input.personal
        ? 'The Word paper follows: choose Allow to save it to your OneDrive.'
        : // Everyone in the channel reads this: the way to the paper in Teams, not a server's command line.
          `Type **report ${input.periodKey}** to me in a personal chat for the Word paper ` +
          '(open Frontline Visits from the Teams app bar).',
    },
  }) as object;
}
