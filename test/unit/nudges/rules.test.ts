import assert from 'node:assert/strict';
import { evaluate } from '../../../src/nudges/rules';
import { type NudgeState, type Quiet, type VisitFacts } from '../../../src/nudges/types';

const checs = { id: 'checs', name: 'ChECS', cadenceMonths: 5 };
const visit = (id: string, day: string, extra: Partial<VisitFacts> = {}): VisitFacts => ({
  id,
  serviceId: 'checs',
  day,
  councillorIds: ['alex'],
  cancelled: false,
  booked: true,
  formStarted: false,
  ...extra,
});
/** A visit whose form and responses are done: only the service's cadence matters. */
const done = (id: string, day: string): VisitFacts =>
  visit(id, day, {
    formStarted: true,
    formSubmittedAt: `${day}T15:00:00Z`,
    responsesCompleteAt: `${day}T16:00:00Z`,
  });
const state = (visits: VisitFacts[], quiet: [string, Quiet][] = []): NudgeState => ({
  services: [checs],
  visits,
  quiet: new Map(quiet),
  failedDeliveries: [],
});
const snoozed = (until: string): Quiet => ({ until, by: 'Sam' });
const keys = (now: string, s: NudgeState): string[] =>
  evaluate(new Date(now), s)
    .map((n) => n.key)
    .sort();

