import assert from 'node:assert/strict';
import { draftDeleteOn, submittedDeleteOn } from '../../../src/retention/rules';
import { facts, hold, plan, visit } from '../../support/retention-facts';

describe('retention rules', () => {
  it('keeps a submitted visit to the end of its municipal year (1 April - 31 March) plus the years', () => {
    assert.equal(submittedDeleteOn('2020-05-10', 6), '2027-04-01');
    assert.equal(submittedDeleteOn('2021-03-31', 6), '2027-04-01');
    assert.equal(submittedDeleteOn('2021-04-01', 6), '2028-04-01');
  });

  it('deletes on 1 April London time: 31 March 23:30Z in summer time is already 1 April', () => {
    const f = facts({ visits: [visit()] });
    assert.equal(plan('2027-03-31T22:59:00Z', f).doomed.length, 0); // 23:59 BST, 31 March
    const doomed = plan('2027-03-31T23:30:00Z', f).doomed; // 00:30 BST, 1 April
    assert.deepEqual(
      doomed.map((d) => [d.kind, d.rule, d.due]),
      [['visit', 'submitted-6y', '2027-04-01']],
    );
  });

  it('deletes a draft 90 days after its last activity, and reminds each councillor from 14 days before', () => {
    const draft = visit({ status: 'draft', lastActivityAt: '2026-03-29T23:30:00Z' }); // 30 March in London (BST)
    assert.equal(draftDeleteOn(draft.lastActivityAt, 90), '2026-06-28');
    const f = facts({ visits: [draft] });
    assert.deepEqual(plan('2026-06-13T12:00:00Z', f).reminders, []);
    assert.deepEqual(
      plan('2026-06-14T12:00:00Z', f).reminders.map((r) => [r.councillorId, r.deleteOn]),
      [
        ['c1', '2026-06-28'],
        ['c2', '2026-06-28'],
      ],
    );
    assert.deepEqual(plan('2026-06-27T22:59:00Z', f).doomed, []);
    const on = plan('2026-06-27T23:00:00Z', f);
    assert.deepEqual([on.doomed.length, on.reminders.length], [1, 0]);
  });

  it('cuts a delivered message down 30 days after it was queued; nudge state goes after a year', () => {
    const f = facts({
      delivered: [
        {
          store: 'Outbox',
          partition: 'outbox',
          rowKey: 'outbox|m1',
          id: 'm1',
          to: { kind: 'partnerships' },
          kind: 'post',
          attempts: 1,
          createdAt: '2026-01-01T10:00:00Z',
          etag: 'e',
        },
      ],
      nudgeState: [
        { partition: 'quiet', rowKey: 't1', at: '2025-01-31T10:00:00Z' },
        { partition: 'digest', rowKey: '2025-02-03', weekOf: '2025-02-03' },
      ],
    });
    assert.deepEqual(
      plan('2026-01-30T12:00:00Z', f).doomed.map((d) => [d.kind, d.due]),
      [],
    );
    assert.deepEqual(
      plan('2026-01-31T12:00:00Z', f).doomed.map((d) => [d.kind, d.rule, d.due]),
      [
        ['outbox', 'outbox-30d', '2026-01-31'],
        ['nudge-state', 'nudges-365d', '2026-01-31'],
      ],
    );
    assert.equal(plan('2026-02-03T12:00:00Z', f).doomed.length, 3);
  });

  it('keeps whatever a hold on the visit, its service or a person named on it covers; a lifted hold keeps nothing', () => {
    const now = '2027-04-02T12:00:00Z';
    const v = visit();
    const message = {
      store: 'Outbox',
      partition: 'outbox',
      rowKey: 'outbox|nudge.response-overdue:v1',
      id: 'nudge.response-overdue:v1',
      to: { kind: 'partnerships' } as const,
      kind: 'post' as const,
      attempts: 1,
      createdAt: '2027-01-01T10:00:00Z',
      etag: 'e',
    };
    for (const h of [hold('visit', 'v1'), hold('service', 'checs'), hold('person', 'r1')]) {
      const p = plan(now, facts({ visits: [v], delivered: [message], holds: [h] }));
      assert.deepEqual(p.doomed, [], h.subject.kind);
      assert.deepEqual(
        p.held.map((x) => [x.record, x.holdIds]),
        [
          ['visit v1', [h.id]],
          ['outbox Outbox/outbox/nudge.response-overdue:v1', [h.id]],
        ],
      );
    }
    const lifted = plan(now, facts({ visits: [v], holds: [hold('visit', 'v1', true)] }));
    assert.equal(lifted.doomed.length, 1);
    const draft = visit({ status: 'draft', lastActivityAt: '2027-01-01T10:00:00Z' });
    assert.deepEqual(
      plan('2027-03-25T12:00:00Z', facts({ visits: [draft], holds: [hold('person', 'c2')] })).reminders,
      [],
    );
  });
});
