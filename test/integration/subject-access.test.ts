import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { recordsDeps } from '../../src/cli/records-deps';
import { DEMO_COUNCILLORS, DEMO_PARTNERSHIPS } from '../../src/cli/demo/demo-directory';
import { seedDemo } from '../../src/cli/demo/seed-demo';
import { runErase } from '../../src/cli/run-erase';
import { runHold } from '../../src/cli/run-hold';
import { runReport } from '../../src/cli/run-report';
import { runSar } from '../../src/cli/run-sar';
import { readConfig } from '../../src/config';
import { writeSubjectAccessZip } from '../../src/documents/subject-access-zip';
import { erasePerson } from '../../src/records/erase';
import { subjectAccess } from '../../src/records/subject-access';
import { lastMunicipalYear } from '../../src/report/period';
import type { Booking } from '../../src/rota/types';
import { createStores, type Stores } from '../../src/storage/stores';
import { openTables } from '../../src/storage/tables';
import { persona } from '../support/activities';
import { testClock } from '../support/clock';
import { startSeededBot, type SeededBot } from '../support/seeded-bot';
import { runTool } from '../support/cli';

/** Every file of a zip as text (a .docx's document.xml stripped of its tags). */
async function zipText(file: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(file);
  const texts: Record<string, string> = {};
  for (const [name, entry] of Object.entries(zip.files)) {
    if (name.endsWith('.docx')) {
      const inner = await JSZip.loadAsync(await entry.async('nodebuffer'));
      texts[name] = (await inner.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ');
    } else texts[name] = await entry.async('string');
  }
  return texts;
}

describe('subject access and erasure on the demo year (real Azurite)', function () {
  this.timeout(120_000);
  const clock = testClock();
  const year = lastMunicipalYear(clock.now());
  const imogen = DEMO_COUNCILLORS[0]!;
  let seeded: SeededBot;
  let stores: Stores;
  let env: Record<string, string>;
  let dir: string;
  const cli = (run: typeof runSar, argv: string[]) => runTool(run, { config: readConfig(env), clock, argv });
  const by = { id: 'test', name: 'Test' };
  const api = (path: string, who: { aadObjectId: string }, init: RequestInit = {}) =>
    fetch(`${seeded.bot.baseUrl}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', 'x-local-user': who.aadObjectId },
    });

  before(async () => {
    seeded = await startSeededBot({}, clock);
    env = {
      NODE_ENV: 'test',
      AZURE_STORAGE_CONNECTION_STRING: seeded.azurite.connectionString,
      TABLE_PREFIX: seeded.prefix,
    };
    stores = createStores(await openTables(seeded.azurite.connectionString, seeded.prefix));
    await seedDemo(stores, clock);
    dir = await mkdtemp(join(tmpdir(), 'sar-'));
  });
  after(async () => {
    await seeded?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('exports every record naming a councillor, and nothing about anyone else', async () => {
    const deps = await recordsDeps(stores, clock);
    const access = (await subjectAccess(deps, imogen.email, { id: 'test', name: 'Test' }))!;
    const texts = await zipText(await writeSubjectAccessZip(access));
    assert.deepEqual(Object.keys(texts).sort(), [
      'Records.docx',
      'actions.json',
      'audit.json',
      'bookings.json',
      'holds.json',
      'messages.json',
      'person.json',
      'summary.txt',
      'visits.json',
    ]);
    const summaries = await stores.visits.listSummaries();
    const hers = summaries.filter((s) => s.visit.councillorIds.includes(imogen.aadObjectId));
    const others = summaries.filter((s) => !s.visit.councillorIds.includes(imogen.aadObjectId));
    assert.ok(hers.length > 0 && others.length > 0);
    const visits = JSON.parse(texts['visits.json']!) as { visit: { id: string }; answers: unknown[] }[];
    assert.deepEqual(visits.map((v) => v.visit.id).sort(), hers.map((s) => s.visit.id).sort());
    for (const summary of hers) {
      const record = (await stores.visits.load(summary.visit.id))!;
      const copy = visits.find((v) => v.visit.id === summary.visit.id)!;
      assert.equal(copy.answers.length, record.answers.size, 'every answer of her visits');
    }
    const bookings = (await stores.bookings.list()).filter((b) =>
      b.councillorIds.includes(imogen.aadObjectId),
    );
    assert.equal((JSON.parse(texts['bookings.json']!) as unknown[]).length, bookings.length);
    const all = Object.values(texts).join('\n');
    assert.match(all, new RegExp(imogen.name));
    for (const other of await stores.people.list()) {
      if (other.aadObjectId === imogen.aadObjectId) continue;
      for (const word of [other.name, other.email, other.aadObjectId]) {
        assert.ok(!all.includes(word), `${word} is someone else's`);
      }
    }
    const herTexts = new Set<string>();
    for (const summary of hers) {
      for (const answer of (await stores.visits.load(summary.visit.id))!.answers.values())
        herTexts.add(answer.text);
    }
    for (const summary of others) {
      const record = (await stores.visits.load(summary.visit.id))!;
      for (const answer of [...record.answers.values()].filter((a) => !herTexts.has(a.text))) {
        if (answer.text.length > 30)
          assert.ok(!all.includes(answer.text), 'no answer of a visit she was not on');
      }
    }
    assert.match(texts['summary.txt']!, new RegExp(`visits.json: ${hers.length} `));
    const trail = await stores.audit.list({
      from: '2020-01-01',
      to: '2100-01-01',
      personId: imogen.aadObjectId,
    });
    assert.ok(trail.some((e) => e.kind === 'subject-access.exported' && e.record.id === imogen.aadObjectId));
  });

  it('gives the partnerships team a download link and the zip; a councillor 403, an unknown person 404', async () => {
    const body = JSON.stringify({ person: imogen.email });
    const councillor = await api('/api/records/subject-access/link', persona.councillor, {
      method: 'POST',
      body,
    });
    assert.equal(councillor.status, 403);
    const unknown = await api('/api/records/subject-access/link', persona.partnerships, {
      method: 'POST',
      body: JSON.stringify({ person: 'nobody@council.example' }),
    });
    assert.equal(unknown.status, 404);
    assert.match(((await unknown.json()) as { error: string }).error, /Nobody in the directory/);
    const link = await api('/api/records/subject-access/link', persona.partnerships, {
      method: 'POST',
      body,
    });
    assert.equal(link.status, 200);
    const { url } = (await link.json()) as { url: string };
    assert.match(url, /^\/api\/records\/subject-access\?.*ticket=/);
    const zip = await fetch(`${seeded.bot.baseUrl}${url}`);
    assert.equal(zip.status, 200);
    assert.match(zip.headers.get('content-disposition') ?? '', /^attachment; filename="Subject access /);
    const texts = await zipText(Buffer.from(await zip.arrayBuffer()));
    assert.match(texts['person.json']!, new RegExp(imogen.aadObjectId));
    const forged = await fetch(
      `${seeded.bot.baseUrl}${url.replace(imogen.aadObjectId, DEMO_COUNCILLORS[1]!.aadObjectId)}`,
    );
    assert.equal(forged.status, 401);
  });

  it('npm run sar writes the zip; npm run erase without --yes says what it would do, and names an unknown person', async () => {
    const file = join(dir, 'imogen.zip');
    const sar = await cli(runSar, [imogen.aadObjectId, '--out', file]);
    assert.equal(sar.code, 0, sar.err);
    assert.match(sar.out, /Wrote .*imogen\.zip: \d+ visit\(s\)/);
    assert.ok((await zipText(await readFile(file)))['visits.json']);
    assert.equal((await cli(runSar, ['nobody@council.example'])).code, 1);
    const unsure = await cli(runErase, [imogen.email]);
    assert.equal(unsure.code, 0, unsure.err);
    assert.match(unsure.out, /^Would erase .*: "Former councillor" in [1-9]\d* visit\(s\)/);
    assert.match(unsure.out, /Nothing was changed\. Erasure cannot be undone: run again with --yes/);
    assert.equal((await stores.people.get(imogen.aadObjectId))?.name, imogen.name);
    const unknown = await cli(runErase, ['nobody@council.example', '--yes']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.err, /Nothing was changed/);
  });

  it('erasure waits for a legal hold to be lifted, then keeps the committee report with the role label and forgets the person', async () => {
    const report = async (name: string) => {
      const out = join(dir, name);
      const run = await cli(runReport, ['--period', year.key, '--out', out]);
      assert.equal(run.code, 0, run.err);
      const zip = await JSZip.loadAsync(await readFile(join(out, `Committee report ${year.key}.docx`)));
      const paper = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
      return { paper, csv: await readFile(join(out, `Visits ${year.key}.csv`), 'utf8') };
    };
    const target = {
      serviceUrl: 'https://smba.example',
      conversationId: 'a:1',
      conversationType: 'personal',
      tenantId: 't',
    };
    await stores.conversations.rememberPersonalChat(imogen.aadObjectId, target);
    await stores.liveCards.put(imogen.aadObjectId, { activityId: 'act-1', label: '' });
    const before = await report('before');
    assert.match(before.csv, new RegExp(imogen.name));

    const hold = await cli(runHold, ['place', '--person', imogen.aadObjectId, '--reason', 'INQ-2026-014']);
    assert.equal(hold.code, 0, hold.err);
    const refused = await cli(runErase, [imogen.email, '--yes']);
    assert.equal(refused.code, 1);
    assert.match(refused.err, /under a legal hold, so nothing was changed/);
    assert.equal((await stores.people.get(imogen.aadObjectId))?.name, imogen.name);
    assert.equal((await report('held')).csv, before.csv);
    const holdId = /H-[0-9a-f]+/.exec(hold.out)?.[0] ?? assert.fail(hold.out);
    assert.equal((await cli(runHold, ['lift', holdId])).code, 0);

    const erased = await cli(runErase, [imogen.email, '--yes']);
    assert.equal(erased.code, 0, erased.err);
    assert.match(erased.out, /now "Former councillor" in \d+ visit\(s\)/);

    const after = await report('after');
    const relabel = (text: string) => text.split(imogen.name).join('Former councillor');
    assert.equal(after.paper, relabel(before.paper));
    assert.equal(after.csv, relabel(before.csv));
    assert.ok(!after.csv.includes(imogen.name));
    assert.equal(await stores.people.get(imogen.aadObjectId), undefined);
    assert.equal(await stores.conversations.personalChat(imogen.aadObjectId), undefined);
    assert.equal(await stores.liveCards.get(imogen.aadObjectId), undefined);
    for (const { visit } of await stores.visits.listSummaries()) {
      assert.ok(!visit.councillorNames.includes(imogen.name));
    }
    const trail = await stores.audit.list({
      from: '2020-01-01',
      to: '2100-01-01',
      personId: imogen.aadObjectId,
    });
    assert.ok(trail.some((e) => e.kind === 'person.erased'));
    const again = await cli(runErase, [imogen.aadObjectId, '--yes']);
    assert.equal(again.code, 0, again.err);
    assert.match(again.out, /was erased on/);
  });

  it('exports the bookings a partnerships officer made (and one stored by name only) and the holds they placed, as theirs', async () => {
    const officer = DEMO_PARTNERSHIPS;
    const tables = await openTables(seeded.azurite.connectionString, seeded.prefix);
    // A booking stored before events kept an id: only the officer's name.
    const legacy = { at: '2024-05-01T09:00:00.000Z', by: officer.name, what: 'booked for 2024-06-05 10:00' };
    await tables.Rota.createEntity({
      partitionKey: 'booking',
      rowKey: 'legacy-booking',
      serviceId: 'checs',
      day: '2024-06-05',
      time: '10:00',
      councillorIds: JSON.stringify([DEMO_COUNCILLORS[1]!.aadObjectId]),
      status: 'booked',
      history: JSON.stringify([legacy]),
    });
    const theirs = (await stores.bookings.list()).filter((b) =>
      b.history.some((e) => e.by === officer.aadObjectId || e.byName === officer.name),
    );
    assert.ok(theirs.length > 1 && theirs.some((b) => b.id === 'legacy-booking'));
    const placed = await cli(runHold, [
      ...['place', '--service', 'checs', '--reason', 'INQ-2026-015', '--by', officer.aadObjectId],
    ]);
    assert.equal(placed.code, 0, placed.err);
    const holdId = /H-[0-9a-f]+/.exec(placed.out)?.[0] ?? assert.fail(placed.out);
    assert.equal((await cli(runHold, ['lift', holdId, '--by', officer.aadObjectId])).code, 0);

    const access = (await subjectAccess(await recordsDeps(stores, clock), officer.email, by))!;
    assert.deepEqual(access.bookings.map((b) => b.id).sort(), theirs.map((b) => b.id).sort());
    const events = access.bookings.flatMap((b) => b.history);
    assert.ok(
      events.every((e) => e.byName === officer.name),
      'their own events under their own name',
    );
    assert.deepEqual(
      access.holds.map((h) => [h.id, h.placedBy.name, h.lifted?.by.name]),
      [[holdId, officer.name, officer.name]],
    );
    const texts = await zipText(await writeSubjectAccessZip(access));
    assert.match(texts['summary.txt']!, new RegExp(`bookings.json: ${theirs.length} `));
    assert.match(texts['summary.txt']!, /holds.json: 1 /);
  });

  it('npm run erase without --yes lists what it would change; with it, relabels the officer in the rota and the holds', async () => {
    const officer = DEMO_PARTNERSHIPS;
    const dry = await cli(runErase, [officer.email]);
    assert.equal(dry.code, 0, dry.err);
    assert.match(
      dry.out,
      /^Would erase .*: "Former partnerships officer" in \d+ visit\(s\), \d+ action\(s\), \d+ message\(s\), [2-9]\d* booking\(s\) and 1 hold\(s\); their directory entry and chat references would be deleted\.\nNothing was changed\. .*--yes/,
    );
    assert.equal((await stores.people.get(officer.aadObjectId))?.name, officer.name);
    const named = (bookings: Booking[]) =>
      bookings.filter((b) => b.history.some((e) => e.byName === officer.name));
    assert.ok(named(await stores.bookings.list()).length > 1, 'the dry run changed nothing');

    const erased = await cli(runErase, [officer.email, '--yes']);
    assert.equal(erased.code, 0, erased.err);
    assert.match(erased.out, /booking\(s\) and 1 hold\(s\); directory entry and chat references deleted/);
    assert.deepEqual(named(await stores.bookings.list()), []);
    const legacy = (await stores.bookings.get('legacy-booking'))!;
    assert.deepEqual(
      legacy.history.map((e) => e.byName),
      ['Former partnerships officer'],
    );
    for (const hold of await stores.holds.list()) {
      assert.notEqual(hold.placedBy.name, officer.name);
      assert.notEqual(hold.lifted?.by.name, officer.name);
    }
    assert.equal(await stores.people.get(officer.aadObjectId), undefined);
  });

  it('erasure writes its audit entry before the directory entry goes: a failed write leaves the person, and a re-run finishes', async () => {
    const person = DEMO_COUNCILLORS[2]!;
    const deps = await recordsDeps(stores, clock);
    const failing = {
      ...deps,
      audit: {
        ...deps.audit,
        recordOrFail: () => Promise.reject(new Error('storage fault')),
      },
    };
    await assert.rejects(erasePerson(failing, person.aadObjectId, by), /storage fault/);
    assert.equal((await stores.people.get(person.aadObjectId))?.name, person.name, 'not erased unaudited');
    const done = await erasePerson(deps, person.aadObjectId, by);
    assert.equal(done.kind, 'erased');
    assert.equal(await stores.people.get(person.aadObjectId), undefined);
    assert.equal((await erasePerson(deps, person.aadObjectId, by)).kind, 'already-erased');
  });
});
