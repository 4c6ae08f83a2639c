import assert from 'node:assert/strict';
import { isWorkingDay } from '../../../src/kernel/london';
import { proposePlan, weekOf, type PlanInput, type ProposedVisit } from '../../../src/rota/plan';
import { checkPlannedVisit } from '../../../src/rota/planning';
import { firstTime, planOf, type Booking } from '../../../src/rota/types';

const service = (id: string, cadenceMonths = 5) => ({ id, cadenceMonths });
const input = (extra: Partial<PlanInput>): PlanInput => ({
  year: 2027,
  today: '2026-11-24',
  services: [service('checs')],
  councillorIds: ['alex', 'priya'],
  visits: [],
  perVisit: 2,
  noticeWorkingDays: 5,
  ...extra,
});
const days = (plan: readonly ProposedVisit[], serviceId: string) =>
  plan.filter((v) => v.serviceId === serviceId).map((v) => v.day);

describe('plan <year>', () => {
  /** [case, input, service, the days proposed for it]. */
  const cases: [string, PlanInput, string, string[]][] = [
    [
      'every five months after the last visit, on the working day on or before the due date',
      input({ visits: [{ serviceId: 'checs', day: '2026-12-01', councillorIds: ['alex'] }] }),
      'checs',
      ['2027-04-30', '2027-09-30'], // due Sat 1 May: Fri 30 Apr; then due Thu 30 Sep
    ],
    [
      'a due date on a bank holiday moves to the working day before',
      input({ visits: [{ serviceId: 'checs', day: '2026-12-03', councillorIds: ['alex'] }] }),
      'checs',
      ['2027-04-30', '2027-09-30'], // due Mon 3 May, the Early May bank holiday: Fri 30 Apr
    ],
    [
      'never visited: as soon as the year starts, then at its cadence',
      input({}),
      'checs',
      ['2027-01-04', '2027-06-04', '2027-11-04'], // 1 Jan is a bank holiday; 4 Jan the first working day after
    ],
    [
      'a visit already booked in the year stays, and the next follows it',
      input({ visits: [{ serviceId: 'checs', day: '2027-03-10', councillorIds: ['alex', 'priya'] }] }),
      'checs',
      ['2027-08-10'],
    ],
    [
      'another cadence is respected',
      input({
        services: [service('cwd', 3)],
        visits: [{ serviceId: 'cwd', day: '2026-11-16', councillorIds: ['alex'] }],
      }),
      'cwd',
      ['2027-02-16', '2027-05-14', '2027-08-13', '2027-11-12'],
    ],
  ];
  for (const [name, plan, serviceId, expected] of cases) {
    it(name, () => assert.deepEqual(days(proposePlan(plan), serviceId), expected));
  }

  it('for the current year, starts after a week of notice and never in the past', () => {
    const plan = proposePlan(input({ year: 2026, today: '2026-11-24' }));
    assert.deepEqual(days(plan, 'checs'), ['2026-12-01']);
  });

  it('never books a councillor twice in one week: two services due together go in different weeks', () => {
    const plan = proposePlan(
      input({
        services: [service('checs'), service('crewe')],
        visits: [
          { serviceId: 'checs', day: '2026-12-01', councillorIds: ['alex'] },
          { serviceId: 'crewe', day: '2026-12-01', councillorIds: ['priya'] },
        ],
      }),
    );
    const [first, second] = plan;
    assert.equal(first?.day, '2027-04-30');
    assert.deepEqual(first?.councillorIds, ['alex', 'priya']);
    assert.notEqual(weekOf(second!.day), weekOf(first!.day));
  });

  it('five services, five councillors, visits in pairs: fair, working days, nobody twice a week', () => {
    const councillorIds = ['a', 'b', 'c', 'd', 'e'];
    const existing = [{ serviceId: 'x', day: '2027-02-03', councillorIds: ['a'] }];
    const plan = proposePlan(
      input({
        services: ['s1', 's2', 's3', 's4', 's5'].map((id) => service(id)),
        councillorIds,
        visits: [
          ...existing,
          { serviceId: 's1', day: '2026-09-15', councillorIds: ['a', 'b'] },
          { serviceId: 's2', day: '2026-10-20', councillorIds: ['c', 'd'] },
          { serviceId: 's3', day: '2026-11-10', councillorIds: ['e', 'a'] },
        ],
      }),
    );
    assert.equal(plan.length, 13); // s1 3, s2 2, s3 2, and s4 and s5 (never visited) 3 each
    const all = [...existing, ...plan];
    for (const v of plan) {
      assert.ok(isWorkingDay(v.day), `${v.day} is a working day`);
      assert.ok(v.day.startsWith('2027-'), `${v.day} is in 2027`);
      assert.equal(v.councillorIds.length, 2);
    }
    for (const id of councillorIds) {
      const weeks = all.filter((v) => v.councillorIds.includes(id)).map((v) => weekOf(v.day));
      assert.equal(new Set(weeks).size, weeks.length, `${id} is never booked twice in one week`);
    }
    const loads = councillorIds.map((id) => all.filter((v) => v.councillorIds.includes(id)).length);
    assert.ok(Math.max(...loads) - Math.min(...loads) <= 1, `fair shares: ${loads.join(', ')}`);
  });

  it('five services never visited, one pair of councillors: one visit a week from January, none dropped', () => {
    const plan = proposePlan(input({ services: ['a', 'b', 'c', 'd', 'e'].map((id) => service(id)) }));
    assert.deepEqual(
      plan.slice(0, 5).map((v) => `${v.serviceId} ${v.day}`),
      ['a 2027-01-04', 'b 2027-01-11', 'c 2027-01-18', 'd 2027-01-25', 'e 2027-02-01'],
    );
    assert.equal(plan.length, 15);
  });

  it('a year that is over proposes nothing', () => {
    assert.deepEqual(proposePlan(input({ year: 2025 })), []);
  });

  it("a row's start time must be a time of day (HH:MM)", () => {
    const councillors = [
      { aadObjectId: 'alex', name: 'Cllr Alex', email: 'a@x', role: 'councillor' as const },
    ];
    const row = (time: string) =>
      checkPlannedVisit(
        { serviceId: 'checs', day: '2027-01-04', time, councillorIds: ['alex'] },
        2027,
        '2026-11-24',
        [{ id: 'checs' }],
        councillors,
      );
    assert.equal(row('14:30'), undefined);
    for (const bad of ['', '25:00', '9:00', '10:60', 'ten']) {
      assert.equal(row(bad), 'Choose a start time (for example 10:00).', bad);
    }
  });
});

