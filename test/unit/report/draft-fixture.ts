import { draftService } from '../../../src/report/draft';
import { pointsOf } from '../../../src/report/points';
import {
  COLUMNS,
  type DraftTheme,
  type ReportDraft,
  type ReportFindings,
  type ReportVisit,
  type ServiceDraft,
  type ServiceFindings,
} from '../../../src/report/types';

export const CHECS = 'Cheshire East Consultation Service (ChECS)';
export const CWD = 'Children with Disabilities Social Work Team';

/** Signs of Safety steps are "area.lens": the lens is the column. */
export const lensColumn = (stepId: string) => COLUMNS.find((c) => stepId.endsWith(`.${c}`));

/** A submitted visit with the given answers, the rest as the report index holds it. */
export function visit(visitId: string, answers: Record<string, string>, date = '2022-08-10'): ReportVisit {
  return {
    visitId,
    serviceId: 'checs',
    serviceName: CHECS,
    date,
    councillorNames: ['Cllr A Example'],
    formKey: 'signs-of-safety@2',
    submittedAt: `${date}T16:00:00.000Z`,
    answers,
    responderNames: [],
    responses: [],
    complete: true,
    version: 1,
  };
}

/** ChECS in August 2022, in the councillors' words as the paper quotes them. */
export const AUGUST = visit('v-checs-aug', {
  'support.working-well':
    '• Teamwork – the team work well together as a unit and across agencies\n' +
    '  - wide range of experience\n  - good working relationships\n' +
    '• Team morale has improved since the summer',
  'support.worries':
    '- workloads are high\n- limited ability to access training\n' +
    '- reliance on partners who are not always able to meet timescales for information\n' +
    '- impact for workers – concerns about fuel/energy costs',
  'support.next-steps':
    'Additional capacity would help to improve outcomes. Plans to manage the increasing pressure of the ' +
    'cost-of-living crisis and mitigate its impact.\n' +
    'Councillors to visit again in the spring. The service manager will report back.',
  comments: 'Thank you for a warm welcome.',
});

/** ChECS in January 2023. */
export const JANUARY = visit(
  'v-checs-jan',
  {
    'outcomes.worries':
      'Increase in mental health issues for families since COVID-19.\n' +
      'caseloads are high and team consistently busy\nLiquid Logic and connectivity issues',
  },
  '2023-01-18',
);

/** One heading's findings from the given visits. */
export function findingsOf(heading: string, ...visits: ReportVisit[]): ServiceFindings {
  return {
    group: { heading, serviceIds: ['checs'], serviceNames: [heading] },
    visitsSentence: `${visits.length} visits have taken place.`,
    visits: [],
    points: visits.flatMap((v) => pointsOf(v, lensColumn)),
    comments: [],
  };
}

/** A period's findings over the given headings. */
export function reportFindings(latestVersion: string, ...services: ServiceFindings[]): ReportFindings {
  const period = {
    key: '2022-23',
    from: '2022-04-01',
    to: '2023-03-31',
    label: '1 April 2022 to 31 March 2023',
  };
  return { period, services, latestVersion };
}

/** A stored draft of the given headings' findings. */
export function reportDraft(...findings: ServiceFindings[]): ReportDraft {
  return {
    periodKey: '2022-23',
    sections: { text: {}, etag: 'sections-1' },
    services: findings.map((f, i): ServiceDraft => ({ ...draftService(f), etag: `row-${i + 1}` })),
    refreshedVersion: 'v1',
    refreshedEtag: 'refreshed-1',
  };
}

/** A column as titles and point texts, to compare whole columns at a glance. */
export const outline = (themes: readonly DraftTheme[]): [string, string[]][] =>
  themes.map((t) => [t.title, t.points.map((p) => p.text)]);

/** The heading's draft in a report draft. */
export const serviceOf = (draft: ReportDraft, heading = CHECS): ServiceDraft =>
  draft.services.find((s) => s.heading === heading)!;

/** The draft point whose text starts so. */
export function pointStarting(service: ServiceDraft, start: string) {
  const found = COLUMNS.flatMap((c) => service.columns[c].flatMap((t) => t.points)).find((p) =>
    p.text.startsWith(start),
  );
  if (!found) throw new Error(`no point starting "${start}"`);
  return found;
}
