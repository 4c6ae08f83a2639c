import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDirectory } from '../../src/directory/parse-directory';
import { seedDirectory } from '../../src/directory/seed-directory';
import { createLeaseRepository } from '../../src/storage/lease-repository';
import { createOutboxStore } from '../../src/storage/outbox-store';
import { createPeopleRepository } from '../../src/storage/people-repository';
import { createServiceRepository } from '../../src/storage/service-repository';
import { openTables, pingStorage, type Tables } from '../../src/storage/tables';
import { startTestAzurite, uniquePrefix } from '../support/azurite';

describe('storage on Azurite', () => {
  let azurite: Awaited<ReturnType<typeof startTestAzurite>>;
  let tables: Tables;
  const prefix = uniquePrefix();

  before(async () => {
    azurite = await startTestAzurite();
    tables = await openTables(azurite.connectionString, prefix);
  });
  after(() => azurite.stop());

  it('creates every table under the prefix, and opening again is harmless', async () => {
    await openTables(azurite.connectionString, prefix);
    assert.equal(tables.People.tableName, `${prefix}People`);
    assert.equal(tables.Services.tableName, `${prefix}Services`);
    assert.deepEqual(await pingStorage(tables.People), { ok: true });
  });

  it('seeds the example directory idempotently and reads it back', async () => {
    const parsed = parseDirectory(
      readFileSync(path.join(__dirname, '../../../directory.example.yaml'), 'utf8'),
    );
    assert.ok(parsed.ok);
    const store = {
      people: createPeopleRepository(tables.People),
      services: createServiceRepository(tables.Services),
    };
    await seedDirectory(parsed.directory, store);
    await seedDirectory(parsed.directory, store);

    assert.equal((await store.people.list()).length, 6);
    assert.equal((await store.services.list()).length, 5);
    const dana = await store.people.get('00000000-0000-4000-8000-000000000201'.toUpperCase());
    assert.equal(dana?.name, 'Dana Whitfield');
    assert.equal(dana?.title, 'Head of Service, Child in Need and Child Protection');
    const crewe = await store.services.get('cin-cp-crewe');
    assert.deepEqual(crewe?.responderIds, [
      '00000000-0000-4000-8000-000000000201',
      '00000000-0000-4000-8000-000000000203',
    ]);
    assert.equal(await store.people.get('00000000-0000-4000-8000-000000000999'), undefined);
  });

  it('makes one shared key, the same for two instances asking at once', async () => {
    const ask = () => createLeaseRepository(tables.Leases).sharedKey('download-tickets');
    const [first, second] = await Promise.all([ask(), ask()]);
    assert.equal(first.length, 32);
    assert.deepEqual(second, first);
    assert.deepEqual(await ask(), first);
  });

  it('keeps deployments that share an account apart by prefix', async () => {
    const other = await openTables(azurite.connectionString, uniquePrefix());
    assert.deepEqual(await createPeopleRepository(other.People).list(), []);
  });

  it('keeps an outbox message larger than one table property whole, and adds each id once', async () => {
    const outbox = createOutboxStore('Outbox', tables.Outbox);
    const text = 'é'.repeat(70_000);
    const message = {
      id: 'big-1',
      to: { kind: 'partnerships' as const },
      kind: 'post' as const,
      summary: 'Big',
      activity: { text },
    };
    const now = new Date('2026-11-24T10:00:00Z');
    await outbox.enqueue(message, now);
    await outbox.enqueue({ ...message, summary: 'Again' }, now);
    const stored = await outbox.get('outbox', 'big-1');
    assert.equal(stored?.summary, 'Big');
    assert.equal((stored?.activity as { text: string }).text, text);
    assert.deepEqual(
      (await outbox.listWaiting()).map((m) => m.id),
      ['big-1'],
    );
    assert.equal((await outbox.listOpen())[0]?.status, 'pending');
  });
});
