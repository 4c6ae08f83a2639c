import assert from 'node:assert/strict';
import { lastMunicipalYear, longDay, monthOf, municipalYear, parsePeriod } from '../../../src/report/period';
import type { Period } from '../../../src/report/types';

const YEAR_2025: Period = {
  key: '2025-26',
  from: '2025-04-01',
  to: '2026-03-31',
  label: '1 April 2025 to 31 March 2026',
};

const problemOf = (text: string): string => {
  const parsed = parsePeriod(text);
  assert.ok('problem' in parsed, `${JSON.stringify(text)} was read as ${JSON.stringify(parsed)}`);
  return parsed.problem;
};

describe('report periods', () => {
  describe('parsePeriod', () => {
    it('reads a municipal year written with a hyphen or a slash, and trims spaces', () => {
      assert.deepEqual(parsePeriod('2025-26'), YEAR_2025);
      assert.deepEqual(parsePeriod('2025/26'), YEAR_2025);
      assert.deepEqual(parsePeriod('  2025-26 '), YEAR_2025);
    });

    it('reads the year that crosses a century', () => {
      assert.deepEqual(parsePeriod('2099/00'), {
        key: '2099-00',
        from: '2099-04-01',
        to: '2100-03-31',
        label: '1 April 2099 to 31 March 2100',
      });
    });

    it('refuses a year whose second half does not follow the first, suggesting the one that starts there', () => {
      assert.equal(problemOf('2025-27'), '2025-27 is not a municipal year: did you mean 2025-26?');
      assert.equal(problemOf('2025/25'), '2025/25 is not a municipal year: did you mean 2025-26?');
    });

    it('reads two dates joined by .. or "to", with or without spaces', () => {
      const expected: Period = {
        key: '2025-05-01..2025-12-31',
        from: '2025-05-01',
        to: '2025-12-31',
        label: '1 May 2025 to 31 December 2025',
      };
      assert.deepEqual(parsePeriod('2025-05-01..2025-12-31'), expected);
      assert.deepEqual(parsePeriod('2025-05-01 .. 2025-12-31'), expected);
      assert.deepEqual(parsePeriod('2025-05-01 to 2025-12-31'), expected);
    });

    it('takes a single day as a period of one day', () => {
      assert.deepEqual(parsePeriod('2023-01-18..2023-01-18'), {
        key: '2023-01-18..2023-01-18',
        from: '2023-01-18',
        to: '2023-01-18',
        label: '18 January 2023 to 18 January 2023',
      });
    });

    it('refuses a range that ends before it starts', () => {
      assert.equal(problemOf('2025-12-31..2025-05-01'), '2025-12-31..2025-05-01 ends before it starts.');
    });

    it('refuses a date that does not exist, at either end', () => {
      assert.equal(
        problemOf('2025-02-01..2025-02-30'),
        '2025-02-01..2025-02-30 holds a date that does not exist.',
      );
      assert.equal(
        problemOf('2025-13-01 to 2026-01-31'),
        '2025-13-01 to 2026-01-31 holds a date that does not exist.',
      );
      // 2024 is a leap year, 2025 is not.
      assert.ok('from' in parsePeriod('2024-02-29..2024-03-31'));
      assert.match(problemOf('2025-02-29..2025-03-31'), /does not exist/);
    });

    it('takes five municipal years but refuses six', () => {
      const five = parsePeriod('2020-04-01..2025-03-31');
      assert.ok('from' in five, JSON.stringify(five));
      assert.equal(five.label, '1 April 2020 to 31 March 2025');
      assert.equal(problemOf('2020-04-01..2026-03-31'), '2020-04-01..2026-03-31 is longer than five years.');
    });

    it('says how to write a period when it cannot read one, quoting at most 40 characters', () => {
      assert.equal(
        problemOf('last year'),
        "I can't read “last year” as a period. Write a municipal year such as 2025-26, " +
          'or two dates such as 2025-05-01..2025-12-31.',
      );
      for (const garbage of ['2025', '25-26', '2025-2026', '01/04/2025..31/03/2026', '']) {
        assert.match(problemOf(garbage), /Write a municipal year such as 2025-26/, garbage);
      }
      const long = problemOf(`from ${'x'.repeat(100)}`);
      assert.ok(long.includes(`“from ${'x'.repeat(35)}”`), long);
      assert.ok(!long.includes('x'.repeat(36)), long);
    });
  });

  describe('municipalYear', () => {
    it('runs from 1 April to 31 March, keyed as the paper names it', () => {
      assert.deepEqual(municipalYear(2022), {
        key: '2022-23',
        from: '2022-04-01',
        to: '2023-03-31',
        label: '1 April 2022 to 31 March 2023',
      });
      assert.deepEqual(municipalYear(2025), YEAR_2025);
    });
  });

  describe('lastMunicipalYear: the last full year before now, in London', () => {
    it('on 31 March at 22:30 UTC (23:30 in London) the year just ending is not yet full', () => {
      assert.equal(lastMunicipalYear(new Date('2026-03-31T22:30:00Z')).key, '2024-25');
    });

    it('on 31 March at 23:30 UTC it is already 1 April in London (BST), so the year just ended is reported', () => {
      assert.deepEqual(lastMunicipalYear(new Date('2026-03-31T23:30:00Z')), YEAR_2025);
    });

    it('on 1 April, the year that ended the day before', () => {
      assert.deepEqual(lastMunicipalYear(new Date('2026-04-01T09:00:00Z')), YEAR_2025);
    });

    it('mid-year and in the new calendar year, the year before the current one', () => {
      assert.equal(lastMunicipalYear(new Date('2025-10-15T12:00:00Z')).key, '2024-25');
      assert.equal(lastMunicipalYear(new Date('2026-01-10T12:00:00Z')).key, '2024-25');
      assert.equal(lastMunicipalYear(new Date('2025-12-31T23:59:59Z')).key, '2024-25');
      assert.equal(lastMunicipalYear(new Date('2026-04-30T12:00:00Z')).key, '2025-26');
    });
  });

  describe('the dates as the paper writes them', () => {
    it('monthOf names a visit’s month and year', () => {
      assert.equal(monthOf('2022-08-10'), 'August 2022');
      assert.equal(monthOf('2023-01-31'), 'January 2023');
      assert.equal(monthOf('2023-12-01'), 'December 2023');
    });

    it('longDay writes the day without a leading zero', () => {
      assert.equal(longDay('2025-04-01'), '1 April 2025');
      assert.equal(longDay('2026-03-31'), '31 March 2026');
      assert.equal(longDay('2025-12-09'), '9 December 2025');
    });
  });
});
