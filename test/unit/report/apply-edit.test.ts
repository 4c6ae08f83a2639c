import assert from 'node:assert/strict';
import { applyEdit } from '../../../src/report/apply-edit';
import type { DraftEdit } from '../../../src/report/edits';
import type { ReportDraft } from '../../../src/report/types';
import {
  AUGUST,
  CHECS,
  CWD,
  JANUARY,
  findingsOf,
  outline,
  pointStarting,
  reportDraft,
  serviceOf,
  visit,
} from './draft-fixture';

const cwdVisit = visit('v-cwd', { 'support.worries': 'difficulties to recruit new social workers' });
const DRAFT = reportDraft(findingsOf(CHECS, AUGUST, JANUARY), findingsOf(CWD, cwdVisit));
const WORKLOADS = pointStarting(serviceOf(DRAFT), 'workloads are high').id;
const CASELOADS = pointStarting(serviceOf(DRAFT), 'caseloads are high').id;
const TRAINING = pointStarting(serviceOf(DRAFT), 'limited ability').id;

/** Applies edits in turn, each of which must succeed; returns the last result. */
function apply(draft: ReportDraft, ...edits: DraftEdit[]) {
  let result = applyEdit(draft, edits[0]!);
  for (const edit of edits.slice(1)) {
    assert.ok(result.ok, result.ok ? '' : result.message);
    result = applyEdit(result.draft, edit);
  }
  assert.ok(result.ok, result.ok ? '' : result.message);
  return result;
}

const worries = (draft: ReportDraft) => outline(serviceOf(draft).columns.worries);

describe('report draft edits: themes', () => {
  it('renames a theme (spaces tidied), changing only that heading’s row, and logs both titles', () => {
    const result = apply(DRAFT, {
      kind: 'rename-theme',
      heading: CHECS,
      themeId: 'worries:capacity',
      title: '  Staff \n capacity ',
    });
    const theme = serviceOf(result.draft).columns.worries[0]!;
    assert.deepEqual([theme.id, theme.title], ['worries:capacity', 'Staff capacity']);
    assert.deepEqual(result.changed, { heading: CHECS });
    assert.equal(result.what, 'renamed theme “Team capacity” to “Staff capacity”');
    assert.equal(serviceOf(result.draft).etag, 'row-1', 'the store, not the edit, moves the etag on');
    assert.equal(serviceOf(result.draft, CWD), serviceOf(DRAFT, CWD), 'the other heading is the same object');
  });

  it('quotes at most 40 characters of a title in the log', () => {
    const long = 'Working arrangements and the processes that support them across the partnership';
    const result = apply(DRAFT, {
      kind: 'rename-theme',
      heading: CHECS,
      themeId: 'worries:capacity',
      title: long,
    });
    assert.equal(result.what, 'renamed theme “Team capacity” to “Working arrangements and the processes…”');
  });

  it('adds an empty theme at the end of a column, with an id drafting never proposes', () => {
    const result = apply(
      DRAFT,
      { kind: 'add-theme', heading: CHECS, column: 'worries', title: 'Supporting families' },
      { kind: 'add-theme', heading: CHECS, column: 'worries', title: 'Working arrangements' },
    );
    const added = serviceOf(result.draft).columns.worries.slice(-2);
    assert.deepEqual(
      added.map((t) => [t.id, t.title, t.points.length]),
      [
        ['worries:own-1', 'Supporting families', 0],
        ['worries:own-2', 'Working arrangements', 0],
      ],
    );
    assert.equal(result.what, 'added theme “Working arrangements” to “What are we worried about?”');
  });

  it('merges a theme into another: its points follow the target’s, in order, and it goes', () => {
    const result = apply(
      DRAFT,
      { kind: 'merge-themes', heading: CHECS, themeId: 'worries:training', intoThemeId: 'worries:capacity' },
      {
        kind: 'merge-themes',
        heading: CHECS,
        themeId: 'worries:mental-health',
        intoThemeId: 'worries:capacity',
      },
    );
    assert.deepEqual(worries(result.draft)[0], [
      'Team capacity',
      [
        'workloads are high',
        'caseloads are high and team consistently busy',
        'limited ability to access training',
        'Increase in mental health issues for families since COVID-19.',
      ],
    ]);
    assert.ok(!worries(result.draft).some(([title]) => title === 'Training and development'));
    assert.equal(result.what, 'merged theme “Mental health” into “Team capacity”');
  });

  it('merges across columns of one heading', () => {
    const result = apply(DRAFT, {
      kind: 'merge-themes',
      heading: CHECS,
      themeId: 'next-steps:other',
      intoThemeId: 'worries:capacity',
    });
    const service = serviceOf(result.draft);
    assert.equal(service.columns.worries[0]!.points.length, 4);
    assert.deepEqual(
      service.columns['next-steps'].map((t) => t.title),
      ['Team capacity', 'Cost of living'],
    );
  });

  it('moves a theme within its column, clamping the position', () => {
    const move = (toIndex: number) =>
      apply(DRAFT, { kind: 'move-theme', heading: CHECS, themeId: 'worries:mental-health', toIndex });
    assert.deepEqual(
      worries(move(0).draft).map(([title]) => title),
      [
        'Mental health',
        'Team capacity',
        'Training and development',
        'IT and equipment',
        'Partnership working',
        'Cost of living',
      ],
    );
    assert.equal(worries(move(-3).draft)[0]![0], 'Mental health');
    assert.equal(worries(move(99).draft).at(-1)![0], 'Mental health');
    assert.equal(move(2).what, 'moved theme “Mental health” to position 3');
    assert.equal(move(99).what, 'moved theme “Mental health” to position 6');
  });

  it('drops a theme with all its points into the dropped list', () => {
    const result = apply(DRAFT, { kind: 'drop-theme', heading: CHECS, themeId: 'worries:capacity' });
    const service = serviceOf(result.draft);
    assert.ok(!service.columns.worries.some((t) => t.id === 'worries:capacity'));
    assert.deepEqual(
      service.dropped.map((p) => p.id),
      [WORKLOADS, CASELOADS],
    );
    assert.equal(result.what, 'dropped theme “Team capacity” and its 2 points');
    const empty = apply(
      DRAFT,
      { kind: 'add-theme', heading: CHECS, column: 'worries', title: 'Supporting families' },
      { kind: 'drop-theme', heading: CHECS, themeId: 'worries:own-1' },
    );
    assert.equal(empty.what, 'dropped theme “Supporting families”');
  });
});

