import assert from 'node:assert/strict';
import { applyEdit } from '../../../src/report/apply-edit';
import { draftFor, draftService, refreshDraft, refreshService } from '../../../src/report/draft';
import type { DraftEdit } from '../../../src/report/edits';
import type { ReportDraft, ServiceDraft } from '../../../src/report/types';
import {
  AUGUST,
  CHECS,
  CWD,
  JANUARY,
  findingsOf,
  outline,
  pointStarting,
  reportDraft,
  reportFindings,
  serviceOf,
  visit,
} from './draft-fixture';

/** The draft after the officer's edits, each of which must apply. */
function edited(draft: ReportDraft, ...edits: DraftEdit[]): ReportDraft {
  return edits.reduce((d, edit) => {
    const result = applyEdit(d, edit);
    assert.ok(result.ok, `${edit.kind}: ${result.ok ? '' : result.message}`);
    return result.draft;
  }, draft);
}

describe('report drafting: a new draft of a heading', () => {
  const draft = draftService(findingsOf(CHECS, AUGUST, JANUARY));

  it('groups each column’s points by proposed theme: most points first, then list order, Other last', () => {
    assert.equal(draft.heading, CHECS);
    assert.deepEqual(outline(draft.columns['working-well']), [
      [
        'Teamwork',
        [
          'Teamwork – the team work well together as a unit and across agencies',
          'wide range of experience',
          'good working relationships',
        ],
      ],
      ['Morale and wellbeing', ['Team morale has improved since the summer']],
    ]);
    assert.deepEqual(outline(draft.columns.worries), [
      ['Team capacity', ['workloads are high', 'caseloads are high and team consistently busy']],
      ['Training and development', ['limited ability to access training']],
      ['IT and equipment', ['Liquid Logic and connectivity issues']],
      [
        'Partnership working',
        ['reliance on partners who are not always able to meet timescales for information'],
      ],
      ['Cost of living', ['impact for workers – concerns about fuel/energy costs']],
      ['Mental health', ['Increase in mental health issues for families since COVID-19.']],
    ]);
    assert.deepEqual(outline(draft.columns['next-steps']), [
      ['Team capacity', ['Additional capacity would help to improve outcomes.']],
      [
        'Cost of living',
        ['Plans to manage the increasing pressure of the cost-of-living crisis and mitigate its impact.'],
      ],
      ['Other', ['Councillors to visit again in the spring.', 'The service manager will report back.']],
    ]);
    assert.deepEqual(draft.dropped, []);
  });

  it('names each theme by column and proposed theme, and keeps each point’s source id and visit', () => {
    assert.deepEqual(
      draft.columns['next-steps'].map((t) => t.id),
      ['next-steps:capacity', 'next-steps:cost-of-living', 'next-steps:other'],
    );
    const point = draft.columns.worries[0]!.points[1]!;
    const source = findingsOf(CHECS, JANUARY).points.find((p) => p.text === point.text)!;
    assert.deepEqual(point, { id: source.id, text: source.text, visitId: 'v-checs-jan' });
  });

  it('drafts every heading of a period, in the findings’ order', () => {
    const cwd = visit('v-cwd', { 'support.worries': 'difficulties to recruit new social workers' });
    const drafts = draftFor(reportFindings('v1', findingsOf(CWD, cwd), findingsOf(CHECS, AUGUST)));
    assert.deepEqual(
      drafts.map((d) => d.heading),
      [CWD, CHECS],
    );
    assert.deepEqual(outline(drafts[0]!.columns.worries), [
      ['Recruitment and retention', ['difficulties to recruit new social workers']],
    ]);
  });
});

