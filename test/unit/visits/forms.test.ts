import assert from 'node:assert/strict';
import { formProblems } from '../../../src/visits/form-definition';
import { loadForms } from '../../../src/visits/forms';
import signsOfSafety from '../../../src/visits/forms/signs-of-safety.v1.json';

describe('visit forms', () => {
  it('ships the council form: staff, the 3×3 grid in lens order, COVID-19 and comments (12 steps)', () => {
    const form = loadForms().latest('signs-of-safety')!;
    assert.equal(form.key, 'signs-of-safety@2');
    assert.deepEqual(
      form.steps.map((s) => s.id),
      [
        'staff',
        'outcomes.working-well',
        'outcomes.worries',
        'outcomes.next-steps',
        'support.working-well',
        'support.worries',
        'support.next-steps',
        'other.working-well',
        'other.worries',
        'other.next-steps',
        'covid',
        'comments',
      ],
    );
    assert.equal(form.steps[2]?.title, 'Outcomes for children: What are we worried about / barriers?');
    assert.match(form.steps[5]?.guidance.join(' ') ?? '', /caseloads/);
  });

  it('ships the free-text variant: notes per group met, then a conclusion', () => {
    const form = loadForms().latest('visit-notes')!;
    assert.deepEqual(
      form.steps.map((s) => s.title),
      ['Managers', 'Staff', 'Senior managers', 'Conclusion'],
    );
  });

  it('keeps every version: a visit on v1 still finds v1 after v2 ships', () => {
    const v2 = { ...signsOfSafety, version: 2, questions: [] };
    const forms = loadForms([signsOfSafety, v2]);
    assert.equal(forms.latest('signs-of-safety')?.key, 'signs-of-safety@2');
    assert.equal(forms.get('signs-of-safety@1')?.steps.length, 12);
    assert.equal(forms.get('signs-of-safety@2')?.steps.length, 10);
  });

  it('refuses a malformed form at start-up, naming the problem', () => {
    assert.throws(
      () => loadForms([{ ...signsOfSafety, lenses: [] }]),
      /Form signs-of-safety is not valid: lenses: a list of at least one lens/,
    );
    assert.throws(() => loadForms([signsOfSafety, signsOfSafety]), /listed twice/);
    assert.deepEqual(
      formProblems({ ...signsOfSafety, header: [{ id: 'Bad Id', title: '', guidance: 'x' }] }),
      [
        'header[0].id: lower-case letters, digits and -',
        'header[0].title: text',
        'header[0].guidance: a list of text',
      ],
    );
    assert.deepEqual(
      formProblems({ ...signsOfSafety, questions: [{ id: 'staff', title: 'Again', guidance: [] }] }),
      ['step id "staff" is used twice'],
    );
    assert.deepEqual(formProblems('nope'), ['the form must be a JSON object']);
  });
});