describe('report draft edits: points', () => {
  /** The draft with the two capacity points marked new, as a refresh leaves them. */
  const fresh: ReportDraft = {
    ...DRAFT,
    services: DRAFT.services.map((s) =>
      s.heading !== CHECS
        ? s
        : {
            ...s,
            columns: {
              ...s.columns,
              worries: s.columns.worries.map((t) => ({
                ...t,
                points: t.points.map((p) => ({ ...p, isNew: true })),
              })),
            },
          },
    ),
  };
  const point = (draft: ReportDraft, id: string) =>
    serviceOf(draft)
      .columns.worries.flatMap((t) => t.points)
      .find((p) => p.id === id);

  it('moves a point to another theme at a position, or to its end; the point is no longer new', () => {
    const result = apply(fresh, {
      kind: 'move-point',
      heading: CHECS,
      pointId: CASELOADS,
      toThemeId: 'worries:mental-health',
      toIndex: 0,
    });
    assert.deepEqual(worries(result.draft).at(-1), [
      'Mental health',
      [
        'caseloads are high and team consistently busy',
        'Increase in mental health issues for families since COVID-19.',
      ],
    ]);
    assert.equal(point(result.draft, CASELOADS)!.isNew, undefined);
    assert.equal(point(result.draft, WORKLOADS)!.isNew, true, 'other points stay new');
    assert.equal(result.what, 'moved a point from “Team capacity” to “Mental health”');
    const toEnd = apply(fresh, {
      kind: 'move-point',
      heading: CHECS,
      pointId: WORKLOADS,
      toThemeId: 'worries:mental-health',
    });
    assert.equal(worries(toEnd.draft).at(-1)![1].at(-1), 'workloads are high');
  });

  it('moves a point within its theme', () => {
    const result = apply(DRAFT, {
      kind: 'move-point',
      heading: CHECS,
      pointId: WORKLOADS,
      toThemeId: 'worries:capacity',
      toIndex: 5,
    });
    assert.deepEqual(worries(result.draft)[0]![1], [
      'caseloads are high and team consistently busy',
      'workloads are high',
    ]);
    assert.equal(result.what, 'moved a point within “Team capacity”');
  });

  it('rewords a point on one line, without quoting it in the log; the point is no longer new', () => {
    const result = apply(fresh, {
      kind: 'reword-point',
      heading: CHECS,
      pointId: WORKLOADS,
      text: ' Workloads are high,\n  especially in the duty team ',
    });
    assert.deepEqual(point(result.draft, WORKLOADS), {
      id: WORKLOADS,
      text: 'Workloads are high, especially in the duty team',
      visitId: 'v-checs-aug',
    });
    assert.equal(result.what, 'reworded a point in “Team capacity”');
  });

  it('drops a point into the dropped list, and restores it, as reworded, to a theme of any column', () => {
    const dropped = apply(
      DRAFT,
      { kind: 'reword-point', heading: CHECS, pointId: TRAINING, text: 'Little time for training' },
      { kind: 'drop-point', heading: CHECS, pointId: TRAINING },
    );
    assert.deepEqual(worries(dropped.draft)[1], ['Training and development', []]);
    assert.deepEqual(serviceOf(dropped.draft).dropped, [
      { id: TRAINING, text: 'Little time for training', visitId: 'v-checs-aug' },
    ]);
    assert.equal(dropped.what, 'dropped a point from “Training and development”');
    const restored = apply(dropped.draft, {
      kind: 'restore-point',
      heading: CHECS,
      pointId: TRAINING,
      toThemeId: 'next-steps:other',
    });
    assert.deepEqual(serviceOf(restored.draft).dropped, []);
    assert.deepEqual(outline(serviceOf(restored.draft).columns['next-steps']).at(-1), [
      'Other',
      [
        'Councillors to visit again in the spring.',
        'The service manager will report back.',
        'Little time for training',
      ],
    ]);
    assert.equal(restored.what, 'restored a point to “Other”');
  });
});

