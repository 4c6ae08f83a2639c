import assert from 'node:assert/strict';
import { composePaper } from '../../../src/report/compose-paper';
import { sensitiveHits } from '../../../src/report/sensitive-hits';
import type { ReportDraft, ServiceDraft } from '../../../src/report/types';
import { PAPER_FIXTURE } from '../../support/paper-fixture';
import { CHECS, PERIOD, SECTION7_FINDINGS } from './section7-fixture';

const FINDINGS = SECTION7_FINDINGS;

const checs = (worry: string): ServiceDraft => ({
  heading: CHECS,
  columns: {
    'working-well': [
      {
        id: 'working-well:teamwork',
        title: 'Teamwork',
        points: [{ id: 'p1', text: 'good working relationships', visitId: 'v-checs-2022-08' }],
      },
    ],
    worries: [
      {
        id: 'worries:capacity',
        title: 'Team capacity',
        points: [
          { id: 'p2', text: 'workloads are high', visitId: 'v-checs-2022-08' },
          { id: 'p3', text: worry, visitId: 'v-checs-2022-08' },
        ],
      },
    ],
    'next-steps': [],
  },
  dropped: [],
  etag: 'row-1',
});

const draft = (worry: string, executiveSummary?: string): ReportDraft => ({
  periodKey: PERIOD.key,
  sections: {
    text: {
      committee: 'Children and Families Committee',
      ...(executiveSummary ? { executiveSummary } : {}),
    },
    etag: 'sections-1',
  },
  services: [checs(worry)],
  refreshedVersion: FINDINGS.latestVersion,
  refreshedEtag: 'refreshed-1',
});

describe('the personal-data check over the final paper', () => {
  it('finds nothing in a paper without personal details', () => {
    assert.deepEqual(sensitiveHits(composePaper(FINDINGS, draft('limited ability to access training'))), []);
    assert.deepEqual(sensitiveHits(PAPER_FIXTURE), []);
  });

  it('finds an email in a reworded point and a phone number in the executive summary, saying where', () => {
    const paper = composePaper(
      FINDINGS,
      draft(
        'reliance on partners: ask jo.bloggs@cheshireeast.gov.uk about timescales',
        'Councillors met the team.\nFamilies can call the front door on 0300 123 5012 at any time.',
      ),
    );
    const hits = sensitiveHits(paper);
    assert.deepEqual(
      hits.map((h) => [h.where, h.kind]),
      [
        ['2. Executive Summary', 'a UK phone number'],
        [`7. ${CHECS} – What are we worried about? – Team capacity`, 'an email address'],
      ],
    );
    // The warning shortens what it found rather than repeating it.
    for (const hit of hits) {
      assert.ok(!hit.sample.includes('jo.bloggs@cheshireeast.gov.uk'), hit.sample);
      assert.ok(!hit.sample.includes('0300 123 5012'), hit.sample);
      assert.ok(hit.sample.includes('…'), hit.sample);
    }
  });

  it('checks theme titles, the title block and the comments from the head of service', () => {
    const paper = composePaper(FINDINGS, draft('workloads are high'));
    const changed = {
      ...paper,
      titleBlock: [{ label: 'Report of', value: { text: 'Sam Okafor, sam.okafor@council.example' } }],
      themes: {
        ...paper.themes,
        services: paper.themes.services.map((s) =>
          s.heading === CHECS
            ? {
                ...s,
                columns: { ...s.columns, worries: [{ title: 'Call 07700 900123', points: ['workloads'] }] },
                comments: [{ points: ['Write to the team at CW1 2BJ.'] }],
              }
            : s,
        ),
      },
    };
    assert.deepEqual(
      sensitiveHits(changed).map((h) => [h.where, h.kind]),
      [
        ['Report of', 'an email address'],
        [`7. ${CHECS} – What are we worried about? – Call 07700 900123`, 'a UK phone number'],
        [`7. ${CHECS} – Comments from the Head of Service`, 'a postcode'],
      ],
    );
  });
});
