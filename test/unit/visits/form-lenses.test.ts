import assert from 'node:assert/strict';
import { formProblems } from '../../../src/visits/form-definition';
import { loadForms } from '../../../src/visits/forms';
import signsOfSafetyV1 from '../../../src/visits/forms/signs-of-safety.v1.json';
import signsOfSafetyV2 from '../../../src/visits/forms/signs-of-safety.v2.json';

describe('visit forms: per-lens guidance (signs-of-safety v2)', () => {
  const forms = loadForms();
  const v1 = forms.get('signs-of-safety@1')!;
  const v2 = forms.get('signs-of-safety@2')!;

  it('v2 is what new visits use; v1 stays for the visits started on it, unchanged', () => {
    assert.equal(forms.latest('signs-of-safety')?.key, 'signs-of-safety@2');
    assert.deepEqual(
      v2.steps.map((s) => s.id),
      v1.steps.map((s) => s.id),
      'same step ids, so answers map',
    );
    assert.deepEqual(
      v1.steps[1]?.guidance,
      v1.steps[2]?.guidance,
      'v1 still shows the area list on each lens',
    );
  });

  it('each lens of an area has its own prompts: strengths, then barriers, then actions and who', () => {
    for (const area of ['outcomes', 'support', 'other']) {
      const [well, worries, next] = ['working-well', 'worries', 'next-steps'].map(
        (lens) => v2.steps.find((s) => s.id === `${area}.${lens}`)!.guidance,
      );
      assert.ok(well!.length && worries!.length && next!.length, area);
      assert.equal(
        new Set([...well!, ...worries!, ...next!]).size,
        well!.length + worries!.length + next!.length,
      );
      assert.match(next!.join(' '), /Who needs to do it/);
    }
    const support = (lens: string) => v2.steps.find((s) => s.id === `support.${lens}`)!.guidance.join(' ');
    assert.match(support('worries'), /caseloads/);
    assert.match(support('next-steps'), /support you more effectively/);
  });

  it('refuses per-lens guidance that names an unknown lens or leaves a lens out', () => {
    const area = signsOfSafetyV2.areas[0]!;
    const broken = (lensGuidance: unknown) => ({
      ...signsOfSafetyV2,
      areas: [{ ...area, lensGuidance }, ...signsOfSafetyV2.areas.slice(1)],
    });
    assert.deepEqual(formProblems(broken({ ...area.lensGuidance, elsewhere: ['x'] })), [
      'areas[0].lensGuidance.elsewhere: not a lens of this form',
    ]);
    const { worries: _left, ...missing } = area.lensGuidance;
    assert.deepEqual(formProblems(broken(missing)), [
      'areas[0].lensGuidance.worries: a non-empty list of text',
    ]);
    assert.deepEqual(formProblems(broken('all')), [
      'areas[0].lensGuidance: an object of lens id -> list of text',
    ]);
    assert.deepEqual(formProblems(signsOfSafetyV1), []);
  });
});
