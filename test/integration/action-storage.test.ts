import assert from 'node:assert/strict';
import type { Action } from '../../src/actions/types';
import { ConcurrencyConflict } from '../../src/kernel/errors';
import { createActionRepository } from '../../src/storage/action-repository';
import { openTables } from '../../src/storage/tables';
import { startTestAzurite, uniquePrefix } from '../support/azurite';

const action = (id: string, visitId = 'v1'): Action => ({
  id,
  visitId,
  serviceId: 'checs',
  serviceName: 'ChECS',
  visitDate: visitId === 'v1' ? '2026-10-01' : '2026-11-01',
  text: `Action ${id}`,
  status: 'agreed',
  owner: { kind: 'team', name: 'Duty team' },
  target: '2026-12',
  history: [
    { at: '2026-11-25T10:00:00Z', by: 'r1', byName: 'R One', what: 'agreed', note: '😀'.repeat(20_000) },
  ],
  impacts: [],
  etag: '',
});

describe('Actions table (real Azurite)', () => {
  let azurite: Awaited<ReturnType<typeof startTestAzurite>>;
  let repo: ReturnType<typeof createActionRepository>;
  before(async () => {
    azurite = await startTestAzurite();
    repo = createActionRepository((await openTables(azurite.connectionString, uniquePrefix())).Actions);
  });
  after(async () => azurite.stop());

  it('saves a triage in one transaction and reads it back whole (long history chunked), by visit', async () => {
    const saved = await repo.saveAll('checs', [action('bbbbbbbbbbbb', 'v2'), action('aaaaaaaaaaaa')]);
    assert.ok(saved.every((a) => a.etag));
    const read = await repo.forService('checs');
    assert.deepEqual(
      read.map((a) => a.id),
      ['aaaaaaaaaaaa', 'bbbbbbbbbbbb'],
    );
    assert.deepEqual(
      read.map(({ etag: _e, ...a }) => a),
      [action('aaaaaaaaaaaa'), action('bbbbbbbbbbbb', 'v2')].map(({ etag: _e, ...a }) => a),
    );
    assert.equal((await repo.get('checs', 'aaaaaaaaaaaa'))?.etag, read[0]!.etag);
    assert.equal((await repo.all()).length, 2);
  });

  it('a stale etag or a second create refuses the whole transaction: nothing changes', async () => {
    const [a, b] = await repo.forService('checs');
    await repo.saveAll('checs', [{ ...a!, status: 'done' }]);
    await assert.rejects(
      repo.saveAll('checs', [
        { ...b!, status: 'declined' },
        { ...a!, status: 'in progress' },
      ]),
      ConcurrencyConflict,
    );
    await assert.rejects(
      repo.saveAll('checs', [action('cccccccccccc'), { ...action('aaaaaaaaaaaa'), etag: '' }]),
      ConcurrencyConflict,
    );
    const after = await repo.forService('checs');
    assert.deepEqual(
      after.map((x) => x.status),
      ['done', 'agreed'],
    );
    assert.equal(after.length, 2, 'the new action of the refused transaction was not created');
  });
});