describe('report draft edits: free sections', () => {
  it('writes a section (trimmed), changing only the sections’ row', () => {
    const result = apply(DRAFT, {
      kind: 'set-section',
      section: 'executiveSummary',
      text: '  Councillors continue to be committed. \n',
    });
    assert.deepEqual(result.draft.sections, {
      text: { executiveSummary: 'Councillors continue to be committed.' },
      etag: 'sections-1',
    });
    assert.deepEqual(result.changed, { sections: true });
    assert.equal(result.draft.services, DRAFT.services);
    assert.equal(result.what, 'wrote the section “Executive summary”');
  });

  it('clears a section back to its placeholder', () => {
    const result = apply(
      DRAFT,
      { kind: 'set-section', section: 'wards', text: 'All' },
      { kind: 'set-section', section: 'wards', text: '   ' },
    );
    assert.deepEqual(result.draft.sections.text, {});
    assert.equal(result.what, 'cleared the section “Wards affected”');
  });
});

describe('report draft edits: refusals, in a sentence, leaving the draft as it was', () => {
  const dropped = apply(DRAFT, { kind: 'drop-point', heading: CHECS, pointId: TRAINING }).draft;
  const reload = 'Reload the draft.';
  const cases: [string, ReportDraft, DraftEdit, string][] = [
    [
      'unknown heading',
      DRAFT,
      { kind: 'drop-theme', heading: 'Fostering', themeId: 'worries:capacity' },
      `That heading is no longer in the draft: the services may have changed. ${reload}`,
    ],
    [
      'unknown theme',
      DRAFT,
      { kind: 'rename-theme', heading: CHECS, themeId: 'worries:nothing', title: 'Capacity' },
      `That theme is no longer in the draft: someone may have merged or dropped it. ${reload}`,
    ],
    [
      'a theme of the same name under another heading is not this heading’s',
      DRAFT,
      { kind: 'move-point', heading: CWD, pointId: WORKLOADS, toThemeId: 'worries:capacity' },
      `That point is no longer in the draft: someone may have dropped it. ${reload}`,
    ],
    [
      'merge target gone',
      DRAFT,
      { kind: 'merge-themes', heading: CHECS, themeId: 'worries:training', intoThemeId: 'worries:pay' },
      `That theme is no longer in the draft: someone may have merged or dropped it. ${reload}`,
    ],
    [
      'empty title',
      DRAFT,
      { kind: 'add-theme', heading: CHECS, column: 'worries', title: ' \n ' },
      'A theme needs a title.',
    ],
    [
      'title too long',
      DRAFT,
      { kind: 'rename-theme', heading: CHECS, themeId: 'worries:capacity', title: 'x'.repeat(121) },
      'A theme title can be at most 120 characters; this one has 121.',
    ],
    [
      'title another theme of the column has',
      DRAFT,
      { kind: 'rename-theme', heading: CHECS, themeId: 'worries:capacity', title: 'mental HEALTH' },
      'There is already a theme “Mental health” in this column: merge the two instead.',
    ],
    [
      'added theme with a title the column has',
      DRAFT,
      { kind: 'add-theme', heading: CHECS, column: 'worries', title: 'Team capacity' },
      'There is already a theme “Team capacity” in this column: merge the two instead.',
    ],
    [
      'no such column',
      DRAFT,
      { kind: 'add-theme', heading: CHECS, column: 'elsewhere' as 'worries', title: 'Other things' },
      'There is no such column in the table.',
    ],
    [
      'merge into itself',
      DRAFT,
      { kind: 'merge-themes', heading: CHECS, themeId: 'worries:capacity', intoThemeId: 'worries:capacity' },
      'A theme cannot be merged into itself.',
    ],
    [
      'position not a whole number',
      DRAFT,
      { kind: 'move-theme', heading: CHECS, themeId: 'worries:capacity', toIndex: 1.5 },
      'That position is not a whole number.',
    ],
    [
      'point position not a whole number',
      DRAFT,
      {
        kind: 'move-point',
        heading: CHECS,
        pointId: WORKLOADS,
        toThemeId: 'worries:it',
        toIndex: Number.NaN,
      },
      'That position is not a whole number.',
    ],
    [
      'unknown point',
      DRAFT,
      { kind: 'reword-point', heading: CHECS, pointId: 'abcdef123456', text: 'Workloads' },
      `That point is no longer in the draft: someone may have dropped it. ${reload}`,
    ],
    [
      'empty reword',
      DRAFT,
      { kind: 'reword-point', heading: CHECS, pointId: WORKLOADS, text: '  \n ' },
      'A point cannot be empty: drop it instead.',
    ],
    [
      'reword too long',
      DRAFT,
      { kind: 'reword-point', heading: CHECS, pointId: WORKLOADS, text: 'w'.repeat(2001) },
      'A point can be at most 2,000 characters; this one has 2,001.',
    ],
    [
      'rewording a dropped point',
      dropped,
      { kind: 'reword-point', heading: CHECS, pointId: TRAINING, text: 'Training' },
      'That point has been dropped: restore it first.',
    ],
    [
      'moving a dropped point',
      dropped,
      { kind: 'move-point', heading: CHECS, pointId: TRAINING, toThemeId: 'worries:capacity' },
      'That point has been dropped: restore it first.',
    ],
    [
      'dropping a dropped point',
      dropped,
      { kind: 'drop-point', heading: CHECS, pointId: TRAINING },
      'That point has already been dropped.',
    ],
    [
      'restoring a point that is not dropped',
      DRAFT,
      { kind: 'restore-point', heading: CHECS, pointId: WORKLOADS, toThemeId: 'worries:capacity' },
      'That point is already in the draft, not among the dropped points.',
    ],
    [
      'restoring into a theme that is gone',
      dropped,
      { kind: 'restore-point', heading: CHECS, pointId: TRAINING, toThemeId: 'worries:pay' },
      `That theme is no longer in the draft: someone may have merged or dropped it. ${reload}`,
    ],
    [
      'section too long',
      DRAFT,
      { kind: 'set-section', section: 'implications', text: 's'.repeat(20001) },
      'A section can be at most 20,000 characters; this one has 20,001.',
    ],
    [
      'no such section',
      DRAFT,
      { kind: 'set-section', section: 'appendix' as 'wards', text: 'Appendix 1' },
      'There is no such section in the paper.',
    ],
    [
      'an edit this code does not know',
      DRAFT,
      { kind: 'split-theme', heading: CHECS } as unknown as DraftEdit,
      'That is not a change the draft knows how to make.',
    ],
  ];
  for (const [what, draft, edit, message] of cases) {
    it(what, () => {
      const before = structuredClone(draft);
      assert.deepEqual(applyEdit(draft, edit), { ok: false, message });
      assert.deepEqual(draft, before);
    });
  }

  it('counts an emoji as one character', () => {
    const title = `${'x'.repeat(119)}👍`;
    const result = applyEdit(DRAFT, {
      kind: 'rename-theme',
      heading: CHECS,
      themeId: 'worries:capacity',
      title,
    });
    assert.equal(result.ok, true);
  });
});
