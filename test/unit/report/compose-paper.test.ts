import assert from 'node:assert/strict';
import { composePaper } from '../../../src/report/compose-paper';
import { draftService } from '../../../src/report/draft';
import { buildFindings } from '../../../src/report/findings';
import type { CommitteePaper, PaperService } from '../../../src/report/paper';
import { LAMING, PAPER_TITLE } from '../../../src/report/paper-text';
import type { DraftTheme, FreeSection, ReportDraft, ServiceDraft } from '../../../src/report/types';
import { loadForms } from '../../../src/visits/forms';
import {
  CHECS,
  CHRIS,
  CIN_CP,
  CWD,
  DANA,
  PERIOD,
  reportVisit,
  SERVICES,
  SHORT_BREAKS,
  TODAY,
  SECTION7_FINDINGS,
} from './section7-fixture';

const FINDINGS = SECTION7_FINDINGS;

const theme = (id: string, title: string, ...texts: string[]): DraftTheme => ({
  id,
  title,
  points: texts.map((text, i) => ({ id: `${id}-${i}`, text, visitId: 'v-checs-2022-08' })),
});

/** The officer's ChECS draft: reworded and regrouped, with an emptied theme left behind. */
const CHECS_DRAFT: ServiceDraft = {
  heading: CHECS,
  columns: {
    'working-well': [
      theme(
        'working-well:teamwork',
        'Teamwork – the team work well together as a unit and across agencies',
        'wide range of experience',
        'good working relationships',
      ),
      theme('working-well:other', 'Other'),
    ],
    worries: [
      theme('worries:capacity', 'Team capacity', 'workloads are high', 'limited ability to access training'),
      theme('worries:systems', 'Working arrangements', 'Liquid Logic and connectivity issues'),
    ],
    'next-steps': [
      theme('next-steps:cost', 'Cost-of-living crisis', 'plans to manage the increasing pressure'),
    ],
  },
  dropped: [],
  etag: 'row-1',
};

const draftWith = (
  text: Partial<Record<FreeSection, string>> = {},
  services = [CHECS_DRAFT],
): ReportDraft => ({
  periodKey: PERIOD.key,
  sections: { text, etag: 'sections-1' },
  services,
  refreshedVersion: FINDINGS.latestVersion,
  refreshedEtag: 'refreshed-1',
});

const serviceOf = (paper: CommitteePaper, heading: string): PaperService => {
  const found = paper.themes.services.find((s) => s.heading === heading);
  assert.ok(found, `no heading ${heading}`);
  return found;
};
const section = (paper: CommitteePaper, number: number) => {
  const found = [...paper.before, ...paper.after].find((s) => s.number === number);
  assert.ok(found, `no section ${number}`);
  return found;
};

