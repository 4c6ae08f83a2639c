import assert from 'node:assert/strict';
import { createDirectoryLookup, PERSON_CACHE_MS } from '../../../src/directory/directory';
import type { DirectoryStore } from '../../../src/directory/seed-directory';
import type { Person } from '../../../src/directory/types';

describe('directory lookup', () => {
  it('reads a person once per minute at most, then sees changes', async () => {
    let now = Date.parse('2026-11-24T10:00:00Z');
    let stored: Person | undefined = { aadObjectId: 'a', name: 'Cllr A', email: 'a@x', role: 'councillor' };
    let reads = 0;
    const store = {
      people: { get: async () => (reads++, stored), list: async () => [], upsertMany: async () => undefined },
      services: { get: async () => undefined, list: async () => [], upsertMany: async () => undefined },
    } satisfies DirectoryStore;
    const lookup = createDirectoryLookup(store, { now: () => new Date(now) });

    assert.equal((await lookup.person('A'))?.name, 'Cllr A');
    assert.equal((await lookup.person('a'))?.name, 'Cllr A');
    assert.equal(reads, 1, 'the second turn is served from the cache, ids compared case-insensitively');

    stored = undefined;
    now += PERSON_CACHE_MS - 1;
    assert.ok(await lookup.person('a'));
    now += 2;
    assert.equal(await lookup.person('a'), undefined, 'a removal is seen once the entry expires');
    assert.equal(reads, 2);
  });
});
