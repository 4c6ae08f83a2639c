import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { entryOf } from '../../src/audit/trail';
import type { AuditChange } from '../../src/audit/types';
import type { AuditPage, DownloadLink } from '../../src/http/api-types';
import { londonDay } from '../../src/kernel/london';
import { createStores } from '../../src/storage/stores';
import { openTables } from '../../src/storage/tables';
import { persona } from '../support/activities';
import { apiCaller } from '../support/api-call';
import { TEST_START, testClock } from '../support/clock';
import { startSeededBot, type SeededBot } from '../support/seeded-bot';

const HOUR = 3_600_000;
const hash = (text: string): string => createHash('sha256').update(text).digest('hex');
const VISIT = '6f1c2d3e-0000-4000-8000-000000000001';
const OTHER_VISIT = '6f1c2d3e-0000-4000-8000-000000000002';
const sam = { id: persona.partnerships.aadObjectId, name: persona.partnerships.name };
const alex = { id: persona.councillor.aadObjectId, name: persona.councillor.name };
const dana = { id: persona.headOfService.aadObjectId, name: persona.headOfService.name };
/** An Entra id with letters in it, as Entra writes them: lower case. */
const LETTERED = '5f3c9a2e-b7d1-4e8a-9c6f-a1b2c3d4e5f6';

/** The trail as seeded: what happened, and how many hours before the run's start. */
const SEEDED: readonly (readonly [number, AuditChange])[] = [
  [1, { by: alex, kind: 'visit.submitted', record: { kind: 'visit', id: VISIT }, visitId: VISIT }],
  [
    3,
    {
      by: alex,
      kind: 'visit.amended',
      record: { kind: 'visit', id: VISIT },
      visitId: VISIT,
      detail: 'practice',
      text: { before: 'old words', after: 'new words' },
    },
  ],
  [
    30,
    {
      by: dana,
      kind: 'response.sent',
      record: { kind: 'visit', id: OTHER_VISIT },
      visitId: OTHER_VISIT,
      people: [alex.id],
    },
  ],
  [
    50,
    { by: sam, kind: 'booking.made', record: { kind: 'booking', id: 'b-1' }, people: [alex.id, LETTERED] },
  ],
  [24 * 40, { by: sam, kind: 'directory.loaded', record: { kind: 'directory', id: 'directory' } }],
];

