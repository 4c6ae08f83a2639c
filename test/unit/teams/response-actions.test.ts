import assert from 'node:assert/strict';
import { parseTriage } from '../../../src/teams/actions/response-actions';

const A = 'a1b2c3d4e5f6';
const B = 'b1b2c3d4e5f6';

describe('the response card’s action boxes, as read from Teams', () => {
  it('the same action twice in the card data is not ours: unreadable, so nothing is saved twice', () => {
    const parsed = parseTriage({
      actions: [
        { id: A, etag: '' },
        { id: A, etag: '' },
      ],
      a0Choice: 'in hand',
      a1Choice: 'decline',
      a1Note: 'No',
    });
    assert.deepEqual(parsed, { ok: false, problem: 'actions' });
  });

  it('a note or team over its limit is passed on whole (the use case refuses it, saying the limit), not blanked', () => {
    const note = 'n'.repeat(1_500);
    const team = 't'.repeat(300);
    const parsed = parseTriage({
      actions: [
        { id: A, etag: 'e1' },
        { id: B, etag: '' },
      ],
      a0Choice: 'decline',
      a0Note: ` ${note} `,
      a1Choice: 'agree',
      a1Team: team,
      a1Month: '2030-01',
    });
    assert.ok(parsed.ok);
    assert.equal(parsed.value[0]!.note, note);
    assert.equal(parsed.value[1]!.team, team);
    assert.deepEqual(parseTriage({ actions: [{ id: A, etag: '' }], a0Note: 'x'.repeat(10_001) }), {
      ok: false,
      problem: 'actions',
    });
  });
});
