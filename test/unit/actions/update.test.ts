import assert from 'node:assert/strict';
import type { Action } from '../../../src/actions/types';
import type { Person } from '../../../src/directory/types';
import { actionsWith, ALEX, CHECS_VISIT, DANA, OWEN, RUTH, SAM, stored } from './actions-fixture';

const OWNED = stored(CHECS_VISIT, 'a1', {
  owner: { kind: 'person', aadObjectId: 'owen', name: OWEN.name },
  target: '2030-01',
  etag: 'seen',
});

/** Updates `action` (stored alone) to done as `by`. */
async function update(by: Person, action: Action = OWNED, seenEtag?: string) {
  const { actions, store } = actionsWith({ stored: [action] });
  const result = await actions.update('checs', action.id, by, 'done', '  Two posts filled ', seenEtag);
  return { result, store };
}

describe('actions: an owner moves an action on', () => {
  it('its owner marks it done, with a trimmed note in its history', async () => {
    const { result, store } = await update(OWEN, OWNED, 'seen');
    assert.ok(result.ok);
    assert.equal(result.actions[0]!.status, 'done');
    assert.deepEqual(
      result.actions[0]!.history.map((e) => [e.by, e.what, e.note]),
      [['owen', 'marked done', 'Two posts filled']],
    );
    assert.equal(store.rows()[0]!.status, 'done');
  });

  it('a note over 1,000 characters is refused, saying the limit; nothing saved', async () => {
    const { actions, store } = actionsWith({ stored: [OWNED] });
    const result = await actions.update('checs', 'a1', OWEN, 'done', 'y'.repeat(1_001), 'seen');
    assert.ok(!result.ok);
    assert.match(result.problem, /^Your note is 1,001 characters; the limit is 1,000\./);
    assert.deepEqual(store.saves, []);
  });

  it('the service’s responder and the partnerships team may update it too', async () => {
    assert.ok((await update(DANA)).result.ok);
    assert.ok((await update(SAM)).result.ok);
    const team = { ...OWNED, owner: { kind: 'team' as const, name: 'Business support' } };
    assert.ok((await update(DANA, team)).result.ok);
  });

  it('marks an agreed action in progress', async () => {
    const { actions } = actionsWith({ stored: [OWNED] });
    const result = await actions.update('checs', 'a1', OWEN, 'in progress', '');
    assert.ok(result.ok);
    assert.equal(result.actions[0]!.status, 'in progress');
    assert.deepEqual(result.actions[0]!.history[0]!.what, 'marked in progress');
    assert.equal(result.actions[0]!.history[0]!.note, undefined);
  });

  const refusals: [string, Person, Action, RegExp, string?][] = [
    ['a councillor', ALEX, OWNED, /Only its owner/],
    ['another service’s responder', RUTH, OWNED, /Only its owner/],
    [
      'anyone, for a team’s action, who is not a responder',
      OWEN,
      { ...OWNED, owner: { kind: 'team', name: 'Owen' } },
      /Only its owner/,
    ],
    ['a proposed action', OWEN, { ...OWNED, status: 'proposed' }, /proposed already/],
    ['a done action', OWEN, { ...OWNED, status: 'done' }, /done already/],
    ['a declined action', DANA, { ...OWNED, status: 'declined' }, /declined already/],
    ['a stale card', OWEN, OWNED, /changed since this card was sent/, 'older'],
  ];
  for (const [what, by, action, problem, seenEtag] of refusals) {
    it(`refuses ${what}, and saves nothing`, async () => {
      const { result, store } = await update(by, action, seenEtag);
      assert.ok(!result.ok);
      assert.match(result.problem, problem);
      assert.deepEqual(store.saves, []);
      assert.equal(store.rows()[0]!.status, action.status);
    });
  }

  it('refuses an action it cannot find', async () => {
    const { actions } = actionsWith({ stored: [OWNED] });
    const result = await actions.update('crewe', 'a1', SAM, 'done', '');
    assert.deepEqual(result, { ok: false, problem: 'I cannot find that action.' });
  });
});