describe('report drafting: refreshing a heading keeps the officer’s edits', () => {
  // The officer works on August's draft, then January's visit arrives and August's worries are amended.
  const start = reportDraft(findingsOf(CHECS, AUGUST));
  const august = serviceOf(start);
  const training = pointStarting(august, 'limited ability');
  const partners = pointStarting(august, 'reliance on partners');
  const fuel = pointStarting(august, 'impact for workers');
  const officers = serviceOf(
    edited(
      start,
      { kind: 'rename-theme', heading: CHECS, themeId: 'worries:capacity', title: 'Capacity' },
      { kind: 'reword-point', heading: CHECS, pointId: training.id, text: 'Little time for training' },
      { kind: 'move-point', heading: CHECS, pointId: partners.id, toThemeId: 'worries:capacity', toIndex: 0 },
      { kind: 'drop-point', heading: CHECS, pointId: fuel.id },
      { kind: 'move-theme', heading: CHECS, themeId: 'worries:cost-of-living', toIndex: 0 },
      { kind: 'drop-theme', heading: CHECS, themeId: 'next-steps:cost-of-living' },
    ),
  );
  const amended = visit('v-checs-aug', {
    ...AUGUST.answers,
    'support.worries': AUGUST.answers['support.worries']!.replace('- workloads are high\n', ''),
  });
  const january = visit('v-checs-jan', {
    ...JANUARY.answers,
    'outcomes.next-steps': 'Support for families with the cost of living this winter',
  });
  const first = refreshService(officers, findingsOf(CHECS, amended, january));

  it('adds new points, marked new, to the theme proposed for them, even one the officer renamed', () => {
    assert.equal(first.added, 4);
    assert.deepEqual(outline(first.draft.columns.worries), [
      ['Cost of living', []],
      [
        'Capacity',
        [
          'reliance on partners who are not always able to meet timescales for information',
          'workloads are high',
          'caseloads are high and team consistently busy',
        ],
      ],
      ['Training and development', ['Little time for training']],
      ['Partnership working', []],
      ['Mental health', ['Increase in mental health issues for families since COVID-19.']],
      ['IT and equipment', ['Liquid Logic and connectivity issues']],
    ]);
    const isNew = first.draft.columns.worries.flatMap((t) =>
      t.points.filter((p) => p.isNew).map((p) => p.text),
    );
    assert.deepEqual(isNew, [
      'caseloads are high and team consistently busy',
      'Increase in mental health issues for families since COVID-19.',
      'Liquid Logic and connectivity issues',
    ]);
  });

  it('makes a theme the officer dropped again, at the column’s end, for a new point; the dropped stay dropped', () => {
    assert.deepEqual(outline(first.draft.columns['next-steps']), [
      ['Team capacity', ['Additional capacity would help to improve outcomes.']],
      ['Other', ['Councillors to visit again in the spring.', 'The service manager will report back.']],
      ['Cost of living', ['Support for families with the cost of living this winter']],
    ]);
    assert.deepEqual(
      first.draft.dropped.map((p) => p.text),
      [
        'impact for workers – concerns about fuel/energy costs',
        'Plans to manage the increasing pressure of the cost-of-living crisis and mitigate its impact.',
      ],
    );
  });

  it('marks a point whose answer changed as sourceGone, without removing it, and counts it', () => {
    assert.equal(first.gone, 1);
    const gone = first.draft.columns.worries.flatMap((t) => t.points).filter((p) => p.sourceGone);
    assert.deepEqual(
      gone.map((p) => p.text),
      ['workloads are high'],
    );
  });

  it('takes sourceGone off a point whose words are back; keeps isNew while nothing newer arrives', () => {
    const second = refreshService(first.draft, findingsOf(CHECS, AUGUST, january));
    assert.deepEqual([second.added, second.gone], [0, 0]);
    const points = second.draft.columns.worries.flatMap((t) => t.points);
    assert.ok(points.every((p) => !p.sourceGone));
    assert.equal(points.filter((p) => p.isNew).length, 3);
  });

  it('moves isNew to the points of the latest refresh that brought any', () => {
    const march = visit('v-checs-mar', { 'support.worries': 'laptops are large and heavy' }, '2023-03-20');
    const third = refreshService(first.draft, findingsOf(CHECS, AUGUST, january, march));
    assert.equal(third.added, 1);
    const isNew = third.draft.columns.worries.flatMap((t) =>
      t.points.filter((p) => p.isNew).map((p) => p.text),
    );
    assert.deepEqual(isNew, ['laptops are large and heavy']);
    assert.equal(third.draft.columns.worries.find((t) => t.id === 'worries:it')!.points.length, 2);
  });

  it('changes nothing when the findings are what the draft has seen', () => {
    const again = refreshService(officers, findingsOf(CHECS, AUGUST));
    assert.deepEqual([again.added, again.gone], [0, 0]);
    const { etag: _etag, ...body } = officers;
    assert.deepEqual(again.draft, body);
  });
});

describe('report drafting: refreshing every heading', () => {
  const sb = 'Children with Disabilities Short Breaks Team';
  const shortBreaks = visit('v-sb', {
    'support.worries': 'caseloads are high\n- demand for support is rising',
  });
  const stored: ServiceDraft[] = [
    { ...draftService(findingsOf(CHECS, AUGUST)), etag: 'row-1' },
    { ...draftService(findingsOf(sb, shortBreaks)), etag: 'row-2' },
    { ...draftService(findingsOf('A heading with nothing left')), etag: 'row-3' },
  ];
  const cwd = visit('v-cwd', { 'support.worries': 'difficulties to recruit new social workers' });
  const result = refreshDraft(stored, reportFindings('v2', findingsOf(CHECS, AUGUST), findingsOf(CWD, cwd)));

  it('keeps an unchanged heading and its etag, and says it needs no saving', () => {
    assert.deepEqual(result.services[0], { draft: stored[0], changed: false });
  });

  it('drafts a heading new to the findings, with no etag yet', () => {
    const fresh = result.services[1]!;
    assert.equal(fresh.changed, true);
    assert.equal(fresh.draft.etag, '');
    assert.deepEqual(outline(fresh.draft.columns.worries), [
      ['Recruitment and retention', ['difficulties to recruit new social workers']],
    ]);
  });

  it('keeps a heading gone from the findings while it has points, all marked sourceGone; drops an empty one', () => {
    assert.equal(result.services.length, 3);
    const kept = result.services[2]!;
    assert.deepEqual([kept.draft.heading, kept.draft.etag, kept.changed], [sb, 'row-2', true]);
    assert.ok(kept.draft.columns.worries.every((t) => t.points.every((p) => p.sourceGone)));
    assert.deepEqual([result.added, result.gone], [1, 2]);
  });
});
