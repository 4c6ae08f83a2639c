import type { ActionRow, CommitteePaper, PaperTheme } from '../../src/report/paper';

const theme = (title: string, ...points: string[]): PaperTheme => ({ title, points });

const row = (
  service: string,
  visitDate: string,
  action: string,
  status: string,
  owner = '',
  target = '',
  note = '',
): ActionRow => ({ service, visitDate, action, status, owner, target, note });

/** The appendix: long enough to run over a page, so its header row repeats. */
const ACTION_ROWS: ActionRow[] = [
  row(
    'Northfield Consultation Service',
    '9 July 2024',
    'Advertise both vacant posts',
    'Agreed',
    'Head of Service',
    'May 2025',
  ),
  row(
    'Northfield Consultation Service',
    '9 July 2024',
    'Protect training days in the rota',
    'Done',
    'Training & Development',
    'March 2025',
    'Two days a quarter are now blocked out for every worker',
  ),
  ...Array.from({ length: 24 }, (_, i) =>
    row(
      'Northfield Consultation Service',
      '14 January 2025',
      `Proposal ${i + 1}: review how referrals from schools are screened at the front door`,
      'Proposed',
    ),
  ),
  row(
    'Child in Need and Child Protection Service in Riverside',
    '20 May 2024',
    'Agree a protocol for conference attendance with the police',
    'In progress',
    'Priya Shah',
    'June 2025',
    'First draft with the police’s safeguarding lead',
  ),
  row(
    'Child in Need and Child Protection Service in Eastgate',
    '11 June 2024',
    'A second office in Eastgate',
    'Declined',
    '',
    '',
    'No budget this year',
  ),
  row(
    'Child in Need and Child Protection Service in Eastgate',
    '3 February 2025',
    'a rolling advert for experienced social workers',
    'Proposed',
  ),
];

/** The CIN/CP "worries" column: long enough that the table runs over a page and its header row repeats. */
const LONG_WORRIES: PaperTheme[] = [
  theme(
    'Team capacity',
    'caseloads remain high in both offices and vacancies take months to fill',
    'newly qualified social workers carry protected caseloads, which shifts work to experienced colleagues',
    'agency cover has reduced but is still needed over the summer holidays',
    'court work has increased & care proceedings are taking longer to conclude',
    'handing over tasks to other agencies can be slow when they are under pressure too',
  ),
  theme(
    'Supporting families',
    'more families are presenting with debt, rent arrears and food poverty',
    'waiting times for child and adolescent mental health services are > 18 weeks in some areas',
    'a shortage of local foster placements means some children are placed out of the borough',
    'domestic abuse referrals rose over the winter and outreach capacity is limited',
    'parents with learning needs need more time and accessible written plans',
    'families moving between boroughs lose continuity of support',
  ),
  theme(
    'Working arrangements',
    'time to complete recording & admin tasks, with some duplication between systems',
    'the case management system is slow at busy times and sometimes logs users out',
    'laptops are heavy to carry on home visits and batteries run down by mid-afternoon',
    'the Riverside office is cold in winter and there are too few quiet rooms for calls',
    'mileage rates have not kept pace with fuel prices',
    'hybrid working makes informal learning from colleagues harder for new starters',
  ),
  theme(
    'Partnership working',
    'schools are not always able to attend strategy discussions at short notice',
    'health information for child protection conferences sometimes arrives late',
    'police attendance at conferences varies between the two localities',
    'thresholds for early help are understood differently by some partners',
  ),
  theme(
    'Practice concerns',
    'children’s views are not always recorded in their own words',
    'plans for children with complex needs can become long and hard for families to follow',
    'step-down to early help sometimes happens before support is ready to start',
    'the quality of chronologies varies between teams',
    'some plans have actions for “the family” rather than named people',
  ),
];

