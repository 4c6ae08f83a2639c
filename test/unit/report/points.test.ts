import assert from 'node:assert/strict';
import { normalisePoint, pointsOf, splitPoints } from '../../../src/report/points';
import { AUGUST, lensColumn, visit } from './draft-fixture';

describe('report points: splitting an answer', () => {
  const cases: [string, string, string[]][] = [
    [
      'bullets of every kind, nested, with blank lines',
      '• Teamwork – the team work well together as a unit and across agencies\n' +
        '  - wide range of experience\n  * good working relationships\n\n' +
        '• Team morale has improved since the summer\n',
      [
        'Teamwork – the team work well together as a unit and across agencies',
        'wide range of experience',
        'good working relationships',
        'Team morale has improved since the summer',
      ],
    ],
    [
      'numbered and lettered lists',
      '1. workloads are high\n2) limited ability to access training\n(3) more detailed referrals\n' +
        'a) more input from health\n(b) briefings on partner changes\niv) provision for respite care\n' +
        '1.2. staffing structure to be reviewed',
      [
        'workloads are high',
        'limited ability to access training',
        'more detailed referrals',
        'more input from health',
        'briefings on partner changes',
        'provision for respite care',
        'staffing structure to be reviewed',
      ],
    ],
    [
      'a number that starts a point is not a bullet',
      '2.5 FTE vacancies remain\n2022 was a hard year for recruitment',
      ['2.5 FTE vacancies remain', '2022 was a hard year for recruitment'],
    ],
    [
      'several sentences on a line, with e.g., Dr., decimals and initials inside them',
      'Multi-agency working is effective e.g. very positive relationship with SEND team. Dr. Patel from ' +
        'CAMHS attends weekly. Caseloads are 2.5 per cent above target. J. K. Smith leads the team!',
      [
        'Multi-agency working is effective e.g. very positive relationship with SEND team.',
        'Dr. Patel from CAMHS attends weekly.',
        'Caseloads are 2.5 per cent above target.',
        'J. K. Smith leads the team!',
      ],
    ],
    [
      'i.e. before a capital stays in its sentence; etc. before a capital ends one',
      'Staff feel valued i.e. Managers listen. Laptops, phones etc. The team also needs iPads?  Yes.',
      [
        'Staff feel valued i.e. Managers listen.',
        'Laptops, phones etc.',
        'The team also needs iPads?',
        'Yes.',
      ],
    ],
    [
      'a full stop before a lower-case word is not a sentence end',
      'referral process working well, and multi-agency working is effective e.g., very positive. not ended',
      ['referral process working well, and multi-agency working is effective e.g., very positive. not ended'],
    ],
    [
      'a quotation that ends a sentence',
      'A worker said “We are stretched.” Then she left.',
      ['A worker said “We are stretched.”', 'Then she left.'],
    ],
    [
      'Windows line ends, stray markers and empty lines are dropped; a single letter starting a line is kept',
      '-\r\n   \r\n*\r\nA. Smith visited the team\r\n.',
      ['A. Smith visited the team'],
    ],
  ];
  for (const [what, text, points] of cases) {
    it(what, () => assert.deepEqual(splitPoints(text), points));
  }
});

describe('report points: the points of a visit', () => {
  it('takes each answer that has a column, in the answers’ order, with its column and step', () => {
    const points = pointsOf(AUGUST, lensColumn);
    assert.deepEqual(
      points.map((p) => [p.column, p.stepId, p.text]),
      [
        [
          'working-well',
          'support.working-well',
          'Teamwork – the team work well together as a unit and across agencies',
        ],
        ['working-well', 'support.working-well', 'wide range of experience'],
        ['working-well', 'support.working-well', 'good working relationships'],
        ['working-well', 'support.working-well', 'Team morale has improved since the summer'],
        ['worries', 'support.worries', 'workloads are high'],
        ['worries', 'support.worries', 'limited ability to access training'],
        [
          'worries',
          'support.worries',
          'reliance on partners who are not always able to meet timescales for information',
        ],
        ['worries', 'support.worries', 'impact for workers – concerns about fuel/energy costs'],
        ['next-steps', 'support.next-steps', 'Additional capacity would help to improve outcomes.'],
        [
          'next-steps',
          'support.next-steps',
          'Plans to manage the increasing pressure of the cost-of-living crisis and mitigate its impact.',
        ],
        ['next-steps', 'support.next-steps', 'Councillors to visit again in the spring.'],
        ['next-steps', 'support.next-steps', 'The service manager will report back.'],
      ],
    );
    assert.ok(points.every((p) => p.visitId === 'v-checs-aug'));
  });

  it('lets the column depend on the point, and leaves out points placed nowhere', () => {
    const notes = visit('v-notes', { 'support.notes': 'Workloads are high. Morale is good.' });
    const seen: [string, string][] = [];
    const points = pointsOf(notes, (stepId, point) => {
      seen.push([stepId, point]);
      return point.startsWith('Morale') ? 'working-well' : undefined;
    });
    assert.deepEqual(seen, [
      ['support.notes', 'Workloads are high.'],
      ['support.notes', 'Morale is good.'],
    ]);
    assert.deepEqual(
      points.map((p) => [p.column, p.text]),
      [['working-well', 'Morale is good.']],
    );
  });

  it('gives each point a short id that survives re-reading, case and spacing, but not a change of words', () => {
    const idOf = (answer: string, visitId = 'v1', stepId = 'support.worries') =>
      pointsOf(visit(visitId, { [stepId]: answer }), lensColumn)[0]!.id;
    const id = idOf('workloads are high');
    assert.match(id, /^[0-9a-f]{12}$/);
    assert.equal(idOf('workloads are high'), id);
    assert.equal(idOf('- Workloads   ARE high'), id, 'bullet, case and spaces do not count');
    assert.notEqual(idOf('workloads are very high'), id);
    assert.notEqual(idOf('workloads are high', 'v2'), id, 'another visit');
    assert.notEqual(idOf('workloads are high', 'v1', 'outcomes.worries'), id, 'another step');
  });

  it('tells apart the same point written twice in one answer, and keeps the first one’s id', () => {
    const once = pointsOf(visit('v1', { 'support.worries': 'workloads are high' }), lensColumn);
    const twice = pointsOf(
      visit('v1', { 'support.worries': 'workloads are high\nlaptops are heavy\nWorkloads are high' }),
      lensColumn,
    );
    assert.equal(new Set(twice.map((p) => p.id)).size, 3);
    assert.equal(twice[0]!.id, once[0]!.id);
  });

  it('normalises a point for comparing: lower case, spaces collapsed', () => {
    assert.equal(normalisePoint('  Team   Capacity\tIssues '), 'team capacity issues');
  });
});
