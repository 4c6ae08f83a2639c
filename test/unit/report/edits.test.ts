import assert from 'node:assert/strict';
import { parseEdit } from '../../../src/report/edits';

describe('an edit arriving as JSON', () => {
  it('is taken as it is when its kind has every field it needs', () => {
    const edit = {
      kind: 'rename-theme',
      heading: 'ChECS',
      themeId: 'worries:capacity',
      title: 'Team capacity',
    };
    assert.deepEqual(parseEdit(edit), edit);
    assert.deepEqual(parseEdit({ kind: 'set-section', section: 'executiveSummary', text: '' }), {
      kind: 'set-section',
      section: 'executiveSummary',
      text: '',
    });
    assert.ok(!('problem' in parseEdit({ kind: 'move-point', heading: 'h', pointId: 'p', toThemeId: 't' })));
  });

  it('is refused, naming what is wrong, when a field is missing, of the wrong type or out of range', () => {
    const problem = (raw: unknown): string => {
      const parsed = parseEdit(raw);
      assert.ok('problem' in parsed, JSON.stringify(raw));
      return parsed.problem;
    };
    assert.match(problem(undefined), /^An edit's kind is one of: rename-theme, add-theme/);
    assert.match(problem({ kind: 'explode' }), /^An edit's kind is one of/);
    assert.equal(
      problem({ kind: 'reword-point', heading: 'h', pointId: 'p', text: 42 }),
      'This reword-point edit has no valid text.',
    );
    assert.equal(
      problem({ kind: 'add-theme', heading: 'h', column: 'sideways', title: 'T' }),
      'This add-theme edit has no valid column.',
    );
    assert.equal(
      problem({ kind: 'move-theme', heading: 'h', themeId: 't', toIndex: 1.5 }),
      'This move-theme edit has no valid toIndex.',
    );
    assert.equal(
      problem({ kind: 'set-section', section: 'appendix', text: 'x' }),
      'This set-section edit has no valid section.',
    );
  });
});
