import assert from 'node:assert/strict';
import { draftDeleteOn, submittedDeleteOn } from '../../../src/retention/rules';
import { delivered, facts, hold, plan, visit } from '../../support/retention-facts';

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
    const told = facts({
      visits: [draft],
      reminders: ['c1', 'c2'].map((c) => ({
        id: `retention.draft.v1.2026-06-28.${c}`,
        queuedAt: '2026-06-14T12:00:00Z',
      })),
    });
    assert.deepEqual(plan('2026-06-14T12:00:00Z', told).reminders, []);
    assert.deepEqual(plan('2026-06-27T22:59:00Z', told).doomed, []);
    const on = plan('2026-06-27T23:00:00Z', told);
    assert.deepEqual([on.doomed.length, on.reminders.length], [1, 0]);
  });

  it('never deletes a draft without warning: 200 days idle on the first run, reminded, and deleted 14 days later', () => {
    const draft = visit({ status: 'draft', lastActivityAt: '2025-09-01T10:00:00Z' }); // due 30 Nov 2025
    const first = plan('2026-03-20T09:00:00Z', facts({ visits: [draft] }));
    assert.deepEqual(first.doomed, []);
    assert.deepEqual(
      first.reminders.map((r) => [r.councillorId, r.idleDue, r.deleteOn]),
      [
        ['c1', '2025-11-30', '2026-04-03'],
        ['c2', '2025-11-30', '2026-04-03'],
      ],
    );
    // c2's reminder could only be queued a day later: the draft waits the full notice for c2 too.
    const reminders = [
      { id: 'retention.draft.v1.2025-11-30.c1', queuedAt: '2026-03-20T09:00:00Z' },
      { id: 'retention.draft.v1.2025-11-30.c2', queuedAt: '2026-03-21T09:00:00Z' },
    ];
    const f = facts({ visits: [draft], reminders });
    assert.deepEqual(plan('2026-04-03T12:00:00Z', f).doomed, []);
    assert.deepEqual(plan('2026-04-03T12:00:00Z', f).reminders, []);
    assert.deepEqual(
      plan('2026-04-04T12:00:00Z', f).doomed.map((d) => [d.kind, d.rule, d.due]),
      [['visit', 'drafts-90d', '2026-04-04']],
    );
    // Edited since: a new idle spell, a new reminder before it goes.
    const edited = { ...draft, lastActivityAt: '2026-03-25T10:00:00Z' };
    assert.deepEqual(
      plan('2026-06-10T12:00:00Z', facts({ visits: [edited], reminders })).reminders.length,
      2,
    );
  });

  it('keeps handled marks whose topic has no day (handled means never again); dated ones and snoozes go after a year', () => {
    const at = '2025-01-31T10:00:00Z';
    const f = facts({
      visits: [visit({ id: 'v-open', status: 'draft', lastActivityAt: '2026-01-20T10:00:00Z' })],
      nudgeState: [
        { partition: 'quiet', rowKey: 'never-visited:checs', at, handledTopic: 'never-visited:checs' },
        { partition: 'quiet', rowKey: 'form-overdue:v-open', at, handledTopic: 'form-overdue:v-open' },
        { partition: 'quiet', rowKey: 'form-overdue:v-gone', at, handledTopic: 'form-overdue:v-gone' },
        {
          partition: 'quiet',
          rowKey: 'service-overdue:checs:2025-01-01',
          at,
          handledTopic: 'service-overdue:checs:2025-01-01',
        },
        { partition: 'quiet', rowKey: 'never-visited:cwd', at }, // snoozed
      ],
    });
    assert.deepEqual(
      plan('2026-02-01T12:00:00Z', f).doomed.map((d) => (d.kind === 'nudge-state' ? d.row.rowKey : d.kind)),
      ['form-overdue:v-gone', 'service-overdue:checs:2025-01-01', 'never-visited:cwd'],
    );
  });

  it('deletes a booking never visited, cancelled, or left by a deleted draft as a submitted visit of its day; not one with a visit, nor a held one', () => {
    const booking = (id: string, over = {}) => ({
      id,
      serviceId: 'checs',
      day: '2020-05-10',
      status: 'booked' as const,
      people: ['c1'],
      ...over,
    });
    const f = facts({
      visits: [visit({ id: 'b-visited' })],
      bookings: [
        booking('b-never'),
        booking('b-cancelled', { status: 'cancelled' }),
        booking('b-visited'),
        booking('b-next-year', { day: '2021-04-01' }),
      ],
    });
    assert.deepEqual(
      plan('2027-03-31T22:59:00Z', f).doomed.filter((d) => d.kind === 'booking'),
      [],
    );
    const on = plan('2027-04-01T09:00:00Z', f);
    assert.deepEqual(
      on.doomed
        .filter((d) => d.kind === 'booking')
        .map((d) => [d.kind === 'booking' && d.booking.id, d.rule, d.due]),
      [
        ['b-never', 'bookings-6y', '2027-04-01'],
        ['b-cancelled', 'bookings-6y', '2027-04-01'],
      ],
    );
    const held = plan('2027-04-01T09:00:00Z', { ...f, holds: [hold('person', 'c1')] });
    assert.deepEqual(
      held.held.map((h) => h.record),
      ['visit b-visited', 'booking b-never', 'booking b-cancelled'],
    );
  });

  it('cuts a given-up message down 30 days after it was last tried, a sent one 30 days after it was queued', () => {
    const f = facts({
      delivered: [
        delivered({ status: 'dead', attempts: 5, tryingSince: '2026-01-10T10:00:00Z' }),
        delivered({ id: 'm2' }),
      ],
    });
    const ids = (now: string) => plan(now, f).doomed.map((d) => d.kind === 'outbox' && d.message.id);
    assert.deepEqual(ids('2026-01-31T12:00:00Z'), ['m2']);
    assert.deepEqual(ids('2026-02-09T12:00:00Z'), ['m1', 'm2']);
  });

  it('cuts a delivered message down 30 days after it was queued; nudge state goes after a year', () => {
    const f = facts({
      delivered: [delivered()],
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
      status: 'sent' as const,
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
