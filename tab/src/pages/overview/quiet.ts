import type { ServiceLine } from '../../../../src/http/overview-types';
import { formatMoment } from '../../format/dates';

/** "Snoozed by Sam Okafor until Tue 3 Nov 2026 at 09:00", or "Marked handled by Sam Okafor". */
export function quietText(quiet: NonNullable<ServiceLine['quiet']>): string {
  if (quiet.handled) return `Marked handled by ${quiet.by}`;
  return quiet.until ? `Snoozed by ${quiet.by} until ${formatMoment(quiet.until)}` : `Snoozed by ${quiet.by}`;
}
