import assert from 'node:assert/strict';
import type { AuditEntry } from '../../src/audit/types';
import type { HoldsPage, HoldView } from '../../src/http/api-types';
import { createStores, type Stores } from '../../src/storage/stores';
import { openTables } from '../../src/storage/tables';
import { persona } from '../support/activities';
import { apiCaller } from '../support/api-call';
import { testClock, testDay } from '../support/clock';
import { startSeededBot, type SeededBot } from '../support/seeded-bot';
import { startForm, visitId } from '../support/visit-writes';

const sam = persona.partnerships;
const alexEmail = 'Alex.Morgan@council.example';
const REFUSED = { error: 'Only the partnerships team can place, lift or read legal holds.' };

describe('legal holds through the API (the Records page) for the partnerships team, on real Azurite', () => {
  const clock = testClock();
  let seeded: SeededBot;
  let stores: Stores;

  const call = apiCaller(() => seeded.bot.baseUrl);
  const list = async (): Promise<HoldsPage> => {
    const { status, body } = await call(sam, 'GET', '/api/holds');
    assert.equal(status, 200, JSON.stringify(body));
    return body as HoldsPage;
  };
  const place = async (kind: string, id: string, reason = 'INQ-2026-014'): Promise<HoldView> => {
    const { status, body } = await call(sam, 'POST', '/api/holds', { kind, id, reason });
    assert.equal(status, 201, JSON.stringify(body));
    return body as HoldView;
  };
  /** The hold entries of the trail, oldest first. */
  const holdEntries = async (): Promise<AuditEntry[]> => {
    const now = clock.now().getTime();
    const entries = await stores.audit.list({
      from: new Date(now - 3_600_000).toISOString(),
      to: new Date(now + 3_600_000).toISOString(),
    });
    return entries.filter((e) => e.kind.startsWith('hold.')).sort((a, b) => a.id.localeCompare(b.id));
  };

  before(async () => {
    seeded = await startSeededBot({}, clock);
    stores = createStores(await openTables(seeded.azurite.connectionString, seeded.prefix));
    await startForm(stores, 1, testDay(-3), 'checs');
  });
  after(async () => seeded?.stop());

  it('places holds on a service, a visit and a person (by e-mail), each named and audited as the caller', async () => {
    const empty = await list();
    assert.deepEqual(empty.holds, []);
    assert.ok(
      empty.services.some((s) => s.id === 'checs' && s.name === 'Cheshire East Consultation Service (ChECS)'),
      'the directory’s services, to choose from',
    );

    const onService = await place('service', 'checs');
    assert.match(onService.id, /^H-[0-9a-f]{8}$/);
    assert.deepEqual(
      { ...onService, id: '' },
      {
        id: '',
        kind: 'service',
        subjectId: 'checs',
        subjectName: 'Cheshire East Consultation Service (ChECS)',
        reason: 'INQ-2026-014',
        placedBy: sam.name,
        placedAt: onService.placedAt,
      },
    );
    assert.ok(Math.abs(Date.parse(onService.placedAt) - clock.now().getTime()) < 60_000, 'the app’s clock');
    const onVisit = await place('visit', visitId(1), 'INQ-2026-015');
    assert.deepEqual([onVisit.subjectName, onVisit.visitDay], ['checs', testDay(-3)]);
    const onPerson = await place('person', alexEmail);
    assert.deepEqual(
      [onPerson.subjectId, onPerson.subjectName],
      [persona.councillor.aadObjectId, 'Cllr Alex Morgan'],
    );

    const placed = await holdEntries();
    assert.deepEqual(
      placed.map((e) => [e.kind, e.by.id, e.by.name, e.record.id]),
      [onService, onVisit, onPerson].map((h) => ['hold.placed', sam.aadObjectId, sam.name, h.id]),
    );
    assert.equal(placed[1]!.visitId, visitId(1));
    assert.deepEqual(placed[2]!.people, [persona.councillor.aadObjectId]);
  });

  it('lifts a hold once: listed after the active ones with who lifted it; again is 409, unknown 404', async () => {
    const [first] = (await list()).holds.filter((h) => h.kind === 'service');
    const lifted = await call(sam, 'POST', `/api/holds/${first!.id}/lift`);
    assert.equal(lifted.status, 200, JSON.stringify(lifted.body));
    assert.deepEqual((lifted.body as HoldView).lifted?.by, sam.name);

    const { holds } = await list();
    assert.deepEqual(
      holds.map((h) => [h.kind, h.lifted === undefined]),
      [
        ['person', true],
        ['visit', true],
        ['service', false],
      ],
      'active first (newest placed first), then lifted',
    );
    const [lift] = (await holdEntries()).filter((e) => e.kind === 'hold.lifted');
    assert.deepEqual([lift?.by.id, lift?.record.id], [sam.aadObjectId, first!.id]);

    const again = await call(sam, 'POST', `/api/holds/${first!.id}/lift`);
    assert.equal(again.status, 409);
    assert.match((again.body as { error: string }).error, new RegExp(`^Hold ${first!.id} was lifted on `));
    assert.deepEqual(await call(sam, 'POST', '/api/holds/H-00000000/lift'), {
      status: 404,
      body: { error: 'There is no hold H-00000000.' },
    });
  });

  it('refuses a hold covering nothing (422) and a bad body (400), with the sentence and nothing placed', async () => {
    const before = (await list()).holds.length;
    for (const [body, status, error] of [
      [
        { kind: 'service', id: 'no-such-service', reason: 'INQ-1' },
        422,
        'There is no service "no-such-service" in the directory, so a hold would cover nothing.',
      ],
      [
        { kind: 'person', id: 'nobody@council.example', reason: 'INQ-1' },
        422,
        'Nobody with the e-mail or id "nobody@council.example" is in the directory or named on a visit, so a hold would cover nothing.',
      ],
      [
        { kind: 'service', id: 'checs', reason: '!' },
        422,
        'The reason must be a reference (2 to 120 letters, digits and punctuation), such as "INQ-2026-014".',
      ],
      [
        { kind: 'building', id: 'checs', reason: 'INQ-1' },
        400,
        'Say what to hold: kind "service", "visit" or "person".',
      ],
      [{ kind: 'service', reason: 'INQ-1' }, 400, 'Send id as text; nothing was changed.'],
      [{ kind: 'visit', id: visitId(1), reason: 7 }, 400, 'Send reason as text; nothing was changed.'],
    ] as const) {
      assert.deepEqual(await call(sam, 'POST', '/api/holds', body), { status, body: { error } });
    }
    assert.equal((await list()).holds.length, before);
  });

  it('answers 403 naming the partnerships team to a councillor and a head of service', async () => {
    const [held] = (await list()).holds;
    for (const who of [persona.councillor, persona.headOfService]) {
      for (const [method, path, body] of [
        ['GET', '/api/holds'],
        ['POST', '/api/holds', { kind: 'service', id: 'checs', reason: 'INQ-1' }],
        ['POST', `/api/holds/${held!.id}/lift`],
      ] as const) {
        assert.deepEqual(await call(who, method, path, body), { status: 403, body: REFUSED }, who.name);
      }
    }
    assert.equal((await list()).holds.find((h) => h.id === held!.id)?.lifted, undefined, 'still held');
  });
});
