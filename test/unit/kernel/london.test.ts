import assert from 'node:assert/strict';
import {
  addMonths,
  addWorkingDays,
  bankHolidays,
  isWorkingDay,
  londonDay,
  londonTime,
  subtractWorkingDays,
} from '../../../src/kernel/london';

describe('calendar (Europe/London, England and Wales)', () => {
  it('knows the bank holidays, including substitutes and proclaimed changes', () => {
    assert.deepEqual([...bankHolidays(2026)].sort(), [
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28', // Boxing Day is a Saturday
    ]);
    assert.deepEqual([...bankHolidays(2027)].sort().slice(-2), ['2027-12-27', '2027-12-28']); // both at the weekend
    assert.ok(bankHolidays(2022).has('2022-09-19') && bankHolidays(2022).has('2022-06-03'));
    assert.ok(!bankHolidays(2022).has('2022-05-30'));
    assert.deepEqual(
      [...bankHolidays(2028)].filter((d) => d.startsWith('2028-04')),
      ['2028-04-14', '2028-04-17'],
    );
  });

  const workingDays: [string, string, number, string][] = [
    ['plain week', '2026-11-23', 3, '2026-11-26'],
    ['over a weekend', '2026-11-27', 1, '2026-11-30'],
    ['over Easter', '2026-04-02', 1, '2026-04-07'],
    ['over Christmas 2026', '2026-12-24', 1, '2026-12-29'],
    ['from a Saturday', '2026-11-28', 0, '2026-11-30'],
  ];
  for (const [name, from, n, expected] of workingDays) {
    it(`adds working days: ${name}`, () => assert.equal(addWorkingDays(from, n), expected));
  }

  it('counts working days backwards, skipping a bank holiday', () => {
    assert.equal(subtractWorkingDays('2026-05-26', 2), '2026-05-21'); // Spring bank holiday 25 May
    assert.equal(isWorkingDay('2026-05-25'), false);
  });

  it('adds months, keeping to the end of a short month', () => {
    assert.equal(addMonths('2026-06-15', 5), '2026-11-15');
    assert.equal(addMonths('2026-09-30', 5), '2027-02-28');
    assert.equal(addMonths('2027-10-31', 5), '2028-03-31');
  });

  it('puts 09:00 London at the right instant either side of the clock changes', () => {
    assert.equal(londonTime('2026-03-28', '09:00').toISOString(), '2026-03-28T09:00:00.000Z'); // GMT
    assert.equal(londonTime('2026-03-30', '09:00').toISOString(), '2026-03-30T08:00:00.000Z'); // BST
    assert.equal(londonTime('2026-10-23', '09:00').toISOString(), '2026-10-23T08:00:00.000Z'); // BST
    assert.equal(londonTime('2026-10-26', '09:00').toISOString(), '2026-10-26T09:00:00.000Z'); // GMT
    assert.equal(londonDay(new Date('2026-06-30T23:30:00Z')), '2026-07-01'); // already the next day in BST
    assert.equal(londonDay(new Date('2026-12-31T23:30:00Z')), '2026-12-31');
  });
});
