import assert from 'node:assert/strict';
import type { Service } from '../../../src/directory/types';
import type { Booking } from '../../../src/rota/types';
import { buildFindings, groupsOf, shortName, type FindingsInput } from '../../../src/report/findings';
import type { Column, ReportFindings, ReportVisit, ServiceFindings } from '../../../src/report/types';
import { loadForms } from '../../../src/visits/forms';
import {
  BOOKINGS,
  booking,
  cancelled,
  CHECS,
  CHECS_AUGUST,
  CHECS_JANUARY,
  CIN_CP,
  CWD,
  CWD_FEBRUARY,
  DANA,
  CHRIS,
  moved,
  PERIOD,
  reportVisit,
  SERVICES,
  SHORT_BREAKS,
  TODAY,
  VISITS,
} from './section7-fixture';

const forms = loadForms();

const findings = (overrides: Partial<FindingsInput> = {}): ReportFindings =>
  buildFindings({
    period: PERIOD,
    today: TODAY,
    services: SERVICES,
    visits: VISITS,
    bookings: BOOKINGS,
    forms,
    ...overrides,
  });

const heading = (found: ReportFindings, name: string): ServiceFindings => {
  const service = found.services.find((s) => s.group.heading === name);
  assert.ok(service, `no heading ${name}`);
  return service;
};

/** The heading's points as [column, step, text], in order. */
const pointsOf = (service: ServiceFindings): [Column, string, string][] =>
  service.points.map((p) => [p.column, p.stepId, p.text]);

