import assert from 'node:assert/strict';
import { cleanAnswer, MAX_ANSWER_CHARS } from '../../../src/visits/answer-text';
import { findSensitiveData, isValidNhsNumber } from '../../../src/visits/sensitive-data';

const kinds = (text: string): string[] => findSensitiveData(text).map((f) => f.kind);

describe('sensitive-data check', () => {
  const cases: [string, string[]][] = [
    ['Contact jo.bloggs@example.org for more', ['an email address']],
    ['Call 07700 900123 after 5', ['a UK phone number']],
    ['Office line 0161 496 0000', ['a UK phone number']],
    ['Ring +44 7700 900123', ['a UK phone number']],
    ['NHS number 943 476 5919', ['an NHS number']],
    ['NHS 9434765919', ['an NHS number']],
    ['Not an NHS number: 943 476 5918', []],
    ['NI number JG 10 37 59 A', ['a National Insurance number']],
    ['NI AB123456C', ['a National Insurance number']],
    ['Lives at CW1 2AB', ['a postcode']],
    ['near sk10 1ab', ['a postcode']],
    ['born 12/03/2015', ['a date of birth']],
    ['DOB: 3rd March 2016', ['a date of birth']],
    ['Visit on 12/03/2026 went well', []],
    ['Caseloads of 18 to 22, 3 staff, 2 managers since 2021', []],
    ['Improvement plan ref PLAN-2024-07', []],
  ];
  for (const [text, expected] of cases) {
    it(`"${text}" -> ${expected.join(', ') || 'nothing'}`, () => assert.deepEqual(kinds(text), expected));
  }

  it('checks the NHS modulus 11 digit', () => {
    assert.equal(isValidNhsNumber('9434765919'), true);
    assert.equal(isValidNhsNumber('9434765910'), false);
    assert.equal(isValidNhsNumber('123'), false);
  });

  it('never repeats a whole identifier in the warning', () => {
    assert.deepEqual(findSensitiveData('mail jo.bloggs@example.org'), [
      { kind: 'an email address', sample: 'jo.…rg' },
    ]);
  });
});

describe('answer text', () => {
  it('keeps markup and template text as typed; removes control characters; normalises line ends', () => {
    assert.deepEqual(cleanAnswer('${x} **b** <i>\r\nnext\u0007 '), {
      ok: true,
      text: '${x} **b** <i>\nnext',
      removedControls: true,
    });
    assert.deepEqual(cleanAnswer('tabs\tkept\nand lines'), {
      ok: true,
      text: 'tabs\tkept\nand lines',
      removedControls: false,
    });
  });

  it('refuses an answer over the limit without cutting it', () => {
    const long = 'é'.repeat(MAX_ANSWER_CHARS + 5);
    const result = cleanAnswer(long);
    assert.equal(result.ok, false);
    assert.equal(result.text, long);
    assert.match(!result.ok ? result.problem : '', /6,005 characters; the limit is 6,000/);
  });
});
