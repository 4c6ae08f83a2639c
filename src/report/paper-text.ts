import type { Period } from './types';
import type { FreeSection } from './types';

/** The paper's title. */
export const PAPER_TITLE = 'Councillor Frontline Visits Annual Report';

/** The Laming quotation the background cites. */
export const LAMING =
  '“Arrangements must be made for senior managers and councillors to regularly visit intake teams in the ' +
  "Children's services department and to report their findings to the Chief Executive and Social Services " +
  'Committee” (para 5.193).';

/**
 * What each free section says until the officer writes it. Text in brackets is a placeholder: the paper marks
 * it for the officer; the rest is the standard wording committee papers use, which the officer may change.
 */
export function defaultSections(period: Period): Record<FreeSection, string> {
  return {
    committee: '[Committee name]',
    meetingDate: '[Date of meeting]',
    reportOf: '[Report of: name and title]',
    reference: '[Report reference]',
    wards: 'All',
    executiveSummary: '[Executive summary: what the visits found this year, in two or three paragraphs.]',
    recommendations:
      'The committee is asked to note the contents of the report and approve the continuation of councillor ' +
      'frontline visits and the process associated with them.\n[Further recommendations, if any.]',
    reasons:
      'It is important for the committee to have an overview of the issues affecting frontline social work ' +
      'teams.\nIt is important for committee members in discharging their duties to hear, first-hand, the ' +
      'successes, challenges and opportunities that frontline practitioners experience.',
    otherOptions:
      'There is the option for members not to visit the frontline, and instead to receive reports from ' +
      'officers and independent reports, e.g., peer reviews. However, this would not provide members with ' +
      'direct contact with frontline practitioners and managers.',
    themesIntroduction:
      `A summary of the themes from frontline visits during the period ${period.label} is set out below.\n` +
      '[Any observation across all visits.]',
    implications:
      'Legal: there are no specific legal implications, but the programme of visits demonstrates the ' +
      "council's adherence to good practice. Members undertaking visits should complete or refresh GDPR " +
      'training.\nFinance: there are no financial implications of this report.\n[Policy, equality, human ' +
      'resources, risk management and other implications.]',
  };
}

/** Free text is a placeholder while it is wholly in brackets. */
export const isPlaceholder = (text: string): boolean => /^\[[^\]]*\]$/.test(text.trim());