/** [case, now (UTC), state, the nudge keys proposed]. */
const cases: [string, string, NudgeState, string[]][] = [
  ['a service 31 days from due: nothing yet', '2026-10-15T09:30:00Z', state([done('v0', '2026-06-15')]), []],
  [
    '30 days from due, no booking: due soon',
    '2026-10-16T09:30:00Z',
    state([done('v0', '2026-06-15')]),
    ['service-due-soon:checs:2026-11-15'],
  ],
  [
    'due soon waits for 09:00 London (08:30 BST)',
    '2026-10-16T07:30:00Z',
    state([done('v0', '2026-06-15')]),
    [],
  ],
  [
    'due soon waits for a working day (Saturday)',
    '2026-10-17T10:00:00Z',
    state([done('v0', '2026-06-15')]),
    [],
  ],
  [
    'past due, no booking: overdue',
    '2026-11-16T09:30:00Z',
    state([done('v0', '2026-06-15')]),
    ['service-overdue:checs:2026-11-15'],
  ],
  [
    'a booking stops the service nudges and confirms to the councillor',
    '2026-11-16T09:30:00Z',
    state([
      visit('v0', '2026-06-15', {
        formSubmittedAt: '2026-06-20T10:00:00Z',
        responsesCompleteAt: '2026-07-01T10:00:00Z',
      }),
      visit('v1', '2026-12-01'),
    ]),
    ['booked:v1:2026-12-01:alex'],
  ],
  [
    'a cancelled booking: cancellation notice, no reminders, and the service is overdue again',
    '2026-11-30T09:30:00Z',
    state([
      visit('v0', '2026-06-15', {
        formSubmittedAt: '2026-06-20T10:00:00Z',
        responsesCompleteAt: '2026-07-01T10:00:00Z',
      }),
      visit('v1', '2026-12-01', { cancelled: true }),
    ]),
    ['cancelled:v1:2026-12-01:alex', 'service-overdue:checs:2026-11-15'],
  ],
  [
    'a rescheduled visit: confirmation and reminder follow the new day',
    '2026-11-25T09:00:00Z',
    state([
      visit('v0', '2026-07-01', {
        formSubmittedAt: '2026-07-02T10:00:00Z',
        responsesCompleteAt: '2026-07-03T10:00:00Z',
      }),
      visit('v1', '2026-11-27'),
    ]),
    ['booked:v1:2026-11-27:alex', 'pre-visit:v1:2026-11-27:alex'],
  ],
  [
    'a visit moved to a new time on its day: confirmation and reminder again, keyed by the new time',
    '2026-11-25T09:00:00Z',
    state([done('v0', '2026-07-01'), visit('v1', '2026-11-27', { time: '14:00', firstTime: '10:00' })]),
    ['booked:v1:2026-11-27@14:00:alex', 'pre-visit:v1:2026-11-27@14:00:alex'],
  ],
  [
    'a booking never moved in time keeps the key it always had (nothing sent twice)',
    '2026-11-25T09:00:00Z',
    state([done('v0', '2026-07-01'), visit('v1', '2026-11-27', { time: '10:30' })]),
    ['booked:v1:2026-11-27:alex', 'pre-visit:v1:2026-11-27:alex'],
  ],
  [
    'pre-visit reminder: not at 08:59 BST on the Friday before the October change',
    '2026-10-23T07:59:00Z',
    state([visit('v1', '2026-10-27')]),
    ['booked:v1:2026-10-27:alex'],
  ],
  [
    'pre-visit reminder: at 09:00 BST, two working days before',
    '2026-10-23T08:00:00Z',
    state([visit('v1', '2026-10-27')]),
    ['booked:v1:2026-10-27:alex', 'pre-visit:v1:2026-10-27:alex'],
  ],
  [
    'pre-visit reminder across the March change: 09:00 GMT',
    '2026-03-27T09:00:00Z',
    state([visit('v1', '2026-03-31')]),
    ['booked:v1:2026-03-31:alex', 'pre-visit:v1:2026-03-31:alex'],
  ],
  [
    'pre-visit reminder skips the Spring bank holiday',
    '2026-05-22T08:00:00Z',
    state([visit('v1', '2026-05-27')]),
    ['booked:v1:2026-05-27:alex', 'pre-visit:v1:2026-05-27:alex'],
  ],
  [
    'no form 13 days after the visit: nothing',
    '2026-11-15T09:00:00Z',
    state([visit('v1', '2026-11-02')]),
    [],
  ],
  [
    'no form at 14 days: a reminder',
    '2026-11-16T09:00:00Z',
    state([visit('v1', '2026-11-02')]),
    ['form-reminder-14:v1:alex'],
  ],
  [
    'no form at 21 days: both reminders proposed (the first was sent already)',
    '2026-11-23T09:00:00Z',
    state([visit('v1', '2026-11-02')]),
    ['form-reminder-14:v1:alex', 'form-reminder-21:v1:alex'],
  ],
  [
    'no form at 28 days: overdue to partnerships',
    '2026-11-30T09:00:00Z',
    state([visit('v1', '2026-11-02')]),
    ['form-overdue:v1'],
  ],
  [
    'a submitted form stops form reminders',
    '2026-11-30T09:00:00Z',
    state([visit('v1', '2026-11-02', { formSubmittedAt: '2026-11-20T10:00:00Z' })]),
    [],
  ],
  [
    'response awaited 10 working days: reminder to the service channel',
    '2026-11-17T09:00:00Z',
    state([visit('v1', '2026-10-30', { formSubmittedAt: '2026-11-03T15:00:00Z' })]),
    ['response-reminder:v1'],
  ],
  [
    'response awaited 20 working days: overdue to partnerships',
    '2026-12-01T09:00:00Z',
    state([visit('v1', '2026-10-30', { formSubmittedAt: '2026-11-03T15:00:00Z' })]),
    ['response-overdue:v1', 'response-reminder:v1'],
  ],
  [
    'responses complete: quiet',
    '2026-12-01T09:00:00Z',
    state([
      visit('v1', '2026-10-30', {
        formSubmittedAt: '2026-11-03T15:00:00Z',
        responsesCompleteAt: '2026-11-10T09:00:00Z',
      }),
    ]),
    [],
  ],
  [
    'snoozed for a week: quiet until then',
    '2026-11-16T09:30:00Z',
    state(
      [done('v0', '2026-06-15')],
      [['service-overdue:checs:2026-11-15', snoozed('2026-11-23T09:30:00Z')]],
    ),
    [],
  ],
  [
    'after the snooze: proposed again, under a new key so that the outbox sends it again',
    '2026-11-23T09:30:00Z',
    state(
      [done('v0', '2026-06-15')],
      [['service-overdue:checs:2026-11-15', snoozed('2026-11-23T09:30:00Z')]],
    ),
    ['service-overdue:checs:2026-11-15~2026-11-23T09:30:00Z'],
  ],
  [
    'a snooze is of one topic only: the form reminder for the same visit still goes',
    '2026-11-16T09:00:00Z',
    state([visit('v1', '2026-11-02')], [['form-overdue:v1', snoozed('2026-12-30T09:00:00Z')]]),
    ['form-reminder-14:v1:alex'],
  ],
  [
    'marked as handled: never again',
    '2026-12-23T09:30:00Z',
    state([done('v0', '2026-06-15')], [['service-overdue:checs:2026-11-15', { handled: true, by: 'Sam' }]]),
    [],
  ],
  ['never visited: said once, on a working day', '2026-11-24T09:30:00Z', state([]), ['never-visited:checs']],
];

