import type { Person, Service } from '../../../src/directory/types';
import type { Booking, BookingEvent } from '../../../src/rota/types';
import { municipalYear } from '../../../src/report/period';
import { buildFindings } from '../../../src/report/findings';
import { loadForms } from '../../../src/visits/forms';
import type { ReportResponse, ReportVisit } from '../../../src/report/types';

/**
 * The visits behind section 7 of the 2022-23 annual report (the seed paper), as the report index would hold them:
 * ChECS twice, the CWD social work team (once in the year, once just before it), the short breaks team three
 * times, and the two CIN/CP teams under one heading, with a visit to Crewe booked for April 2023.
 */
export const PERIOD = municipalYear(2022);
/** The officer drafts the paper in April 2023. */
export const TODAY = '2023-04-12';

export const CHECS = 'Cheshire East Consultation Service (ChECS)';
export const CWD = 'Children with Disabilities Social Work Team';
export const SHORT_BREAKS = 'Children with Disabilities Short Breaks Team';
export const CIN_CP = 'Child in Need / Child Protection (CIN/CP)';

export const SERVICES: readonly Service[] = [
  { id: 'checs', name: CHECS, cadenceMonths: 5, responderIds: ['ruth'], order: 0 },
  {
    id: 'cin-cp-macclesfield',
    name: 'Child in Need / Child Protection, Macclesfield',
    cadenceMonths: 5,
    responderIds: ['dana', 'chris'],
    order: 1,
    reportHeading: CIN_CP,
  },
  { id: 'cwd-social-work', name: CWD, cadenceMonths: 5, responderIds: ['ruth'], order: 2 },
  { id: 'cwd-short-breaks', name: SHORT_BREAKS, cadenceMonths: 5, responderIds: ['ruth'], order: 3 },
  {
    id: 'cin-cp-crewe',
    name: 'Child in Need / Child Protection, Crewe',
    cadenceMonths: 5,
    responderIds: ['dana'],
    order: 4,
    reportHeading: CIN_CP,
  },
];

export const SAM: Person = {
  aadObjectId: '00000000-0000-4000-8000-000000000301',
  name: 'Sam Okafor',
  email: 'sam.okafor@council.example',
  role: 'partnerships',
  title: 'Partnerships Officer',
};

export const RUTH = {
  name: 'Ruth Ellison',
  title: 'Head of Service, Consultation and Children with Disabilities',
};
export const DANA = { name: 'Dana Whitfield', title: 'Head of Service, Child in Need and Child Protection' };
export const CHRIS = { name: 'Chris Doyle', title: "Director of Children's Social Care" };

export const response = (
  who: { name: string; title?: string },
  text: string,
  at = '2023-02-01T10:00:00.000Z',
): ReportResponse => ({ ...who, text, at });

/** A submitted visit as the report index holds it; complete (responded) unless told otherwise. */
export function reportVisit(
  fields: Pick<ReportVisit, 'visitId' | 'serviceId' | 'date' | 'answers'> & Partial<ReportVisit>,
): ReportVisit {
  const service = SERVICES.find((s) => s.id === fields.serviceId);
  return {
    serviceName: service?.name ?? fields.serviceId,
    councillorNames: ['Cllr Alex Morgan', 'Cllr Priya Shah'],
    formKey: 'signs-of-safety@2',
    submittedAt: `${fields.date}T16:00:00.000Z`,
    responderNames: [],
    responses: [],
    complete: true,
    version: 1,
    ...fields,
  };
}

export const CHECS_AUGUST = reportVisit({
  visitId: 'v-checs-2022-08',
  serviceId: 'checs',
  date: '2022-08-10',
  answers: {
    // In the order a person might have saved them: the report reads them in the form's order.
    comments: 'Thank you for a warm welcome.',
    'other.next-steps':
      'Plans to manage the increasing pressure of the cost-of-living crisis and mitigate its impact.',
    covid: 'Increase in mental health issues for families since COVID-19.',
    'support.worries': '- workloads are high\n- limited ability to access training',
    staff: 'Service manager, two team managers and four social workers.',
    'outcomes.working-well':
      'Teamwork – the team work well together as a unit and across agencies\n' +
      '- wide range of experience\n- good working relationships',
  },
  responderNames: [RUTH.name],
  responses: [
    response(
      RUTH,
      '- The cost-of-living crisis is a worry for us all and a challenge for our children and families.\n' +
        '- We have been successful as a council in our bid to develop the Family Hub Model in Cheshire East.',
      '2022-09-01T10:00:00.000Z',
    ),
  ],
});

export const CHECS_JANUARY = reportVisit({
  visitId: 'v-checs-2023-01',
  serviceId: 'checs',
  date: '2023-01-18',
  answers: {
    'outcomes.worries': 'Liquid Logic and connectivity issues',
    'outcomes.next-steps': 'Further investigation into Liquid Logic issues',
  },
  responderNames: [RUTH.name],
  responses: [response(RUTH, 'ChECS have been working especially hard since the JTAI inspection.')],
});

/** The end of March 2022: the paper counted it, but it is before the 2022-23 period. */
export const CWD_MARCH_2022 = reportVisit({
  visitId: 'v-cwd-2022-03',
  serviceId: 'cwd-social-work',
  date: '2022-03-29',
  answers: { 'support.worries': 'laptops are small, the screen is not ergonomically suitable' },
});