describe('composing the committee paper', () => {
  describe('before the officer writes anything', () => {
    const paper = composePaper(FINDINGS, draftWith());

    it('marks the title block’s blanks as placeholders, and the fixed rows as text', () => {
      assert.equal(paper.title, PAPER_TITLE);
      assert.deepEqual(paper.titleBlock, [
        { label: 'Committee', value: { text: '[Committee name]', placeholder: true } },
        { label: 'Date of Meeting', value: { text: '[Date of meeting]', placeholder: true } },
        { label: 'Report Title', value: { text: 'Councillor Frontline Visits Annual Report' } },
        { label: 'Report of', value: { text: '[Report of: name and title]', placeholder: true } },
        { label: 'Report Reference No', value: { text: '[Report reference]', placeholder: true } },
        { label: 'Ward(s) Affected', value: { text: 'All' } },
      ]);
    });

    it('numbers sections 1 to 6 before the themes and 8 after them', () => {
      assert.deepEqual(
        paper.before.map((s) => [s.number, s.title]),
        [
          [1, 'Purpose of Report'],
          [2, 'Executive Summary'],
          [3, 'Recommendations'],
          [4, 'Reasons for Recommendations'],
          [5, 'Other Options Considered'],
          [6, 'Background'],
        ],
      );
      assert.deepEqual(
        paper.after.map((s) => [s.number, s.title]),
        [[8, 'Implications']],
      );
    });

    it('marks each paragraph the officer has still to write, and only those', () => {
      assert.deepEqual(section(paper, 2).paragraphs, [
        {
          text: '[Executive summary: what the visits found this year, in two or three paragraphs.]',
          placeholder: true,
        },
      ]);
      const recommendations = section(paper, 3).paragraphs;
      assert.deepEqual(
        recommendations.map((p) => p.placeholder ?? false),
        [false, true],
      );
      assert.match(recommendations[0]!.text, /^The committee is asked to note the contents of the report/);
      assert.equal(recommendations[1]!.text, '[Further recommendations, if any.]');
      assert.ok(section(paper, 4).paragraphs.every((p) => !p.placeholder));
      assert.equal(section(paper, 4).paragraphs.length, 2);
      assert.deepEqual(
        section(paper, 8).paragraphs.map((p) => p.placeholder ?? false),
        [false, false, true],
      );
      assert.deepEqual(paper.themes.introduction, [
        {
          text: 'A summary of the themes from frontline visits during the period 1 April 2022 to 31 March 2023 is set out below.',
        },
        { text: '[Any observation across all visits.]', placeholder: true },
      ]);
    });

    it('names every heading and the period in the purpose, and lists each service as an intake team', () => {
      assert.deepEqual(section(paper, 1).paragraphs, [
        {
          text:
            'This report provides an update to committee on the themes, strengths and issues raised through ' +
            `councillor frontline visits to ${CHECS}, ${CIN_CP}, ${CWD} and ${SHORT_BREAKS} over the period ` +
            '1 April 2022 to 31 March 2023.',
        },
      ]);
      // As the seed paper's 6.2 lists them: the two CIN/CP services each by name, in the directory's order.
      assert.deepEqual(paper.intakeTeams, [
        CHECS,
        'Child in Need / Child Protection, Macclesfield',
        'Child in Need / Child Protection, Crewe',
        CWD,
        SHORT_BREAKS,
      ]);
      assert.deepEqual(paper.period, PERIOD);
    });

    it('quotes Laming in the background', () => {
      const background = section(paper, 6).paragraphs;
      assert.deepEqual(
        background.filter((p) => p.quote),
        [{ text: LAMING, quote: true }],
      );
      assert.match(background.at(-1)!.text, /Our 'intake teams' .* are the:$/);
    });
  });

  describe('the officer’s text', () => {
    it('replaces the default, a paragraph per line, blank lines and spaces dropped', () => {
      const paper = composePaper(
        FINDINGS,
        draftWith({
          committee: 'Children and Families Committee',
          meetingDate: '  5 June 2023 ',
          executiveSummary:
            'Councillors noted the passionate commitment practitioners had for supporting our children.\n\n' +
            '  Twelve visits took place across the four intake teams.  \n',
          recommendations: 'The committee is asked to note the report.',
        }),
      );
      assert.deepEqual(paper.titleBlock[0]!.value, { text: 'Children and Families Committee' });
      assert.deepEqual(paper.titleBlock[1]!.value, { text: '5 June 2023' });
      assert.deepEqual(section(paper, 2).paragraphs, [
        {
          text: 'Councillors noted the passionate commitment practitioners had for supporting our children.',
        },
        { text: 'Twelve visits took place across the four intake teams.' },
      ]);
      assert.deepEqual(section(paper, 3).paragraphs, [
        { text: 'The committee is asked to note the report.' },
      ]);
    });

    it('falls back to the default when the officer’s text is only spaces', () => {
      const paper = composePaper(FINDINGS, draftWith({ executiveSummary: ' \n  ' }));
      assert.equal(section(paper, 2).paragraphs[0]!.placeholder, true);
    });

    it('a line the officer leaves in brackets is still a placeholder', () => {
      const paper = composePaper(
        FINDINGS,
        draftWith({ implications: 'Legal: none.\n[Equality: to follow]' }),
      );
      assert.deepEqual(section(paper, 8).paragraphs, [
        { text: 'Legal: none.' },
        { text: '[Equality: to follow]', placeholder: true },
      ]);
    });
  });

  describe('section 7, per heading', () => {
    const paper = composePaper(FINDINGS, draftWith());

    it('has every heading in the findings’ order, with its visits sentence', () => {
      assert.deepEqual(
        paper.themes.services.map((s) => [s.heading, s.visitsSentence]),
        FINDINGS.services.map((s) => [s.group.heading, s.visitsSentence]),
      );
    });

    it('prints the draft’s themes as titled, with their points, leaving out themes with no points', () => {
      assert.deepEqual(serviceOf(paper, CHECS).columns, {
        'working-well': [
          {
            title: 'Teamwork – the team work well together as a unit and across agencies',
            points: ['wide range of experience', 'good working relationships'],
          },
        ],
        worries: [
          { title: 'Team capacity', points: ['workloads are high', 'limited ability to access training'] },
          { title: 'Working arrangements', points: ['Liquid Logic and connectivity issues'] },
        ],
        'next-steps': [
          { title: 'Cost-of-living crisis', points: ['plans to manage the increasing pressure'] },
        ],
      });
    });

    it('a heading the draft has not seen yet (regrouped in the directory) shows the proposed themes, not empty columns', () => {
      const found = FINDINGS.services.find((s) => s.group.heading === SHORT_BREAKS)!;
      const proposed = draftService(found);
      assert.ok(found.points.length > 0, 'the fixture has short-breaks points');
      assert.deepEqual(
        serviceOf(paper, SHORT_BREAKS).columns.worries.map((t) => t.title),
        proposed.columns.worries.filter((t) => t.points.length > 0).map((t) => t.title),
      );
      assert.ok(serviceOf(paper, SHORT_BREAKS).columns.worries.length > 0);
    });

    it('says "in last 12 months" for a municipal year only', () => {
      assert.equal(paper.visitsLabel, 'Number of visits in last 12 months:');
      const custom = composePaper(
        {
          ...FINDINGS,
          period: { key: '2022-05-01..2022-12-31', from: '2022-05-01', to: '2022-12-31', label: '' },
        },
        draftWith(),
      );
      assert.equal(custom.visitsLabel, 'Number of visits in the period:');
    });

    it('one responder: their paragraphs, bullets removed, without a name', () => {
      assert.deepEqual(serviceOf(paper, CHECS).comments, [
        {
          points: [
            'The cost-of-living crisis is a worry for us all and a challenge for our children and families.',
            'We have been successful as a council in our bid to develop the Family Hub Model in Cheshire East.',
            'ChECS have been working especially hard since the JTAI inspection.',
          ],
        },
      ]);
    });

    it('several responders: grouped by responder in the order they first responded, each as “Name, Title”', () => {
      assert.deepEqual(serviceOf(paper, CIN_CP).comments, [
        {
          by: `${DANA.name}, ${DANA.title}`,
          points: [
            'Our workforce is our greatest resource.',
            'Retention of staff is a real positive.',
            'The comments made regarding morale in Crewe were noted.',
          ],
        },
        { by: `${CHRIS.name}, ${CHRIS.title}`, points: ['Recruitment continues to be a focus.'] },
      ]);
    });

    it('several responders, one without a title: just the name', () => {
      const visit = reportVisit({
        visitId: 'v-sb-2022-11',
        serviceId: 'cwd-short-breaks',
        date: '2022-11-09',
        answers: {},
        responses: [
          {
            name: 'Ruth Ellison',
            title: 'Head of Service',
            text: 'Recruitment drive under way.',
            at: '2022-12-01',
          },
          { name: 'Jo Bloggs', text: '* A new member of staff joined in November.', at: '2022-12-02' },
        ],
      });
      const findings = buildFindings({
        period: PERIOD,
        today: TODAY,
        services: SERVICES,
        visits: [visit],
        bookings: [],
        forms: loadForms(),
      });
      assert.deepEqual(serviceOf(composePaper(findings, draftWith()), SHORT_BREAKS).comments, [
        { by: 'Ruth Ellison, Head of Service', points: ['Recruitment drive under way.'] },
        { by: 'Jo Bloggs', points: ['A new member of staff joined in November.'] },
      ]);
    });

    it('no responses: no comments', () => {
      assert.deepEqual(serviceOf(paper, SHORT_BREAKS).comments, []);
    });
  });
});
