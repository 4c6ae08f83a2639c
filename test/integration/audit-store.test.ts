import assert from 'node:assert/strict';
import { createAuditTrail } from '../../src/audit/trail';
import type { AuditStore } from '../../src/audit/store';
import { createLogger } from '../../src/kernel/log';
import { createAuditRepository, monthsBetween } from '../../src/storage/audit-repository';
import { openTables, type Tables } from '../../src/storage/tables';
import { startTestAzurite, uniquePrefix } from '../support/azurite';
import { testClock } from '../support/clock';

describe('Audit table (real Azurite)', () => {
  let azurite: Awaited<ReturnType<typeof startTestAzurite>>;
  let tables: Tables;
  let store: AuditStore;
  before(async () => {
    azurite = await startTestAzurite();
    tables = await openTables(azurite.connectionString, uniquePrefix());
    store = createAuditRepository(tables.Audit);
  });
  after(async () => azurite.stop());

  it('has no update or delete path: the store is append and list, and nothing else', () => {
    assert.deepEqual(Object.keys(store).sort(), ['append', 'list']);
  });

  it('appends entries with hashes, never text, and reads them back by window, visit and person', async () => {
    const lines: string[] = [];
    let now = new Date('2026-10-31T23:59:00Z');
    const clock = { now: () => now };
    const trail = createAuditTrail({
      store,
      key: Buffer.alloc(32, 7),
      clock,
      log: createLogger((_l, line) => lines.push(line)),
    });
    await trail.record({
      by: { id: 'c1', name: 'Cllr One' },
      kind: 'visit.amended',
      record: { kind: 'visit', id: 'v1' },
      visitId: 'v1',
      people: ['c1', 'c1', 'h1'],
      detail: 'step working-well',
      text: { before: 'The old answer', after: 'The new answer' },
    });
    now = new Date('2026-11-02T09:00:00Z');
    await trail.record({
      by: { id: 'p1', name: 'Officer' },
      kind: 'booking.made',
      record: { kind: 'booking', id: 'b1' },
      people: ['c2'],
    });

    const all = await store.list({ from: '2026-10-01T00:00:00Z', to: '2026-12-01T00:00:00Z' });
    assert.deepEqual(
      all.map((e) => e.kind),
      ['visit.amended', 'booking.made'],
    );
    const amended = all[0]!;
    assert.deepEqual(amended.people, ['c1', 'h1']);
    assert.equal(amended.textBefore, trail.hash('The old answer'));
    assert.equal(amended.textAfter, trail.hash('The new answer'));
    assert.match(amended.textBefore ?? '', /^[0-9a-f]{64}$/);
    assert.ok(!JSON.stringify(all).includes('answer'), 'no text is stored');

    assert.equal((await store.list({ from: '2026-10-01', to: '2026-12-01', visitId: 'v1' })).length, 1);
    assert.deepEqual(
      (await store.list({ from: '2026-10-01', to: '2026-12-01', personId: 'c2' })).map((e) => e.kind),
      ['booking.made'],
    );
    assert.deepEqual(
      (await store.list({ from: '2026-10-01', to: '2026-12-01', personId: 'p1' })).map((e) => e.kind),
      ['booking.made'],
      'made by them counts',
    );
    assert.equal((await store.list({ from: '2026-11-01', to: '2026-11-02' })).length, 0);
    assert.equal(lines.length, 0);
  });

  it('an entry is never overwritten: appending the same id again is refused', async () => {
    const entry = {
      id: '2026-11-03T00:00:00.000Z|aaaa',
      at: '2026-11-03T00:00:00.000Z',
      by: { id: 'p1', name: 'Officer' },
      kind: 'channel.linked' as const,
      record: { kind: 'channel' as const, id: 'svc' },
      people: [],
    };
    await store.append(entry);
    await assert.rejects(store.append({ ...entry, by: { id: 'x', name: 'Someone else' } }));
    const [read] = await store.list({ from: '2026-11-03', to: '2026-11-04' });
    assert.equal(read?.by.id, 'p1');
  });

  it('a storage fault is logged with ids only, and the change it records is not undone (no throw)', async () => {
    const lines: string[] = [];
    const trail = createAuditTrail({
      store: { append: () => Promise.reject(new Error('storage down')), list: store.list },
      key: Buffer.alloc(32, 7),
      clock: testClock(),
      log: createLogger((_l, line) => lines.push(line)),
    });
    await trail.record({
      by: { id: 'c1', name: 'Cllr Secret Name' },
      kind: 'response.sent',
      record: { kind: 'visit', id: 'v9' },
      text: { after: 'Secret response text' },
    });
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /Audit entry not written/);
    assert.match(lines[0]!, /v9/);
    assert.doesNotMatch(lines[0]!, /Secret/);
  });

  it('a window spans the months it touches, across a year end', () => {
    assert.deepEqual(monthsBetween('2026-11-15T00:00:00Z', '2027-02-01T00:00:00Z'), [
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
  });
});