describe('nudge rules', () => {
  for (const [name, now, s, expected] of cases) {
    it(name, () => assert.deepEqual(keys(now, s), expected));
  }

  it('offers Book, Snooze and Mark as handled on service nudges; Snooze and handled on overdue forms', () => {
    const at = (now: string, s: NudgeState) =>
      evaluate(new Date(now), s).map((n) => [n.topic, n.to.kind, n.actions, n.serviceId]);
    assert.deepEqual(at('2026-11-16T09:30:00Z', state([done('v0', '2026-06-15')])), [
      ['service-overdue:checs:2026-11-15', 'partnerships', ['book', 'snooze', 'handle'], 'checs'],
    ]);
    assert.deepEqual(at('2026-11-30T09:00:00Z', state([visit('v1', '2026-11-02')])), [
      ['form-overdue:v1', 'partnerships', ['snooze', 'handle'], undefined],
    ]);
  });

  it('tells councillors the day and time in words', () => {
    const [confirmation] = evaluate(
      new Date('2026-11-16T09:30:00Z'),
      state([done('v0', '2026-06-15'), visit('v1', '2026-12-01', { time: '14:30' })]),
    );
    assert.equal(confirmation?.text, 'You are booked to visit ChECS on Tue, 1 Dec 2026 at 14:30.');
  });

  it('confirms and reminds only visits booked on the rota, not ones councillors recorded ahead', () => {
    assert.deepEqual(keys('2026-11-25T09:00:00Z', state([visit('v1', '2026-11-27', { booked: false })])), []);
  });

  describe('confirmations of a booked plan', () => {
    const inPlan = (size: number, asPlanned = true) => ({ plan: { id: 'p1', size, asPlanned } });
    const both = { councillorIds: ['alex', 'priya'], time: '10:00' };
    const planState = (size: number, moved = false): NudgeState => ({
      ...state([
        visit('b2', '2027-03-10', { ...both, ...inPlan(size, !moved) }),
        visit('b1', '2027-01-12', { ...both, ...inPlan(size) }),
        visit('b3', '2027-06-01', {
          time: '14:00',
          meetingLink: 'https://teams.microsoft.com/l/meetup-join/x',
          ...inPlan(size),
        }),
      ]),
      emails: new Map([
        ['alex', 'alex@council.example'],
        ['priya', 'priya@council.example'],
      ]),
    });
    const at = new Date('2026-11-30T10:00:00Z');

    it('one message per councillor, visits in date order with invitations, and no message per booking', () => {
      const nudges = evaluate(at, planState(3));
      assert.deepEqual(
        nudges.map((n) => n.key),
        ['plan-booked:p1:alex', 'plan-booked:p1:priya'],
      );
      const [alex, priya] = nudges;
      assert.equal(alex?.text, 'You are booked for 3 visits from the 2027 plan, in date order:');
      assert.deepEqual(
        alex?.visits?.map((v) => [v.day, v.time, v.meetingLink, v.attendees.join(' ')]),
        [
          ['2027-01-12', '10:00', undefined, 'alex@council.example priya@council.example'],
          ['2027-03-10', '10:00', undefined, 'alex@council.example priya@council.example'],
          ['2027-06-01', '14:00', 'https://teams.microsoft.com/l/meetup-join/x', 'alex@council.example'],
        ],
      );
      assert.equal(priya?.text, 'You are booked for 2 visits from the 2027 plan, in date order:');
    });

    it('waits until every booking of the plan exists', () => {
      assert.deepEqual(keys(at.toISOString(), planState(4)), []);
    });

    it('a visit moved since the plan is confirmed on its own, for its new day', () => {
      const nudges = evaluate(at, planState(3, true));
      assert.deepEqual(nudges.map((n) => n.key).sort(), [
        'booked:b2:2027-03-10:alex',
        'booked:b2:2027-03-10:priya',
        'plan-booked:p1:alex',
        'plan-booked:p1:priya',
      ]);
      assert.deepEqual(
        nudges.find((n) => n.key === 'plan-booked:p1:priya')?.visits?.map((v) => v.day),
        ['2027-01-12'],
      );
    });
  });

  it('a single booking is confirmed with its visit, for the calendar button and meeting link', () => {
    const [confirmation] = evaluate(
      new Date('2026-11-16T09:30:00Z'),
      state([
        done('v0', '2026-06-15'),
        visit('v1', '2026-12-01', {
          time: '14:30',
          meetingLink: 'https://teams.microsoft.com/l/meetup-join/y',
        }),
      ]),
    );
    assert.deepEqual(confirmation?.visits, [
      {
        serviceName: 'ChECS',
        day: '2026-12-01',
        time: '14:30',
        meetingLink: 'https://teams.microsoft.com/l/meetup-join/y',
        attendees: [],
      },
    ]);
  });

  it('the reminder before a booked visit carries its meeting link, when it has one', () => {
    const reminders = (extra: Partial<VisitFacts>) =>
      evaluate(
        new Date('2026-11-25T09:00:00Z'),
        state([done('v0', '2026-07-01'), visit('v1', '2026-11-27', { time: '14:00', ...extra })]),
      ).filter((n) => n.startsBooking);
    const link = 'https://teams.microsoft.com/l/meetup-join/z';
    assert.deepEqual(
      reminders({ meetingLink: link }).map((n) => [n.text, n.meetingLink]),
      [['Your visit to ChECS is on Fri, 27 Nov 2026 at 14:00.', link]],
    );
    assert.deepEqual(
      reminders({}).map((n) => 'meetingLink' in n),
      [false],
    );
  });

  it('is pure: the same (now, state) gives the same nudges', () => {
    const s = state([visit('v1', '2026-11-02')]);
    assert.deepEqual(
      evaluate(new Date('2026-11-30T09:00:00Z'), s),
      evaluate(new Date('2026-11-30T09:00:00Z'), s),
    );
  });
});
