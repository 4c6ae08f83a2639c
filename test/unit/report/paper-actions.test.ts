import assert from 'node:assert/strict';
import type { Action } from '../../../src/actions/types';
import { composePaper } from '../../../src/report/compose-paper';
import { draftFor } from '../../../src/report/draft';
import type { CommitteePaper } from '../../../src/report/paper';
import { sensitiveHits } from '../../../src/report/sensitive-hits';
import type { ReportDraft, ReportVisit } from '../../../src/report/types';
import {
  CHECS,
  CHECS_AUGUST,
  CHECS_JANUARY,
  CIN_CP,
  CIN_CP_VISITS,
  CWD,
  PERIOD,
  SECTION7_FINDINGS as FINDINGS,
} from './section7-fixture';

const DRAFT: ReportDraft = {
  periodKey: PERIOD.key,
  sections: { text: {}, etag: 's' },
  services: draftFor(FINDINGS).map((s) => ({ ...s, etag: 'e' })),
  refreshedVersion: FINDINGS.latestVersion,
  refreshedEtag: 'r',
};
const event = (what: string, note?: string) => ({
  at: '2023-02-01T10:00:00Z',
  by: 'ruth',
  byName: 'Ruth',
  what,
  ...(note ? { note } : {}),
});

const action = (visit: ReportVisit, n: number, text: string, extra: Partial<Action> = {}): Action => ({
  id: `${visit.visitId}-${n}`,
  visitId: visit.visitId,
  serviceId: visit.serviceId,
  serviceName: visit.serviceName,
  visitDate: visit.date,
  text,
  status: 'proposed',
  history: [],
  impacts: [],
  etag: '',
  ...extra,
});
const [CREWE_JANUARY, MAC_NOVEMBER] = [
  CIN_CP_VISITS.find((v) => v.visitId === 'v-crewe-2023-01')!,
  CIN_CP_VISITS.find((v) => v.visitId === 'v-mac-2022-11')!,
];

/** ChECS's actions decided one way or another; five CIN/CP ones left proposed, the later visit first. */
function actions(): Action[] {
  return [
    action(CHECS_AUGUST, 1, 'Plans to manage the increasing pressure of the cost-of-living crisis', {
      status: 'agreed',
      owner: { kind: 'person', aadObjectId: 'ruth', name: 'Ruth Evans' },
      target: '2023-06',
      etag: '1',
    }),
    action(CHECS_AUGUST, 2, 'Protect time for training', {
      status: 'done',
      owner: { kind: 'team', name: 'Business support' },
      target: '2023-01',
      history: [event('agreed'), event('marked done', 'New rota in place since December')],
      etag: '2',
    }),
    action(CHECS_JANUARY, 1, 'Further investigation into Liquid Logic issues', {
      status: 'declined',
      reason: 'The supplier is replacing the system in 2024',
      etag: '3',
    }),
    action(CHECS_JANUARY, 2, 'Fix the printers', {
      status: 'in progress',
      history: [event('already in hand')],
      etag: '4',
    }),
    ...[1, 2, 3].map((n) => action(CREWE_JANUARY, n, `Crewe proposal ${n}`)),
    ...[1, 2].map((n) => action(MAC_NOVEMBER, n, `Macclesfield proposal ${n}`)),
  ];
}

const heading = (paper: CommitteePaper, name: string) => {
  const found = paper.themes.services.find((s) => s.heading === name);
  assert.ok(found, name);
  return found;
};

