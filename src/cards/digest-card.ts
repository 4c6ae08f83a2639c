import { Template } from 'adaptivecards-templating';
import digestTemplate from '../../adaptive-cards/digest.json';
import type { Digest } from '../nudges/digest';
import { formatDay, formatMoment } from '../kernel/london';
import { cardActivity } from './card-activity';
import { escapeMarkdown } from './escape';

const template = new Template(digestTemplate);

/** The weekly digest card: everything open, by heading; it is updated in place through the week. */
export function renderDigest(
  digest: Digest,
  now: Date,
): { summary: string; activity: Record<string, unknown> } {
  const heading = `Weekly digest: week of ${formatDay(digest.weekOf)}`;
  const card = template.expand({
    $root: {
      heading,
      asOf: `Everything open as of ${formatMoment(now.toISOString())}. This card updates itself through the week.`,
      sections: digest.sections.map((s) => ({ title: s.title, lines: s.lines.map(escapeMarkdown) })),
    },
  }) as object;
  return {
    summary: heading,
    activity: cardActivity(card),
  };
}