describe('the Records page API (the audit trail) for the partnerships team, on real Azurite', () => {
  const clock = testClock();
  let seeded: SeededBot;

  const call = apiCaller(() => seeded.bot.baseUrl);
  /** A download link followed without a sign-in: the status, its headers that matter, and its text. */
  const follow = async (url: string) => {
    const response = await fetch(`${seeded.bot.baseUrl}${url}`);
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      disposition: response.headers.get('content-disposition') ?? '',
      text: await response.text(),
    };
  };
  const audit = async (search = ''): Promise<AuditPage> => {
    const { status, body } = await call(persona.partnerships, 'GET', `/api/audit${search}`);
    assert.equal(status, 200, JSON.stringify(body));
    return body as AuditPage;
  };
  const kinds = (page: AuditPage): string[] => page.lines.map((l) => l.kind);

  before(async () => {
    seeded = await startSeededBot({}, clock);
    const stores = createStores(await openTables(seeded.azurite.connectionString, seeded.prefix));
    for (const [hours, change] of SEEDED) {
      await stores.audit.append(entryOf(change, new Date(TEST_START.getTime() - hours * HOUR), hash));
    }
  });
  after(async () => seeded?.stop());

  it('reads the last 30 days newest first, each entry in words, with the hashes and never the text', async () => {
    const page = await audit();
    assert.equal(page.to, londonDay(TEST_START));
    assert.deepEqual(kinds(page), ['visit.submitted', 'visit.amended', 'response.sent', 'booking.made']);
    assert.equal(page.more, false);
    assert.equal(page.matched, 4);
    const saved = page.lines[1]!;
    assert.equal(saved.byName, 'Cllr Alex Morgan');
    assert.equal(saved.what, 'Amended a submitted visit report');
    assert.equal(saved.record, `Visit ${VISIT}`);
    assert.equal(saved.detail, 'practice');
    assert.equal(saved.textBefore, hash('old words'));
    assert.equal(saved.textAfter, hash('new words'));
    assert.ok(
      page.people.some((p) => p.name === 'Sam Okafor'),
      'the directory, for the person filter',
    );
  });

  it('filters by visit, by person (made by or about them, by id or e-mail) and by dates', async () => {
    assert.deepEqual(kinds(await audit(`?visit=${OTHER_VISIT}`)), ['response.sent']);
    const aboutAlex = ['visit.submitted', 'visit.amended', 'response.sent', 'booking.made'];
    assert.deepEqual(kinds(await audit(`?person=${alex.id}`)), aboutAlex);
    const upper = await audit(`?person=${LETTERED.toUpperCase()}`);
    assert.deepEqual(
      [upper.personId, ...kinds(upper)],
      [LETTERED, 'booking.made'],
      'an id typed in capitals',
    );
    assert.deepEqual(kinds(await audit(`?person=${dana.id}`)), ['response.sent']);
    const byEmail = await audit('?person=DANA.whitfield@council.example');
    assert.deepEqual([byEmail.personId, ...kinds(byEmail)], [dana.id, 'response.sent']);
    const longAgo = londonDay(new Date(TEST_START.getTime() - 24 * 40 * HOUR));
    assert.deepEqual(kinds(await audit(`?from=${longAgo}&to=${longAgo}`)), ['directory.loaded']);
    assert.deepEqual(kinds(await audit(`?from=${longAgo}&person=${sam.id}`)), [
      'booking.made',
      'directory.loaded',
    ]);
  });

  it('answers 400 with a sentence to a bad date, a window the wrong way round, or too long', async () => {
    for (const [search, sentence] of [
      ['?from=25/11/2026', /^Write the from date as YYYY-MM-DD/],
      ['?to=2026-02-30', /^Write the to date as YYYY-MM-DD/],
      ['?from=2026-11-25&to=2026-11-01', /^The from date is after the to date/],
      ['?from=2024-01-01&to=2026-01-01', /^Choose at most 366 days/],
    ] as const) {
      const { status, body } = await call(persona.partnerships, 'GET', `/api/audit${search}`);
      assert.equal(status, 400, search);
      assert.match((body as { error: string }).error, sentence);
    }
    const nobody = await call(persona.partnerships, 'GET', '/api/audit?person=nobody@council.example');
    assert.deepEqual(nobody, {
      status: 404,
      body: { error: 'No one in the directory has the e-mail address nobody@council.example.' },
    });
  });

  it('answers 403 naming the partnerships team to a councillor and a head of service', async () => {
    for (const who of [persona.councillor, persona.headOfService]) {
      for (const [method, path, body] of [
        ['GET', '/api/audit'],
        ['POST', '/api/audit/download-link', {}],
        ['GET', '/api/audit/entries.csv'],
      ] as const) {
        const answer = await call(who, method, path, body);
        assert.equal(answer.status, 403, `${who.name}: ${method} ${path}`);
        assert.deepEqual(answer.body, { error: 'Only the partnerships team can read the audit trail.' });
      }
    }
    const me = (await call(persona.partnerships, 'GET', '/api/me')).body as { pages: string[] };
    assert.ok(me.pages.includes('records'), 'the Records page is offered to the partnerships team');
    const theirs = (await call(persona.councillor, 'GET', '/api/me')).body as { pages: string[] };
    assert.ok(!theirs.pages.includes('records'));
  });

  it('gives a CSV of every matching entry through a short-lived link, for that filter only', async () => {
    const link = await call(persona.partnerships, 'POST', '/api/audit/download-link', { person: alex.id });
    assert.equal(link.status, 200);
    const { url } = link.body as DownloadLink;
    assert.match(url, /^\/api\/audit\/entries\.csv\?from=.*&ticket=/);

    const csv = await follow(url);
    assert.equal(csv.status, 200);
    assert.match(csv.type, /^text\/csv/);
    assert.match(
      csv.disposition,
      /^attachment; filename="Audit \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}\.csv"/,
    );
    const rows = csv.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    assert.equal(
      rows[0],
      'When (UTC),When (London),Who,Who (id),What,Kind,Record,Visit,People (ids),Detail,' +
        'Text before (keyed hash),Text after (keyed hash),Entry',
    );
    assert.equal(rows.length, 5, 'a header and the four entries by or about him');
    assert.match(rows[1]!, /,Cllr Alex Morgan,.*,Submitted a visit report,visit\.submitted,/);
    assert.ok(!csv.text.includes('new words'), 'never the text');

    const widened = url.replace(/person=[^&]+&/, '');
    const refused = await call(undefined, 'GET', widened);
    assert.deepEqual(
      [refused.status, refused.body],
      [401, { error: 'This download link has expired: press Download again.' }],
    );
    const byEmail = await call(
      undefined,
      'GET',
      url.replace(/person=[^&]+/, 'person=dana.whitfield%40council.example'),
    );
    assert.equal(byEmail.status, 401, 'a link never says whether an e-mail address is in the directory');
    clock.advance(3 * 60_000);
    assert.equal((await call(undefined, 'GET', url)).status, 401, 'expired after two minutes');
  });
});