describe('the committee paper’s actions from visits', () => {
  const all = actions();
  const paper = composePaper(FINDINGS, DRAFT, all);

  it('lists a heading’s decided actions by status: owner and target month, or the reason declined', () => {
    assert.deepEqual(heading(paper, CHECS).actions, {
      groups: [
        {
          title: 'Agreed',
          lines: [
            'Plans to manage the increasing pressure of the cost-of-living crisis — Ruth Evans, by June 2023',
          ],
        },
        { title: 'Open (in progress)', lines: ['Fix the printers'] },
        { title: 'Done', lines: ['Protect time for training — Business support, by January 2023'] },
        {
          title: 'Declined',
          lines: [
            'Further investigation into Liquid Logic issues — declined: The supplier is replacing the system in 2024',
          ],
        },
      ],
    });
  });

  it('counts the proposals still awaiting a decision, listing them only when there are few', () => {
    const cinCp = heading(paper, CIN_CP).actions;
    assert.deepEqual(cinCp, {
      groups: [],
      proposed: { sentence: '5 proposed actions await a decision from the service.', lines: [] },
    });
    const proposals = all.filter((a) => a.status === 'proposed');
    const few = composePaper(FINDINGS, DRAFT, proposals.slice(0, 2));
    assert.deepEqual(heading(few, CIN_CP).actions.proposed, {
      sentence: '2 proposed actions await a decision from the service:',
      lines: ['Crewe proposal 1', 'Crewe proposal 2'],
    });
    assert.equal(
      heading(composePaper(FINDINGS, DRAFT, proposals.slice(0, 1)), CIN_CP).actions.proposed?.sentence,
      '1 proposed action awaits a decision from the service:',
    );
    assert.deepEqual(heading(paper, CWD).actions, { groups: [] });
  });

  it('puts every action in the appendix, in the paper’s heading order and then by visit date', () => {
    assert.deepEqual(paper.actions[0], {
      service: CHECS,
      visitDate: '10 August 2022',
      action: 'Plans to manage the increasing pressure of the cost-of-living crisis',
      status: 'Agreed',
      owner: 'Ruth Evans',
      target: 'June 2023',
      note: '',
    });
    assert.deepEqual(
      paper.actions.map((r) => [r.action, r.status, r.owner, r.target, r.note]),
      [
        [
          'Plans to manage the increasing pressure of the cost-of-living crisis',
          'Agreed',
          'Ruth Evans',
          'June 2023',
          '',
        ],
        [
          'Protect time for training',
          'Done',
          'Business support',
          'January 2023',
          'New rota in place since December',
        ],
        [
          'Further investigation into Liquid Logic issues',
          'Declined',
          '',
          '',
          'The supplier is replacing the system in 2024',
        ],
        ['Fix the printers', 'In progress', '', '', ''],
        ['Macclesfield proposal 1', 'Proposed', '', '', ''],
        ['Macclesfield proposal 2', 'Proposed', '', '', ''],
        ['Crewe proposal 1', 'Proposed', '', '', ''],
        ['Crewe proposal 2', 'Proposed', '', '', ''],
        ['Crewe proposal 3', 'Proposed', '', '', ''],
      ],
    );
    assert.deepEqual(
      paper.actions.slice(4).map((r) => `${r.service}, ${r.visitDate}`),
      [
        ...Array(2).fill(`${MAC_NOVEMBER.serviceName}, 16 November 2022`),
        ...Array(3).fill(`${CREWE_JANUARY.serviceName}, 25 January 2023`),
      ],
    );
  });

  it('leaves the officer’s draft of themes and comments as it was', () => {
    const without = composePaper(FINDINGS, DRAFT);
    assert.deepEqual(
      paper.themes.services.map(({ actions: _, ...rest }) => rest),
      without.themes.services.map(({ actions: _, ...rest }) => rest),
    );
    assert.deepEqual(without.actions, []);
  });

  it('runs the personal-data check over the actions as printed', () => {
    const [first, ...rest] = all;
    const leaky: Action[] = [
      { ...first!, status: 'declined', reason: 'Ask jo.bloggs@council.example, she has the details' },
      ...rest,
    ];
    const hits = sensitiveHits(composePaper(FINDINGS, DRAFT, leaky));
    assert.deepEqual(hits, [
      {
        where: `Appendix: actions – ${CHECS}, visit of 10 August 2022`,
        kind: 'an email address',
        sample: 'jo.…le',
      },
    ]);
    assert.deepEqual(sensitiveHits(paper), []);
  });
});