describe('a booking moved in time', () => {
  const booking = (time: string, history: Booking['history']): Booking => ({
    id: 'b1',
    serviceId: 'checs',
    day: '2027-01-04',
    time,
    councillorIds: ['alex'],
    status: 'booked',
    history,
    etag: '',
  });
  const planned = { at: 't', byName: 'Sam', what: 'booked', plan: { id: 'p1', size: 3, day: '2027-01-04' } };

  it('remembers the time it was first booked at, from its first move that says where it was', () => {
    assert.equal(firstTime(booking('10:00', [planned])), '10:00');
    // Moved in day before moves recorded where from: the time cannot have changed.
    const old = { at: 't', byName: 'Sam', what: 'moved from 2027-01-03 to 2027-01-04' };
    assert.equal(firstTime(booking('10:00', [planned, old])), '10:00');
    const moved = (day: string, time: string) => ({
      at: 't',
      byName: 'Sam',
      what: 'moved',
      from: { day, time },
    });
    const twice = booking('15:00', [
      planned,
      old,
      moved('2027-01-04', '10:00'),
      moved('2027-01-04', '14:00'),
    ]);
    assert.equal(firstTime(twice), '10:00');
  });

  it('is no longer as its plan booked it once its time changes', () => {
    assert.equal(planOf(booking('10:00', [planned]))?.asPlanned, true);
    const moved = { at: 't', byName: 'Sam', what: 'moved', from: { day: '2027-01-04', time: '10:00' } };
    assert.equal(planOf(booking('14:00', [planned, moved]))?.asPlanned, false);
  });
});