describe('report findings', () => {
  describe('groupsOf: the paper’s headings', () => {
    it('lists headings in directory order, a shared heading where its first service is', () => {
      assert.deepEqual(groupsOf(SERVICES), [
        { heading: CHECS, serviceIds: ['checs'], serviceNames: [CHECS] },
        {
          heading: CIN_CP,
          serviceIds: ['cin-cp-macclesfield', 'cin-cp-crewe'],
          serviceNames: [
            'Child in Need / Child Protection, Macclesfield',
            'Child in Need / Child Protection, Crewe',
          ],
        },
        { heading: CWD, serviceIds: ['cwd-social-work'], serviceNames: [CWD] },
        { heading: SHORT_BREAKS, serviceIds: ['cwd-short-breaks'], serviceNames: [SHORT_BREAKS] },
      ]);
    });

    it('follows the directory’s order, not the order services are passed in', () => {
      const shuffled = [SERVICES[4]!, SERVICES[2]!, SERVICES[0]!, SERVICES[3]!, SERVICES[1]!];
      assert.deepEqual(
        groupsOf(shuffled).map((g) => g.heading),
        [CHECS, CIN_CP, CWD, SHORT_BREAKS],
      );
    });

    it('puts services without an order last, by name', () => {
      const unordered: Service[] = [
        { id: 'zeta', name: 'Zeta Team', cadenceMonths: 5, responderIds: [] },
        { id: 'alpha', name: 'Alpha Team', cadenceMonths: 5, responderIds: [] },
        SERVICES[0]!,
      ];
      assert.deepEqual(
        groupsOf(unordered).map((g) => g.heading),
        [CHECS, 'Alpha Team', 'Zeta Team'],
      );
    });
  });

  describe('shortName: a service under a heading it shares', () => {
    it('drops the words the heading already says', () => {
      assert.equal(shortName('Child in Need / Child Protection, Crewe', CIN_CP), 'Crewe');
      assert.equal(shortName('Child in Need / Child Protection: Macclesfield', CIN_CP), 'Macclesfield');
    });

    it('keeps a name that shares nothing with the heading, or is all heading', () => {
      assert.equal(shortName('Crewe CiN/CP', CIN_CP), 'Crewe CiN/CP');
      assert.equal(shortName('Child in Need / Child Protection', CIN_CP), 'Child in Need / Child Protection');
    });
  });

  describe('visits', () => {
    it('reads each heading’s visits in the period, oldest first, a shared heading’s by their short names', () => {
      const found = findings();
      assert.deepEqual(
        found.services.map((s) => [s.group.heading, s.visits.map((v) => `${v.serviceName} ${v.date}`)]),
        [
          [CHECS, [`${CHECS} 2022-08-10`, `${CHECS} 2023-01-18`]],
          [
            CIN_CP,
            [
              'Macclesfield 2022-04-20',
              'Crewe 2022-06-15',
              'Macclesfield 2022-11-16',
              'Crewe 2023-01-25',
              'Macclesfield 2023-03-22',
            ],
          ],
          [CWD, [`${CWD} 2023-02-15`]],
          [
            SHORT_BREAKS,
            [`${SHORT_BREAKS} 2022-05-12`, `${SHORT_BREAKS} 2022-11-09`, `${SHORT_BREAKS} 2023-03-28`],
          ],
        ],
      );
      assert.equal(found.period, PERIOD);
    });

    it('names a service as the directory does now, not as the visit recorded it', () => {
      const renamed = { ...CHECS_AUGUST, serviceName: 'Consultation Service (old name)' };
      const found = findings({ visits: [renamed], bookings: [] });
      assert.equal(heading(found, CHECS).visits[0]!.serviceName, CHECS);
    });

    it('leaves out visits before and after the period, and their points and comments', () => {
      const after = reportVisit({
        visitId: 'v-checs-2023-04',
        serviceId: 'checs',
        date: '2023-04-03',
        answers: { 'support.worries': 'a new worry after the year ended' },
        responses: [{ name: 'Ruth Ellison', text: 'After the year.', at: '2023-04-04T10:00:00.000Z' }],
      });
      const found = findings({ visits: [...VISITS, after] });
      const checs = heading(found, CHECS);
      assert.deepEqual(
        checs.visits.map((v) => v.visitId),
        ['v-checs-2022-08', 'v-checs-2023-01'],
      );
      assert.ok(!checs.points.some((p) => p.visitId === after.visitId));
      assert.ok(!checs.comments.some((c) => c.visitId === after.visitId));
      // The CWD visit at the end of March 2022 is before 1 April 2022.
      const cwd = heading(found, CWD);
      assert.deepEqual(
        cwd.visits.map((v) => v.date),
        ['2023-02-15'],
      );
      assert.ok(!cwd.points.some((p) => p.text.includes('laptops are small')));
    });

    it('keeps the first and last day of the period', () => {
      const first = reportVisit({ visitId: 'first', serviceId: 'checs', date: '2022-04-01', answers: {} });
      const last = reportVisit({ visitId: 'last', serviceId: 'checs', date: '2023-03-31', answers: {} });
      const found = findings({ visits: [last, first], bookings: [] });
      assert.deepEqual(
        heading(found, CHECS).visits.map((v) => v.visitId),
        ['first', 'last'],
      );
    });

    it('marks a visit feedback awaited while its responses are incomplete', () => {
      const found = findings();
      assert.deepEqual(
        heading(found, SHORT_BREAKS).visits.map((v) => v.feedbackAwaited),
        [false, false, true],
      );
      assert.equal(
        heading(found, SHORT_BREAKS).visitsSentence,
        'three visits have taken place: May and November 2022, and March 2023 (feedback awaited).',
      );
    });

    it('writes the paper’s ChECS sentence', () => {
      assert.equal(
        heading(findings(), CHECS).visitsSentence,
        'two visits have taken place; one in August 2022 and another in January 2023.',
      );
    });

    it('gives a heading with no visits in the period its sentence all the same', () => {
      const found = findings({ visits: [CHECS_AUGUST], bookings: [] });
      assert.equal(heading(found, SHORT_BREAKS).visitsSentence, 'no visits have taken place.');
      assert.deepEqual(heading(found, SHORT_BREAKS).points, []);
      assert.equal(found.services.length, 4);
    });

    it('keeps each visit’s councillors', () => {
      assert.deepEqual(heading(findings(), CHECS).visits[0]!.councillorNames, [
        'Cllr Alex Morgan',
        'Cllr Priya Shah',
      ]);
    });
  });

  describe('the rota: a visit planned after the period', () => {
    it('names the next visit booked after the period: the paper’s CIN/CP sentence', () => {
      assert.equal(
        heading(findings(), CIN_CP).visitsSentence,
        'five visits have taken place: three to Macclesfield – April and November 2022, and March 2023 ' +
          '(feedback awaited), and two to Crewe – June 2022 and January 2023, a further visit is planned ' +
          'to Crewe in April 2023.',
      );
    });

    it('names the earliest of several bookings', () => {
      const later = booking('b-mac-2023-09', 'cin-cp-macclesfield', '2023-09-13');
      const found = findings({ bookings: [later, ...BOOKINGS] });
      assert.match(
        heading(found, CIN_CP).visitsSentence,
        /a further visit is planned to Crewe in April 2023\.$/,
      );
    });

    it('counts a visit booked in the last 4 weeks of the period whose form is not in yet, as "form awaited"', () => {
      // Today is 12 April 2023: 22 March is within the 4 weeks a form is due in; 1 March is older (form overdue).
      const bookings: Booking[] = [
        booking('b-checs-late', 'checs', '2023-03-22'),
        booking('b-checs-stale', 'checs', '2023-03-01'),
      ];
      const checs = heading(findings({ bookings }), CHECS);
      assert.equal(
        checs.visitsSentence,
        'three visits have taken place: August 2022, and January and March 2023 (form awaited).',
      );
      assert.deepEqual(
        checs.visits.filter((v) => v.formAwaited).map((v) => v.visitId),
        ['b-checs-late'],
      );
    });

    it('does not name a cancelled booking, but the next one still booked', () => {
      const bookings: Booking[] = [
        booking('b-checs-1', 'checs', '2023-05-10', { status: 'cancelled', history: [cancelled('other')] }),
        booking('b-checs-2', 'checs', '2023-07-05'),
      ];
      assert.match(
        heading(findings({ bookings }), CHECS).visitsSentence,
        /, a further visit is planned to Cheshire East Consultation Service \(ChECS\) in July 2023\.$/,
      );
    });

    it('does not name a booking whose visit is already held, even when the booking’s day is later', () => {
      // Drafted on the day of the visit, which was recorded a day earlier than it was booked.
      const heldEarly = reportVisit({
        visitId: 'b-checs-march',
        serviceId: 'checs',
        date: '2023-03-29',
        answers: {},
      });
      const found = findings({
        today: '2023-03-29',
        visits: [CHECS_AUGUST, heldEarly],
        bookings: [booking('b-checs-march', 'checs', '2023-03-30')],
      });
      assert.equal(
        heading(found, CHECS).visitsSentence,
        'two visits have taken place; one in August 2022 and another in March 2023.',
      );
    });

    it('does not name a booking in the period that is past and was never held', () => {
      const missed = booking('b-sb-2023-02', 'cwd-short-breaks', '2023-03-30');
      assert.doesNotMatch(heading(findings({ bookings: [missed] }), SHORT_BREAKS).visitsSentence, /planned/);
    });

    it('while the period is running, names a booking still to come within it', () => {
      const found = findings({
        today: '2023-02-01',
        visits: [CHECS_AUGUST, CHECS_JANUARY],
        bookings: [booking('b-checs-feb', 'checs', '2023-02-20')],
      });
      assert.match(
        heading(found, CHECS).visitsSentence,
        /a further visit is planned to .* in February 2023\.$/,
      );
    });
  });

  describe('the rota: meetings moved or cancelled during the period', () => {
    it('counts moves in the period with their reasons: the paper’s CWD sentence', () => {
      assert.equal(
        heading(findings(), CWD).visitsSentence,
        'one visit has taken place in February 2023. A number of meetings were planned but were moved ' +
          'due to sickness in the service and councillor availability.',
      );
    });

    it('leaves out changes to meetings outside the period', () => {
      const bookings: Booking[] = [
        // Moved away from a day before the period.
        booking('b-checs-old', 'checs', '2022-04-06', {
          history: [moved('2022-03-23', '2022-04-06', 'councillor availability')],
        }),
        // Cancelled, for a day after the period.
        booking('b-checs-next', 'checs', '2023-05-10', {
          status: 'cancelled',
          history: [cancelled('other')],
        }),
      ];
      assert.equal(
        heading(findings({ bookings }), CHECS).visitsSentence,
        'two visits have taken place; one in August 2022 and another in January 2023.',
      );
    });

    it('counts a cancellation in the period and names its reason, other reading as other reasons', () => {
      const bookings: Booking[] = [
        booking('b-checs-oct', 'checs', '2022-10-12', {
          status: 'cancelled',
          history: [cancelled('sickness in the service')],
        }),
        booking('b-checs-dec', 'checs', '2022-12-07', {
          history: [moved('2022-11-30', '2022-12-07', 'other')],
        }),
      ];
      assert.equal(
        heading(findings({ bookings }), CHECS).visitsSentence,
        'two visits have taken place; one in August 2022 and another in January 2023. A number of meetings ' +
          'were planned but were moved or cancelled due to sickness in the service and other reasons.',
      );
    });

    it('one meeting moved twice is one meeting, with both reasons', () => {
      const bookings: Booking[] = [
        booking('b-checs-oct', 'checs', '2022-10-24', {
          history: [
            moved('2022-09-12', '2022-10-03', 'sickness in the service'),
            moved('2022-10-03', '2022-10-24', 'councillor availability'),
          ],
        }),
      ];
      assert.equal(
        heading(findings({ bookings }), CHECS).visitsSentence,
        'two visits have taken place; one in August 2022 and another in January 2023. One meeting was planned ' +
          'but was moved due to sickness in the service and councillor availability.',
      );
    });

    it('counts only the heading’s own bookings', () => {
      assert.doesNotMatch(heading(findings(), CHECS).visitsSentence, /meeting/);
      assert.doesNotMatch(heading(findings(), SHORT_BREAKS).visitsSentence, /meeting/);
    });
  });

  describe('points', () => {
    it('signs-of-safety@2: each lens to its column, in the form’s order; staff, COVID-19 and comments left out', () => {
      assert.deepEqual(pointsOf(heading(findings({ visits: [CHECS_AUGUST] }), CHECS)), [
        [
          'working-well',
          'outcomes.working-well',
          'Teamwork – the team work well together as a unit and across agencies',
        ],
        ['working-well', 'outcomes.working-well', 'wide range of experience'],
        ['working-well', 'outcomes.working-well', 'good working relationships'],
        ['worries', 'support.worries', 'workloads are high'],
        ['worries', 'support.worries', 'limited ability to access training'],
        [
          'next-steps',
          'other.next-steps',
          'Plans to manage the increasing pressure of the cost-of-living crisis and mitigate its impact.',
        ],
      ]);
    });

    it('a heading’s points come visit by visit, oldest first, each naming its visit', () => {
      const checs = heading(findings(), CHECS);
      assert.deepEqual(
        [...new Set(checs.points.map((p) => p.visitId))],
        ['v-checs-2022-08', 'v-checs-2023-01'],
      );
      assert.deepEqual(pointsOf(checs).slice(-2), [
        ['worries', 'outcomes.worries', 'Liquid Logic and connectivity issues'],
        ['next-steps', 'outcomes.next-steps', 'Further investigation into Liquid Logic issues'],
      ]);
    });

    it('visit-notes@1: notes sorted by their cue words, the conclusion to next steps', () => {
      assert.deepEqual(pointsOf(heading(findings({ visits: [CWD_FEBRUARY] }), CWD)), [
        [
          'working-well',
          'managers.notes',
          'The team are proud of the Early Help Individual Payments process.',
        ],
        [
          'worries',
          'staff.notes',
          'The team is small, covers a large area and caseloads remain higher than desirable.',
        ],
        ['next-steps', 'staff.notes', 'Training should be more tailored to the specific roles of the team.'],
        [
          'next-steps',
          'conclusion',
          'A positive visit: improved technology such as iPads would better support home visits.',
        ],
      ]);
    });

    it('gives each point an id that a refresh finds again, and a different one for different text', () => {
      const once = heading(findings(), CHECS).points.map((p) => p.id);
      const again = heading(findings(), CHECS).points.map((p) => p.id);
      assert.deepEqual(again, once);
      assert.equal(new Set(once).size, once.length);
    });
  });

  describe('comments from the head of service', () => {
    it('each response, oldest visit first, with the visit it answers', () => {
      const cin = heading(findings(), CIN_CP);
      assert.deepEqual(
        cin.comments.map((c) => [c.visitId, c.name, c.title]),
        [
          ['v-mac-2022-11', DANA.name, DANA.title],
          ['v-mac-2022-11', CHRIS.name, CHRIS.title],
          ['v-crewe-2023-01', DANA.name, DANA.title],
        ],
      );
      assert.equal(cin.comments[2]!.text, 'The comments made regarding morale in Crewe were noted.');
    });
  });

  describe('latestVersion: whether a draft has seen every change', () => {
    const bump = (visits: readonly ReportVisit[], visitId: string): ReportVisit[] =>
      visits.map((v) => (v.visitId === visitId ? { ...v, version: v.version + 1 } : v));

    it('stays the same for the same visits', () => {
      assert.equal(findings().latestVersion, findings().latestVersion);
      assert.match(findings().latestVersion, /^[0-9a-f]{16}$/);
    });

    it('changes when a visit in the period changes', () => {
      assert.notEqual(
        findings({ visits: bump(VISITS, 'v-checs-2023-01') }).latestVersion,
        findings().latestVersion,
      );
    });

    it('changes when a visit joins the period', () => {
      const late = reportVisit({ visitId: 'v-late', serviceId: 'checs', date: '2023-03-30', answers: {} });
      assert.notEqual(findings({ visits: [...VISITS, late] }).latestVersion, findings().latestVersion);
    });

    it('changes when the directory puts a service under another heading, so the draft is redrafted there', () => {
      const regrouped = SERVICES.map((s) =>
        s.id === 'cin-cp-crewe' ? { ...s, reportHeading: 'Crewe teams' } : s,
      );
      assert.notEqual(findings({ services: regrouped }).latestVersion, findings().latestVersion);
    });

    it('does not change for a visit outside the period', () => {
      assert.equal(
        findings({ visits: bump(VISITS, 'v-cwd-2022-03') }).latestVersion,
        findings().latestVersion,
      );
    });
  });
});
