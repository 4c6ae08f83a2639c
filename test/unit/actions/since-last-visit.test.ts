import assert from 'node:assert/strict';
import { proposedActions } from '../../../src/actions/propose';
import type { Action } from '../../../src/actions/types';
import { testClock, testDay } from '../../support/clock';
import { actionsWith, ALEX, PRIYA, stored, visit } from './actions-fixture';

const nextSteps = (...points: string[]) => ({ 'outcomes.next-steps': points.join('\n') });
const OLDEST = visit({ visitId: 'v-oldest', date: testDay(-400), answers: nextSteps('Old undecided') });
const OLDER = visit({ visitId: 'v-older', date: testDay(-300), answers: {} });
const LAST = visit({ visitId: 'v-last', date: testDay(-150), answers: nextSteps('Last undecided') });
const LATER = visit({ visitId: 'v-later', date: testDay(10), answers: nextSteps('Later undecided') });
const CREWE = visit({
  visitId: 'v-crewe',
  serviceId: 'crewe',
  serviceName: 'CIN/CP Crewe',
  date: testDay(-100),
  answers: nextSteps('Crewe undecided'),
});
const VISITS = [OLDEST, OLDER, LAST, LATER, CREWE];

const STORED: Action[] = [
  stored(OLDER, 'older-agreed', { status: 'agreed' }),
  stored(OLDER, 'older-in-progress', { status: 'in progress' }),
  stored(OLDER, 'older-done', { status: 'done' }),
  stored(OLDER, 'older-declined', { status: 'declined', reason: 'No' }),
  stored(LAST, 'last-done', { status: 'done' }),
  stored(LAST, 'last-declined', { status: 'declined', reason: 'No' }),
  stored(LAST, 'last-agreed', { status: 'agreed' }),
  stored(LATER, 'later-agreed', { status: 'agreed' }),
  stored(CREWE, 'crewe-agreed', { ...CREWE, status: 'agreed' }),
];
const label = (a: Action) => (a.etag === '' ? a.text : a.id);

describe('actions: since the last visit', () => {
  it('the last visit’s actions of any status, then older open or undecided ones; not later visits’ nor other services’', async () => {
    const { actions } = actionsWith({ stored: STORED, visits: VISITS });
    const since = await actions.sinceLastVisit('checs', testDay());
    assert.deepEqual(since.map(label), [
      'Old undecided',
      'older-agreed',
      'older-in-progress',
      'Last undecided',
      'last-done',
      'last-declined',
      'last-agreed',
    ]);
  });

  it('a visit on the day itself is not “the last visit”; a service never visited starts with nothing', async () => {
    const today = visit({ visitId: 'v-today', date: testDay(), answers: nextSteps('Today undecided') });
    const { actions } = actionsWith({ stored: STORED, visits: [...VISITS, today] });
    const since = await actions.sinceLastVisit('checs', testDay());
    assert.ok(since.some((a) => a.id === 'last-done'));
    assert.ok(!since.some((a) => a.visitId === 'v-today'));
    assert.deepEqual(await actions.sinceLastVisit('nowhere', testDay()), []);
  });
});

describe('actions: a councillor notes whether an action made a difference', () => {
  const impact = (madeDifference: 'yes' | 'no', note?: string, visitId = 'v-now') => ({
    visitId,
    madeDifference,
    ...(note === undefined ? {} : { note }),
  });

  it('stores an undecided proposal of the last visit when first noted on it', async () => {
    const { actions, store } = actionsWith({ visits: VISITS });
    const [proposal] = proposedActions(LAST);
    const result = await actions.recordImpact(
      'checs',
      proposal!.id,
      ALEX,
      impact('yes', ' Less waiting '),
      testDay(),
    );
    assert.ok(result.ok);
    const [row] = store.rows();
    assert.equal(row!.id, proposal!.id);
    assert.equal(row!.status, 'proposed');
    assert.equal(row!.text, 'Last undecided');
    assert.deepEqual(
      row!.impacts.map((i) => [i.by, i.byName, i.visitId, i.madeDifference, i.note]),
      [['alex', ALEX.name, 'v-now', 'yes', 'Less waiting']],
    );
  });

  it('replaces the same councillor’s note for the same visit; keeps others’ and other visits’', async () => {
    const clock = testClock();
    const { actions, store } = actionsWith({ stored: STORED, visits: VISITS, clock });
    const record = async (by = ALEX, ...args: Parameters<typeof impact>) =>
      assert.ok((await actions.recordImpact('checs', 'last-agreed', by, impact(...args), testDay())).ok);
    await record(ALEX, 'no', 'Nothing yet', 'v-earlier');
    await record(ALEX, 'no', 'Not sure');
    await record(PRIYA, 'yes');
    clock.advance(60_000);
    await record(ALEX, 'yes', 'Staff said it helped');
    const row = store.rows().find((a) => a.id === 'last-agreed')!;
    assert.deepEqual(
      row.impacts.map((i) => [i.by, i.visitId, i.madeDifference, i.note]),
      [
        ['alex', 'v-earlier', 'no', 'Nothing yet'],
        ['priya', 'v-now', 'yes', undefined],
        ['alex', 'v-now', 'yes', 'Staff said it helped'],
      ],
    );
    assert.ok(
      Date.parse(row.impacts[2]!.at) > Date.parse(row.impacts[1]!.at),
      'the replacement is dated now',
    );
  });

  it('refuses an action it cannot find (another service’s, or a later visit’s proposal)', async () => {
    const { actions, store } = actionsWith({ stored: STORED, visits: VISITS });
    for (const id of ['crewe-agreed', proposedActions(LATER)[0]!.id, 'nothing']) {
      const result = await actions.recordImpact('checs', id, ALEX, impact('yes'), testDay());
      assert.deepEqual(result, { ok: false, problem: 'I cannot find that action.' });
    }
    assert.deepEqual(store.saves, []);
  });

  it('records several in one transaction: all of them, or none when one is not found or changed since read', async () => {
    const { actions, store } = actionsWith({ stored: STORED, visits: VISITS });
    const [proposal] = proposedActions(LAST);
    const two = [
      { ...impact('yes'), actionId: 'last-agreed' },
      { ...impact('no', 'Not yet'), actionId: proposal!.id },
    ];
    const missing = await actions.recordImpacts(
      'checs',
      ALEX,
      [...two, { ...impact('yes'), actionId: 'nothing' }],
      testDay(),
    );
    assert.deepEqual(missing, { ok: false, problem: 'I cannot find that action.' });
    assert.equal(store.saves.length, 0);

    const read = store.repository.forService;
    store.repository.forService = async (serviceId) => {
      store.repository.forService = read;
      const rows = await read(serviceId);
      const other = rows.find((a) => a.id === 'last-agreed')!;
      await store.repository.saveAll(serviceId, [{ ...other, status: 'done' }]);
      return rows;
    };
    const conflict = await actions.recordImpacts('checs', ALEX, two, testDay());
    assert.deepEqual(conflict, {
      ok: false,
      problem: 'That action changed a moment ago: open the card again.',
    });
    assert.equal(store.saves.length, 1, 'only the other save');
    assert.ok(!store.rows().some((a) => a.impacts.length > 0), 'neither impact kept');

    assert.ok((await actions.recordImpacts('checs', ALEX, two, testDay())).ok);
    assert.deepEqual(
      store.saves.at(-1)!.map((a) => [a.id, a.impacts.map((i) => i.madeDifference)]),
      [
        ['last-agreed', ['yes']],
        [proposal!.id, ['no']],
      ],
    );
    assert.equal(store.saves.length, 2, 'one transaction');
  });
});