/** The free-text notes form: points are sorted by their cue words, the conclusion goes to next steps. */
export const CWD_FEBRUARY = reportVisit({
  visitId: 'v-cwd-2023-02',
  serviceId: 'cwd-social-work',
  date: '2023-02-15',
  formKey: 'visit-notes@1',
  answers: {
    conclusion: 'A positive visit: improved technology such as iPads would better support home visits.',
    'staff.notes':
      'The team is small, covers a large area and caseloads remain higher than desirable.\n' +
      'Training should be more tailored to the specific roles of the team.',
    'managers.notes': 'The team are proud of the Early Help Individual Payments process.',
  },
  responderNames: [RUTH.name],
  responses: [response(RUTH, 'As a directorate we are working on our recruitment strategy.')],
});

export const SHORT_BREAKS_VISITS = [
  reportVisit({
    visitId: 'v-sb-2022-05',
    serviceId: 'cwd-short-breaks',
    date: '2022-05-12',
    answers: { 'outcomes.working-well': 'Feedback from parents and children is very positive' },
  }),
  reportVisit({
    visitId: 'v-sb-2022-11',
    serviceId: 'cwd-short-breaks',
    date: '2022-11-09',
    answers: { 'support.worries': 'shortage of PAs – impact on packages of support' },
  }),
  reportVisit({
    visitId: 'v-sb-2023-03',
    serviceId: 'cwd-short-breaks',
    date: '2023-03-28',
    answers: { 'support.next-steps': 'Review impact of car user mileage rates.' },
    complete: false,
  }),
];

export const CIN_CP_VISITS = [
  reportVisit({
    visitId: 'v-mac-2022-04',
    serviceId: 'cin-cp-macclesfield',
    date: '2022-04-20',
    answers: { 'outcomes.working-well': 'continuity of social worker builds relationships with families' },
  }),
  reportVisit({
    visitId: 'v-crewe-2022-06',
    serviceId: 'cin-cp-crewe',
    date: '2022-06-15',
    answers: { 'support.worries': 'concerns about the working environment' },
  }),
  reportVisit({
    visitId: 'v-mac-2022-11',
    serviceId: 'cin-cp-macclesfield',
    date: '2022-11-16',
    answers: { 'support.worries': 'caseloads remain high and staff shortages do impact' },
    responderNames: [DANA.name, CHRIS.name],
    responses: [
      response(DANA, '• Our workforce is our greatest resource.\n\n• Retention of staff is a real positive.'),
      response(CHRIS, '1. Recruitment continues to be a focus.'),
    ],
  }),
  reportVisit({
    visitId: 'v-crewe-2023-01',
    serviceId: 'cin-cp-crewe',
    date: '2023-01-25',
    answers: { 'other.next-steps': 'consideration/revision of car allowance scheme and mileage costs' },
    responderNames: [DANA.name],
    responses: [response(DANA, 'The comments made regarding morale in Crewe were noted.')],
  }),
  reportVisit({
    visitId: 'v-mac-2023-03',
    serviceId: 'cin-cp-macclesfield',
    date: '2023-03-22',
    answers: { 'outcomes.worries': 'increase in demand for mental health support for young people' },
    complete: false,
  }),
];

export const VISITS: readonly ReportVisit[] = [
  CHECS_AUGUST,
  CHECS_JANUARY,
  CWD_MARCH_2022,
  CWD_FEBRUARY,
  ...SHORT_BREAKS_VISITS,
  ...CIN_CP_VISITS,
];

/** A rota booking; its history starts with the booking. */
export function booking(
  id: string,
  serviceId: string,
  day: string,
  more: { status?: Booking['status']; history?: BookingEvent[] } = {},
): Booking {
  return {
    id,
    serviceId,
    day,
    time: '10:00',
    councillorIds: ['alex'],
    status: more.status ?? 'booked',
    history: [
      {
        at: '2022-03-01T09:00:00.000Z',
        by: SAM.aadObjectId,
        byName: SAM.name,
        what: `booked for ${day} 10:00`,
      },
      ...(more.history ?? []),
    ],
    etag: `etag-${id}`,
  };
}

/** A move of a booking away from `fromDay`, as the rota records it. */
export const moved = (fromDay: string, toDay: string, reason: string): BookingEvent => ({
  at: '2022-08-01T09:00:00.000Z',
  by: SAM.aadObjectId,
  byName: SAM.name,
  what: `moved from ${fromDay} 10:00 to ${toDay} 10:00`,
  reason,
  from: { day: fromDay, time: '10:00' },
});

export const cancelled = (reason?: string): BookingEvent => ({
  at: '2022-08-01T09:00:00.000Z',
  by: SAM.aadObjectId,
  byName: SAM.name,
  what: 'cancelled',
  ...(reason ? { reason } : {}),
});

export const BOOKINGS: readonly Booking[] = [
  // The CWD social work team's meetings were moved twice, for sickness and for a councillor.
  booking('b-cwd-1', 'cwd-social-work', '2022-10-03', {
    history: [moved('2022-09-12', '2022-10-03', 'sickness in the service')],
  }),
  booking('b-cwd-2', 'cwd-social-work', '2022-12-05', {
    history: [moved('2022-11-07', '2022-12-05', 'councillor availability')],
  }),
  // The next visit to Crewe, after the period.
  booking('b-crewe-2023-04', 'cin-cp-crewe', '2023-04-19'),
];

/** What buildFindings makes of the fixture: the shared starting point of the paper's tests. */
export const SECTION7_FINDINGS = buildFindings({
  period: PERIOD,
  today: TODAY,
  services: SERVICES,
  visits: VISITS,
  bookings: BOOKINGS,
  forms: loadForms(),
});
