import assert from 'node:assert/strict';
import type { Action } from '../../../src/actions/types';
import { weeklyDigest } from '../../../src/nudges/digest';
import { DEFAULT_SETTINGS } from '../../../src/nudges/rules';
import { type NudgeState, type VisitFacts } from '../../../src/nudges/types';
import { createNudgeScheduler } from '../../../src/nudges/scheduler';
import { createLogger } from '../../../src/kernel/log';
import type { NewMessage } from '../../../src/outbox/types';
import type { OutboxStore } from '../../../src/outbox/store';

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
  formStarted: false,
  ...extra,
});
const empty: NudgeState = { services: [], visits: [], quiet: new Map(), failedDeliveries: [] };
/** The week a digest at `now` covers, and whether it may be posted then or only update that week's post. */
const when = (now: string): string | undefined => {
  const digest = weeklyDigest(new Date(now), empty, DEFAULT_SETTINGS);
  return digest && `${digest.weekOf} ${digest.mayPost ? 'post' : 'update only'}`;
};

describe('weekly digest', () => {
  /** [case, now (UTC), the week it covers and whether it may be posted, or undefined before it is due]. */
  const timing: [string, string, string | undefined][] = [
    ['Monday 08:59 GMT: not yet', '2026-11-23T08:59:00Z', undefined],
    ['Monday 09:00 GMT: this week, posted', '2026-11-23T09:00:00Z', '2026-11-23 post'],
    ['Monday afternoon (a bot started late that day): posted', '2026-11-23T15:00:00Z', '2026-11-23 post'],
    ['later in the week: only an update of the post', '2026-11-27T16:00:00Z', '2026-11-23 update only'],
    ['Saturday: never posted, only updated', '2026-11-28T10:00:00Z', '2026-11-23 update only'],
    ['Sunday: never posts the week that is ending', '2026-11-29T12:00:00Z', '2026-11-23 update only'],
    ['Monday 09:00 BST is 08:00 UTC (after the March change)', '2026-03-30T08:00:00Z', '2026-03-30 post'],
    ['Monday 08:59 BST after the March change: not yet', '2026-03-30T07:59:00Z', undefined],
    ['the Sunday of the March change: update only', '2026-03-29T10:00:00Z', '2026-03-23 update only'],
    ['Monday 08:30 GMT the day after the October change: not yet', '2026-10-26T08:30:00Z', undefined],
    ['Monday 09:00 GMT after the October change', '2026-10-26T09:00:00Z', '2026-10-26 post'],
    ['the Sunday of the October change: update only', '2026-10-25T12:00:00Z', '2026-10-19 update only'],
    ['Easter Monday is a bank holiday: not that day', '2027-03-29T10:00:00Z', undefined],
    ['Easter Monday: posted on the Tuesday instead', '2027-03-30T08:00:00Z', '2027-03-29 post'],
    ['the Wednesday after Easter: update only', '2027-03-31T09:00:00Z', '2027-03-29 update only'],
    ['Early May bank holiday: posted on the Tuesday', '2027-05-04T09:00:00Z', '2027-05-03 post'],
    ['Christmas 2027: Monday and Tuesday are bank holidays', '2027-12-28T10:00:00Z', undefined],
    ['Christmas 2027: posted on the Wednesday', '2027-12-29T09:00:00Z', '2027-12-27 post'],
  ];
  for (const [name, now, expected] of timing) it(name, () => assert.equal(when(now), expected));

  describe('the scheduler', () => {
    const run = async (now: string, posted: boolean): Promise<string[]> => {
      const queued: string[] = [];
      const scheduler = createNudgeScheduler({
        leases: { acquire: async () => true },
        nudges: {
          quiet: async () => new Map(),
          setQuiet: async () => undefined,
          digest: async () => (posted ? { hash: 'before', version: 0, etag: 'e' } : undefined),
          saveDigest: async () => true,
        },
        state: async () => empty,
        outbox: {
          enqueue: async (m: NewMessage) => void queued.push(`${m.kind} ${m.id}`),
        } as unknown as OutboxStore,
        settings: DEFAULT_SETTINGS,
        instanceId: 'i',
        leaseMs: 1000,
        clock: { now: () => new Date(now) },
        log: createLogger(() => undefined),
        queued: () => undefined,
        render: () => ({}),
        renderDigest: (d) => ({ summary: d.weekOf, activity: {} }),
      });
      await scheduler.tick();
      return queued.map((q) => q.replace(/\.v0001\..*/, '.v0001'));
    };

    it('a bot started on Sunday does not post the week that is ending', async () => {
      assert.deepEqual(await run('2026-11-29T12:00:00Z', false), []);
    });
    it('nor on a later working day of a week it missed', async () => {
      assert.deepEqual(await run('2026-11-25T10:00:00Z', false), []);
    });
    it('posts on the first working day, and updates that post later in the week', async () => {
      assert.deepEqual(await run('2026-11-23T09:00:00Z', false), ['post digest.2026-11-23']);
      assert.deepEqual(await run('2026-11-25T10:00:00Z', true), ['update digest.2026-11-23.v0001']);
    });
  });

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

  describe('overdue actions from visits', () => {
    const action = (n: number, target: string, extra: Partial<Action> = {}): Action => ({
      id: `a${n}`,
      visitId: 'v0',
      serviceId: 'checs',
      serviceName: 'ChECS',
      visitDate: '2026-06-15',
      text: `Action ${n}`,
      status: 'agreed',
      owner: { kind: 'person', aadObjectId: 'ruth', name: 'Ruth Evans' },
      target,
      history: [],
      impacts: [],
      etag: 'e',
      ...extra,
    });
    const sectionOf = (overdueActions: Action[]) =>
      weeklyDigest(new Date('2026-11-24T10:00:00Z'), { ...empty, overdueActions }, DEFAULT_SETTINGS)
        ?.sections;

    it('has a line for each: service, action, owner and the month it was due, longest overdue first', () => {
      assert.deepEqual(
        sectionOf([
          action(1, '2026-10'),
          action(2, '2026-03', {
            serviceName: 'CIN/CP Crewe',
            status: 'in progress',
            owner: { kind: 'team', name: 'Business support' },
          }),
          action(3, '2026-10', { serviceName: 'Children with Disabilities', owner: undefined }),
        ]),
        [
          {
            title: 'Actions from visits overdue',
            lines: [
              'CIN/CP Crewe: Action 2 — Business support, due March 2026',
              'ChECS: Action 1 — Ruth Evans, due October 2026',
              'Children with Disabilities: Action 3 — due October 2026',
            ],
          },
        ],
      );
    });

    it('lists ten and counts the rest', () => {
      const many = Array.from({ length: 13 }, (_, i) => action(i + 1, `2026-0${(i % 9) + 1}`));
      const lines = sectionOf(many)![0]!.lines;
      assert.equal(lines.length, 11);
      assert.equal(lines.at(-1), 'and 3 more');
      assert.equal(lines[0], 'ChECS: Action 1 — Ruth Evans, due January 2026');
      assert.equal(sectionOf(many.slice(0, 11))![0]!.lines.length, 11, 'one more is listed, not counted');
      assert.deepEqual(sectionOf([]), []);
    });
  });
});
