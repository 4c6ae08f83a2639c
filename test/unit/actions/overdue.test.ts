import assert from 'node:assert/strict';
import { isOfferedMonth, targetMonths } from '../../../src/actions/months';
import { testClock } from '../../support/clock';
import { actionsWith, CHECS_VISIT, stored } from './actions-fixture';

const STORED = [
  stored(CHECS_VISIT, 'agreed-november', { status: 'agreed', target: '2027-11' }),
  stored(CHECS_VISIT, 'in-progress-december', { status: 'in progress', target: '2027-12' }),
  stored(CHECS_VISIT, 'agreed-january', { status: 'agreed', target: '2028-01' }),
  stored(CHECS_VISIT, 'done-october', { status: 'done', target: '2027-10' }),
  stored(CHECS_VISIT, 'declined', { status: 'declined', reason: 'No' }),
  stored(CHECS_VISIT, 'proposed', { status: 'proposed' }),
];
const overdueAt = async (iso: string) =>
  (await actionsWith({ stored: STORED, clock: testClock(new Date(iso)) }).actions.overdue()).map((a) => a.id);

describe('actions: overdue and target months', () => {
  it('open actions whose target month has passed, across a year end in London time', async () => {
    assert.deepEqual(await overdueAt('2027-12-31T23:30:00Z'), ['agreed-november']);
    assert.deepEqual(await overdueAt('2028-01-01T00:30:00Z'), ['agreed-november', 'in-progress-december']);
    assert.deepEqual(await overdueAt('2028-02-01T00:30:00Z'), [
      'agreed-november',
      'in-progress-december',
      'agreed-january',
    ]);
  });

  it('a target may be this month and the next eleven, across a year end', () => {
    assert.deepEqual(targetMonths('2027-12-31'), [
      '2027-12',
      '2028-01',
      '2028-02',
      '2028-03',
      '2028-04',
      '2028-05',
      '2028-06',
      '2028-07',
      '2028-08',
      '2028-09',
      '2028-10',
      '2028-11',
    ]);
    assert.equal(targetMonths('2028-01-01')[0], '2028-01');
    for (const month of ['2027-12', '2028-11']) assert.ok(isOfferedMonth(month, '2027-12-31'), month);
    for (const month of ['2027-11', '2028-12', '2027-13', 'soon'])
      assert.ok(!isOfferedMonth(month, '2027-12-31'), month);
  });
});
