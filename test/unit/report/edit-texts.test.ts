import assert from 'node:assert/strict';
import { applyEdit } from '../../../src/report/apply-edit';
import { editedTexts } from '../../../src/report/edit-texts';
import type { DraftEdit } from '../../../src/report/edits';
import { AUGUST, CHECS, findingsOf, pointStarting, reportDraft, serviceOf } from './draft-fixture';

const DRAFT = reportDraft(findingsOf(CHECS, AUGUST));
const WORKLOADS = pointStarting(serviceOf(DRAFT), 'workloads are high');
const THEME = serviceOf(DRAFT).columns.worries[0]!;

/** The texts the audit trail hashes for one edit applied to DRAFT. */
function texts(edit: DraftEdit) {
  const result = applyEdit(DRAFT, edit);
  assert.ok(result.ok, result.ok ? '' : result.message);
  return editedTexts(DRAFT, result.draft, edit);
}

describe('report draft edits: the texts the audit trail hashes', () => {
  it('a reworded point: its words before and after', () => {
    assert.deepEqual(
      texts({ kind: 'reword-point', heading: CHECS, pointId: WORKLOADS.id, text: 'Workloads are very high' }),
      { before: WORKLOADS.text, after: 'Workloads are very high' },
    );
  });

  it('a renamed theme: both titles; a new theme: its title only', () => {
    assert.deepEqual(texts({ kind: 'rename-theme', heading: CHECS, themeId: THEME.id, title: 'Capacity' }), {
      before: THEME.title,
      after: 'Capacity',
    });
    assert.deepEqual(texts({ kind: 'add-theme', heading: CHECS, column: 'worries', title: 'Buildings' }), {
      after: 'Buildings',
    });
  });

  it('a section written, then cleared: the text as kept (trimmed)', () => {
    const written = texts({ kind: 'set-section', section: 'wards', text: '  All wards ' });
    assert.deepEqual(written, { after: 'All wards' });
    const result = applyEdit(DRAFT, { kind: 'set-section', section: 'wards', text: 'All wards' });
    assert.ok(result.ok);
    const cleared = applyEdit(result.draft, { kind: 'set-section', section: 'wards', text: '' });
    assert.ok(cleared.ok);
    assert.deepEqual(
      editedTexts(result.draft, cleared.draft, { kind: 'set-section', section: 'wards', text: '' }),
      {
        before: 'All wards',
      },
    );
  });

  it('an edit that only moves or drops something types no text', () => {
    assert.equal(texts({ kind: 'drop-point', heading: CHECS, pointId: WORKLOADS.id }), undefined);
  });
});
