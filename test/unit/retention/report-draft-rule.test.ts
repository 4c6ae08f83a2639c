import assert from 'node:assert/strict';
import { reportDraftDeleteOn } from '../../../src/retention/rules';
import type { Hold, ReportDraftFacts, RetentionFacts } from '../../../src/retention/types';
import { facts as noFacts, hold, plan, visit } from '../../support/retention-facts';

const draft = (over: Partial<ReportDraftFacts> = {}): ReportDraftFacts => ({
  periodKey: '2020-21',
  visitIds: ['v-quoted'],
  editors: ['officer-1'],
  ...over,
});
/** One draft, of 2020-21, quoting a visit that is gone. */
const facts = (over: Partial<RetentionFacts> = {}): RetentionFacts =>
  noFacts({ reportDrafts: [draft()], ...over });
const doomedDrafts = (now: string, f: RetentionFacts) =>
  plan(now, f)
    .doomed.filter((d) => d.kind === 'report-draft')
    .map((d) => [d.draft.periodKey, d.rule, d.due]);

describe('retention rules: a period’s committee report draft', () => {
  it('goes on 1 April after the end of the municipal year its period ends in, plus the years', () => {
    assert.equal(reportDraftDeleteOn('2020-21', 6)?.due, '2027-04-01');
    assert.equal(reportDraftDeleteOn('2020-21', 6)?.period.to, '2021-03-31');
    // A custom period ending in December belongs to the municipal year ending the next 31 March.
    assert.equal(reportDraftDeleteOn('2020-05-01..2020-12-31', 6)?.due, '2027-04-01');
    assert.equal(reportDraftDeleteOn('2020-05-01..2021-04-01', 6)?.due, '2028-04-01');
    assert.equal(reportDraftDeleteOn('not-a-period', 6), undefined);
  });

  it('is kept on 31 March and deleted from midnight on 1 April, London (summer time)', () => {
    assert.deepEqual(doomedDrafts('2027-03-31T22:59:00Z', facts()), []); // 23:59 BST, 31 March
    assert.deepEqual(doomedDrafts('2027-03-31T23:00:00Z', facts()), [
      ['2020-21', 'report-drafts-6y', '2027-04-01'],
    ]);
    assert.deepEqual(doomedDrafts('2030-01-01T12:00:00Z', facts()).length, 1); // any day after
  });

  it('keeps a draft whose key names no period', () => {
    const f = facts({ reportDrafts: [draft({ periodKey: 'scratch' })] });
    assert.deepEqual(plan('2100-04-01T12:00:00Z', f), {
      today: '2100-04-01',
      doomed: [],
      reminders: [],
      held: [],
    });
  });

  it('is kept by a hold on a service or visit of its period, on a visit it quotes, or on a person of either', () => {
    const ofPeriod = visit({ id: 'v-in', serviceId: 'cwd', date: '2021-03-31', people: ['c7'] });
    const otherYear = visit({ id: 'v-out', serviceId: 'leaving-care', date: '2021-04-01', people: ['c8'] });
    const cases: [Hold, boolean][] = [
      [hold('service', 'cwd'), true], // a visit of the period is of that service
      [hold('visit', 'v-in'), true],
      [hold('person', 'c7'), true], // named on a visit of the period
      [hold('visit', 'v-quoted'), true], // quoted, though the visit itself is gone
      [hold('person', 'officer-1'), true], // the change log names them
      [hold('service', 'leaving-care'), false], // its only visit is of the next year
      [hold('visit', 'v-out'), false],
      [hold('person', 'c8'), false],
      [hold('service', 'cwd', true), false], // lifted
    ];
    for (const [h, kept] of cases) {
      const p = plan('2027-04-02T12:00:00Z', facts({ visits: [ofPeriod, otherYear], holds: [h] }));
      const held = p.held.filter((r) => r.record === 'report-draft 2020-21');
      assert.deepEqual(
        [held.map((r) => r.holdIds), p.doomed.some((d) => d.kind === 'report-draft')],
        kept ? [[[h.id]], false] : [[], true],
        `${h.subject.kind} ${h.subject.id}${h.lifted ? ' (lifted)' : ''}`,
      );
    }
  });
});