/** A realistic invented committee paper: every kind of content the .docx writer lays out. */
export const PAPER_FIXTURE: CommitteePaper = {
  title: 'Councillor Frontline Visits Annual Report',
  period: { key: '2024-25', from: '2024-04-01', to: '2025-03-31', label: '1 April 2024 to 31 March 2025' },
  visitsLabel: 'Number of visits in last 12 months:',
  titleBlock: [
    { label: 'Committee', value: { text: 'Children & Families Committee' } },
    {
      label: 'Date of Meeting',
      value: { text: '[To be completed: the date of the meeting]', placeholder: true },
    },
    { label: 'Report Title', value: { text: 'Councillor Frontline Visits Annual Report' } },
    { label: 'Report of', value: { text: 'Sam Okafor, Executive Director of Children’s Services' } },
    { label: 'Report Reference No', value: { text: 'CF/12/24-25' } },
    { label: 'Ward(s) Affected', value: { text: 'All' } },
  ],
  before: [
    {
      number: 1,
      title: 'Purpose of Report',
      paragraphs: [
        {
          text:
            'This report updates committee on the themes, strengths and issues raised through councillor ' +
            'frontline visits to the intake teams over the last 12 months, 1 April 2024 to 31 March 2025.',
        },
      ],
    },
    {
      number: 2,
      title: 'Executive Summary',
      paragraphs: [
        {
          text:
            'Councillors remain committed to frontline visits, and social workers & managers value the ' +
            'direct contact. Findings from the visits inform planning and quality assurance within the service.',
        },
        { text: 'Visits took place every month, in person at the team bases and occasionally online.' },
      ],
    },
    {
      number: 3,
      title: 'Recommendations',
      paragraphs: [
        {
          text:
            'Children & Families Committee is asked to note the contents of the report and approve the ' +
            'continuation of councillor frontline visits and the process associated with them.',
        },
      ],
    },
    {
      number: 4,
      title: 'Reasons for Recommendations',
      paragraphs: [
        {
          text:
            'It is important for the committee to hear, first-hand, the successes, challenges and ' +
            'opportunities that frontline practitioners experience <in their own words>.',
        },
      ],
    },
    {
      number: 5,
      title: 'Other Options Considered',
      paragraphs: [{ text: '[To be completed: the other options considered]', placeholder: true }],
    },
    {
      number: 6,
      title: 'Background',
      paragraphs: [
        {
          text:
            'Lord Laming’s Inquiry into the death of Victoria Climbié resulted in a range of ' +
            'recommendations. One of these (Social Care Recommendation 41) states that:',
        },
        {
          text:
            '“Arrangements must be made for senior managers and councillors to regularly visit intake teams ' +
            'in the Children’s services department and to report their findings to the Chief Executive and ' +
            'Social Services Committee” (para 5.193).',
          quote: true,
        },
        {
          text:
            'This recommendation remains best practice. Our ‘intake teams’ (the teams that deal with new ' +
            'referrals) are the:',
        },
        {
          text: 'Visits are undertaken to each team every five months, following the procedure in Appendix 2.',
        },
      ],
    },
  ],
  intakeTeams: [
    'Northfield Consultation Service (NCS)',
    'Child in Need and Child Protection Service in Riverside',
    'Child in Need and Child Protection Service in Eastgate',
    'Children with Disabilities Social Work Team',
  ],
  themes: {
    introduction: [
      {
        text:
          'A summary of the themes from frontline visits during the 12 months from April 2024 to the end of ' +
          'March 2025 is set out below.',
      },
    ],
    services: [
      {
        heading: 'Northfield Consultation Service (NCS)',
        visitsSentence: 'two visits have taken place; one in July 2024 and another in January 2025.',
        columns: {
          'working-well': [
            theme('Teamwork', 'wide range of experience', 'team feels supported by managers'),
            theme('Morale has improved since the summer'),
          ],
          worries: [theme('Team capacity', 'workloads are high', 'limited time for training')],
          'next-steps': [theme('Recruitment and retention', 'two posts to be advertised in the spring')],
        },
        comments: [
          {
            points: [
              'We are recruiting to both vacant posts & have agreed cover until they are filled.',
              'Training days are now protected in the team’s rota.',
            ],
          },
        ],
        actions: {
          groups: [
            { title: 'Agreed', lines: ['Advertise both vacant posts — Head of Service, by May 2025'] },
            { title: 'Done', lines: ['Protect training days in the rota — Training & Development'] },
          ],
          proposed: { sentence: '24 proposed actions await a decision from the service.', lines: [] },
        },
      },
      {
        heading: 'Children with Disabilities Social Work Team',
        visitsSentence: 'one visit has taken place, in March 2025 (feedback awaited).',
        columns: {
          'working-well': [theme('Relationships with families are strong', 'families know their worker')],
          worries: [],
          'next-steps': [],
        },
        comments: [],
        actions: { groups: [] },
      },
      {
        heading: 'Child in Need / Child Protection (CIN/CP)',
        visitsSentence:
          'four visits have taken place: two to Riverside – May and November 2024, and two to Eastgate – ' +
          'June 2024 and February 2025.',
        columns: {
          'working-well': [
            theme('Teamwork – committed workers', 'continuity of social worker', 'supportive managers'),
            theme('Retention of staff is good', 'students join following placements'),
          ],
          worries: LONG_WORRIES,
          'next-steps': [
            theme('Recruitment and retention', 'a rolling advert for experienced social workers'),
            theme('Partnership working', 'agree a protocol for conference attendance with the police'),
          ],
        },
        comments: [
          {
            by: 'Priya Shah, Head of Service: Riverside',
            points: [
              'Two experienced social workers joined in January, and caseloads have started to fall.',
              'We have raised the late health reports with the designated nurse.',
            ],
          },
          {
            by: 'Tom Ellis, Head of Service: Eastgate',
            points: ['New laptops < 1.5 kg are being issued to all staff who make home visits.'],
          },
        ],
        actions: {
          groups: [
            {
              title: 'Open (in progress)',
              lines: ['Agree a protocol for conference attendance with the police — Priya Shah'],
            },
            { title: 'Declined', lines: ['A second office in Eastgate — declined: no budget this year'] },
          ],
          proposed: {
            sentence: '1 proposed action awaits a decision from the service:',
            lines: ['a rolling advert for experienced social workers'],
          },
        },
      },
    ],
  },
  after: [
    {
      number: 8,
      title: 'Implications',
      paragraphs: [
        { text: 'Legal: there are no specific legal implications.' },
        { text: 'Finance: there are no financial implications of this report.' },
      ],
    },
  ],
  actions: ACTION_ROWS,
};
