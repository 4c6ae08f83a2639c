import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDirectory } from '../../../src/directory/parse-directory';

const example = readFileSync(path.join(__dirname, '../../../../directory.example.yaml'), 'utf8');
const person = (over: string): string =>
  `people:\n  - name: Cllr A\n    aadObjectId: 00000000-0000-4000-8000-000000000101\n    email: a@council.example\n    role: councillor\n${over}`;

function errorsOf(text: string): string[] {
  const result = parseDirectory(text);
  assert.equal(result.ok, false, 'the file should have been rejected');
  return result.ok ? [] : result.errors;
}

describe('parseDirectory', () => {
  it('accepts the shipped example: the five intake teams, each with responders', () => {
    const result = parseDirectory(example);
    assert.ok(result.ok, result.ok ? '' : result.errors.join('\n'));
    assert.equal(result.directory.services.length, 5);
    assert.deepEqual(result.directory.people.map((p) => p.role).sort(), [
      'councillor',
      'councillor',
      'partnerships',
      'responder',
      'responder',
      'responder',
    ]);
    const crewe = result.directory.services.find((s) => s.id === 'cin-cp-crewe');
    assert.deepEqual(crewe?.responderIds, [
      '00000000-0000-4000-8000-000000000201',
      '00000000-0000-4000-8000-000000000203',
    ]);
    assert.ok(result.directory.services.every((s) => s.cadenceMonths === 5));
  });

  it("keeps the services' order for the committee report, and the heading the two CIN/CP teams share", () => {
    const result = parseDirectory(example);
    assert.ok(result.ok);
    assert.deepEqual(
      result.directory.services.map((s) => [s.order, s.reportHeading ?? s.name]),
      [
        [0, 'Cheshire East Consultation Service (ChECS)'],
        [1, 'Child in Need / Child Protection (CIN/CP)'],
        [2, 'Child in Need / Child Protection (CIN/CP)'],
        [3, 'Children with Disabilities Social Work Team'],
        [4, 'Children with Disabilities Short Breaks Team'],
      ],
    );
    const blank = parseDirectory(
      example.replace('reportHeading: Child in Need / Child Protection (CIN/CP)', 'reportHeading: ""'),
    );
    assert.ok(!blank.ok && blank.errors.some((e) => /reportHeading is required and must be text/.test(e)));
  });

  it('defaults the cadence to five months and lower-cases ids and emails', () => {
    const result = parseDirectory(
      'people:\n  - { name: H, aadObjectId: 00000000-0000-4000-8000-0000000000AB, email: H@X.example, role: responder }\n' +
        'services:\n  - { id: checs, name: ChECS, responders: [h@x.example] }\n',
    );
    assert.ok(result.ok);
    assert.equal(result.directory.services[0]?.cadenceMonths, 5);
    assert.equal(result.directory.people[0]?.aadObjectId, '00000000-0000-4000-8000-0000000000ab');
    assert.equal(result.directory.people[0]?.email, 'h@x.example');
  });

  it('names the entry, its line and the field of every problem', () => {
    const errors = errorsOf(
      person('  - name: Cllr B\n    aadObjectId: nope\n    email: b@council.example\n    role: mayor\n'),
    );
    assert.deepEqual(errors, [
      'people[1] "Cllr B" (line 6): aadObjectId must be a GUID (the person\'s Entra object id).',
      'people[1] "Cllr B" (line 6): role must be one of councillor, partnerships, responder, not "mayor".',
    ]);
  });

  it('rejects duplicates, unknown fields, missing fields and responders who are not responders', () => {
    const errors = errorsOf(
      person(
        '  - name: Twin\n    aadObjectId: 00000000-0000-4000-8000-000000000101\n    email: A@council.example\n    role: councillor\n    phone: 0161\n' +
          'services:\n  - id: checs\n    name: ChECS\n    responders: [a@council.example, nobody@council.example]\n' +
          '  - id: checs\n    name: Again\n    cadenceMonths: 2.5\n    responders: []\n  - name: No id\n',
      ),
    );
    const expected = [
      /people\[1\] "Twin".*unknown field "phone"/,
      /people\[1\] "Twin".*aadObjectId .* is listed twice/,
      /people\[1\] "Twin".*email a@council.example is listed twice/,
      /services\[0\] "ChECS".*responder a@council.example has role councillor, not responder/,
      /services\[0\] "ChECS".*responder "nobody@council.example" is not in people/,
      /services\[1\] "Again".*cadenceMonths must be a whole number/,
      /services\[1\] "Again".*responders must list at least one/,
      /services\[2\] "No id".*id is required/,
    ];
    for (const pattern of expected)
      assert.ok(
        errors.some((e) => pattern.test(e)),
        `${pattern} not in\n${errors.join('\n')}`,
      );
  });

  it('reports YAML syntax errors and a wrong shape without throwing', () => {
    assert.match(errorsOf('people: [unclosed')[0] ?? '', /^YAML syntax/);
    assert.match(errorsOf('- just a list')[0] ?? '', /must be a mapping/);
    assert.match(errorsOf('people: {}\nextra: 1')[0] ?? '', /Unknown top-level key "extra"/);
    assert.match(errorsOf('people:\n  - name: A\n    name: B\n').join('\n'), /YAML syntax/);
  });
});
