import assert from 'node:assert/strict';
import { fromChunks, toChunks } from '../../../src/storage/json-chunks';

describe('JSON spread over string properties (32K characters each)', () => {
  it('round-trips a value larger than one property, every part within the limit', () => {
    const value = { points: Array.from({ length: 3000 }, (_, i) => `point ${i}: caseloads are high`) };
    const row = toChunks('draft', value);
    assert.ok(Number(row.draftParts) > 1);
    for (let i = 0; i < Number(row.draftParts); i++) assert.ok(String(row[`draft${i}`]).length <= 30_000);
    assert.deepEqual(fromChunks('draft', row), value);
  });

  it('never ends a part in the middle of an emoji, so each part is valid text for the service', () => {
    // The JSON is {"text":"xx…😀 after"}: 9 characters, then the x's, so the emoji's two UTF-16 units are the
    // 30,000th and 30,001st characters.
    const text = `${'x'.repeat(30_000 - 9 - 1)}😀 after`;
    const row = toChunks('text', { text });
    const first = String(row.text0);
    assert.doesNotMatch(first.slice(-1), /[\uD800-\uDBFF]/);
    for (let i = 0; i < Number(row.textParts); i++) {
      assert.doesNotMatch(String(row[`text${i}`]), /[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/);
    }
    assert.deepEqual(fromChunks('text', row), { text });
  });
});
