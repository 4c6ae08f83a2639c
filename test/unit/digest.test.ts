import assert from 'node:assert/strict';
import { weeklyDigest } from '../../src/nudges/digest';
import { DEFAULT_SETTINGS, type NudgeState, type VisitFacts } from '../../src/nudges/rules';

const services = [
  { id: 'checs', name: 'ChECS', cadenceMonths: 5 },
  { id: 'crewe', name: 'CIN/CP Crewe', cadenceMonths: 5 },
  { id: 'cwd', name: 'Children with Disabilities', cadenceMonths: 5 },
];
const visit = (id: string, serviceId: string, day: string, extra: Partial<VisitFacts> = {}): VisitFacts => ({
  id,
  serviceId,
  day,
  councillorIds: ['alex'],
  cancelled: false,
  booked: true,
  ...extra,
});
const empty: NudgeState = { services: [], visits: [], quiet: new Map(), failedDeliveries: [] };
const weekOf = (now: string): string | undefined =>
  weeklyDigest(new Date(now), empty, DEFAULT_SETTINGS)?.weekOf;

describe('weekly digest', () => {
  /** [case, now (UTC), the week it covers, or undefined before it is due]. */
  const timing: [string, string, string | undefined][] = [
    ['Monday 08:59 GMT: not yet', '2026-11-23T08:59:00Z', undefined],
    ['Monday 09:00 GMT: this week', '2026-11-23T09:00:00Z', '2026-11-23'],
    ['later in the week: still this week', '2026-11-27T16:00:00Z', '2026-11-23'],
    ['Sunday: still the week that began on Monday', '2026-11-29T12:00:00Z', '2026-11-23'],
    ['Monday 09:00 BST is 08:00 UTC (after the March change)', '2026-03-30T08:00:00Z', '2026-03-30'],
    ['Monday 08:30 GMT the day after the October change: not yet', '2026-10-26T08:30:00Z', undefined],
    ['Monday 09:00 GMT after the October change', '2026-10-26T09:00:00Z', '2026-10-26'],
    ['Easter Monday is a bank holiday: not that day', '2027-03-29T10:00:00Z', undefined],
    ['Easter Monday: posted on the Tuesday instead', '2027-03-30T08:00:00Z', '2027-03-29'],
  ];
  for (const [name, now, expected] of timing) it(name, () => assert.equal(weekOf(now), expected));

  it('lists everything open, by heading, with what the partnerships team did about it', () => {
    const state: NudgeState = {
      services,
      visits: [
        // ChECS: held in June, due 15 Nov, not booked: overdue (snoozed).
        visit('v0', 'checs', '2026-06-15', {
          formSubmittedAt: '2026-06-16T10:00:00Z',
          responsesCompleteAt: '2026-06-20T10:00:00Z',
        }),
        // Crewe: held 2 Nov with no form yet; booked again for 1 Dec, and a cancelled 2 Dec booking.
        visit('v1', 'crewe', '2026-11-02'),
        visit('v2', 'crewe', '2026-12-01'),
        visit('v3', 'crewe', '2026-12-02', { cancelled: true }),
        // Children with Disabilities: held 2 Oct, form submitted 5 Oct, no response: overdue (handled).
        visit('v4', 'cwd', '2026-10-02', { formSubmittedAt: '2026-10-05T10:00:00Z' }),
      ],
      quiet: new Map([
        ['service-overdue:checs:2026-11-15', { until: '2026-12-01T09:30:00Z', by: 'Sam Okafor' }],
        ['response-overdue:v4', { handled: true, by: 'Sam Okafor' }],
      ]),
      failedDeliveries: ['Response request: ChECS, 2 Nov 2026'],
    };
    const digest = weeklyDigest(new Date('2026-11-24T10:00:00Z'), state, DEFAULT_SETTINGS)!;
    assert.deepEqual(digest.sections, [
      {
        title: 'Services to book',
        lines: ['ChECS: overdue since Sun, 15 Nov 2026 (snoozed by Sam Okafor until Tue, 1 Dec 2026)'],
      },
      { title: 'Visits in the next 14 days', lines: ['Tue, 1 Dec 2026: CIN/CP Crewe'] },
      {
        title: 'Forms awaited from councillors',
        lines: ['CIN/CP Crewe, visited Mon, 2 Nov 2026: 22 days since the visit'],
      },
      {
        title: 'Responses awaited',
        lines: [
          'Children with Disabilities, visited Fri, 2 Oct 2026: overdue (marked as handled by Sam Okafor)',
        ],
      },
      { title: 'Failed deliveries (type outbox to retry)', lines: ['Response request: ChECS, 2 Nov 2026'] },
    ]);
  });

  it('has no sections when nothing is open, and the snooze note goes once the snooze ends', () => {
    assert.deepEqual(weeklyDigest(new Date('2026-11-24T10:00:00Z'), empty, DEFAULT_SETTINGS)?.sections, []);
    const state: NudgeState = {
      ...empty,
      services: [services[0]!],
      visits: [
        visit('v0', 'checs', '2026-06-15', {
          formSubmittedAt: '2026-06-16T10:00:00Z',
          responsesCompleteAt: '2026-06-20T10:00:00Z',
        }),
      ],
      quiet: new Map([['service-overdue:checs:2026-11-15', { until: '2026-11-24T09:30:00Z', by: 'Sam' }]]),
    };
    assert.deepEqual(weeklyDigest(new Date('2026-11-24T10:00:00Z'), state, DEFAULT_SETTINGS)?.sections, [
      { title: 'Services to book', lines: ['ChECS: overdue since Sun, 15 Nov 2026'] },
    ]);
  });
});
