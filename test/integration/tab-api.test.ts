import assert from 'node:assert/strict';
import type { Overview, ServiceLine } from '../../src/http/overview-types';
import { addWorkingDays, formatDay } from '../../src/kernel/london';
import { keepingStanding } from '../../src/overview/keep-standing';
import { createStores, type Stores } from '../../src/storage/stores';
import { openTables } from '../../src/storage/tables';
import { channel, messageActivity, persona, type Persona } from '../support/activities';
import { apiCaller } from '../support/api-call';
import { cardOf, cardText } from '../support/cards';
import { TEST_START, testClock, testDay } from '../support/clock';
import { startSeededBot, type SeededBot } from '../support/seeded-bot';
import { startTestApp } from '../support/test-app';
import { until } from '../support/wait';

const RUTH = {
  id: '29:hos-ellison',
  name: 'Ruth Ellison',
  aadObjectId: '00000000-0000-4000-8000-000000000202',
};
const BOOKING = '0f0e0d0c-0000-4000-8000-000000000001';

/** Every partnerships endpoint, with a body that would be accepted. */
const PARTNERSHIPS_ONLY: readonly [string, string, object?][] = [
  ['GET', '/api/overview'],
  ['POST', '/api/rota/bookings', { serviceId: 'checs', day: testDay(7), time: '10:00', councillorIds: [] }],
  ['POST', `/api/rota/bookings/${BOOKING}/move`, { day: testDay(8), reason: 'other' }],
  ['POST', `/api/rota/bookings/${BOOKING}/cancel`, { reason: 'other' }],
  ['POST', '/api/nudges/snooze', { topic: 'never-visited:checs' }],
  ['POST', '/api/outbox/retry', { store: 'Outbox', partition: 'outbox', id: 'x' }],
  ['GET', '/api/report'],
  ['POST', '/api/report/download-link', { format: 'docx' }],
  ['GET', '/api/report/committee-paper.docx'],
];

describe('the tab API for the partnerships team, in local mode on real Azurite', () => {
  const clock = testClock();
  let seeded: SeededBot;
  let stores: Stores;

  const call = apiCaller(() => seeded.bot.baseUrl);
  const sam = (method: string, path: string, body?: object) => call(persona.partnerships, method, path, body);
  const overview = async (): Promise<Overview> => (await sam('GET', '/api/overview')).body as Overview;
  const line = async (serviceId: string): Promise<ServiceLine> =>
    (await overview()).services.find((s) => s.serviceId === serviceId)!;
  /** The service's block on the rota card the bot shows in the channel, from its name to its status. */
  const rotaCardLine = async (name: string): Promise<string> => {
    const { connector, bot } = seeded;
    connector.clear();
    await bot.post(messageActivity(connector.url, persona.partnerships, 'rota', channel));
    const text = cardText(cardOf(connector.replies().at(-1)));
    return /[^\n]*\nLast visit[^]*?\nStatus\n[^\n]*/.exec(text.slice(text.indexOf(name)))![0];
  };

  before(async () => {
    seeded = await startSeededBot({ OUTBOX_POLL_MS: '200' }, clock);
    const tables = await openTables(seeded.azurite.connectionString, seeded.prefix);
    stores = keepingStanding(createStores(tables), console);
    const booked = (id: string, serviceId: string, day: string) =>
      stores.bookings.create({
        id,
        serviceId,
        day,
        time: '10:00',
        councillorIds: [persona.councillor.aadObjectId],
        status: 'booked',
        history: [{ at: TEST_START.toISOString(), byName: 'Sam Okafor', what: `booked for ${day} 10:00` }],
      });
    await booked('0f0e0d0c-0000-4000-8000-000000000010', 'cwd-social-work', testDay(-10));
    await booked('0f0e0d0c-0000-4000-8000-000000000011', 'cwd-short-breaks', addWorkingDays(testDay(0), 4));
  });
  after(async () => seeded?.stop());

  it('answers 401 to a request that names nobody, on every endpoint', async () => {
    const all = [
      ...PARTNERSHIPS_ONLY,
      ['GET', '/api/me'],
      ['GET', '/api/my-visits'],
      ['GET', '/api/my-responses'],
    ];
    for (const [method, path, body] of [
      ...all,
      ['GET', `/api/visits/${BOOKING}`],
    ] as typeof PARTNERSHIPS_ONLY) {
      const { status, body: answer } = await call(undefined, method, path, body);
      assert.equal(status, 401, `${method} ${path}`);
      assert.match((answer as { error: string }).error, /Choose who to act as/);
    }
  });

  it('answers 403 naming the partnerships team to a councillor and a responder, on every partnerships endpoint', async () => {
    for (const who of [persona.councillor, persona.headOfService]) {
      for (const [method, path, body] of PARTNERSHIPS_ONLY) {
        const { status, body: answer } = await call(who, method, path, body);
        assert.equal(status, 403, `${who.name}: ${method} ${path}`);
        assert.match((answer as { error: string }).error, /^Only the partnerships team [a-z ]+\.$/);
      }
    }
    assert.equal((await line('checs')).flag, 'never visited', 'nothing was booked');
  });

  it('gives each role its pages, and lists the directory for the local "act as" picker', async () => {
    const pages = async (who: Persona) =>
      ((await call(who, 'GET', '/api/me')).body as { pages: string[] }).pages;
    assert.deepEqual(await pages(persona.partnerships), ['overview', 'report', 'records']);
    assert.deepEqual(await pages(persona.councillor), ['my-visits']);
    assert.deepEqual(await pages(RUTH), ['my-responses', 'my-actions']);
    const me = (await call(persona.councillor, 'GET', '/api/me')).body;
    assert.deepEqual(me, {
      person: { aadObjectId: persona.councillor.aadObjectId, name: 'Cllr Alex Morgan', role: 'councillor' },
      pages: ['my-visits'],
      localMode: true,
    });
    const { status, body } = await call(undefined, 'GET', '/api/local/people');
    assert.equal(status, 200);
    const people = (body as { people: { name: string; email?: string }[] }).people;
    assert.equal(people.length, 6);
    assert.ok(
      people.every((p) => p.email === undefined),
      'no e-mail addresses',
    );
  });

  it('shows each service with its last visit, next booking, flag and the nudge about it', async () => {
    const seen = await overview();
    assert.equal(seen.today, testDay(0));
    assert.equal(seen.services.length, 5);
    const shortBreaks = seen.services.find((s) => s.serviceId === 'cwd-short-breaks')!;
    assert.equal(shortBreaks.flag, 'booked');
    assert.deepEqual(shortBreaks.next, {
      day: addWorkingDays(testDay(0), 4),
      time: '10:00',
      bookingId: '0f0e0d0c-0000-4000-8000-000000000011',
    });
    assert.equal(shortBreaks.topic, undefined);
    const socialWork = seen.services.find((s) => s.serviceId === 'cwd-social-work')!;
    assert.equal(socialWork.lastVisit, testDay(-10));
    assert.equal(socialWork.flag, 'not due');
    assert.deepEqual(seen.services.find((s) => s.serviceId === 'checs')?.topic, 'never-visited:checs');
    assert.deepEqual(
      seen.formsAwaited.map((f) => [f.serviceName, f.day, f.dueDay, f.overdue, f.councillorNames]),
      [
        [
          'Children with Disabilities Social Work Team',
          testDay(-10),
          testDay(18),
          false,
          ['Cllr Alex Morgan'],
        ],
      ],
    );
    assert.deepEqual(
      seen.councillors.map((c) => c.name),
      ['Cllr Alex Morgan', 'Cllr Priya Shah'],
    );
    assert.deepEqual(seen.changeReasons, ['sickness in the service', 'councillor availability', 'other']);
  });

  it('Book, Move and Cancel change what the rota card shows, as the card buttons would', async () => {
    const day = addWorkingDays(testDay(0), 3);
    const book = await sam('POST', '/api/rota/bookings', {
      serviceId: 'checs',
      day,
      time: '10:30',
      councillorIds: [persona.councillor.aadObjectId],
    });
    assert.deepEqual(book, {
      status: 200,
      body: { message: 'Booked; the councillors will be sent a confirmation.' },
    });
    const booked = await line('checs');
    assert.deepEqual([booked.flag, booked.next?.day, booked.next?.time], ['booked', day, '10:30']);
    assert.match(
      await rotaCardLine('ChECS'),
      new RegExp(`Next booked\\n${formatDay(day)} 10:30\\n.*\\nStatus\\nbooked$`, 's'),
    );

    const later = addWorkingDays(day, 2);
    const bookingId = booked.next!.bookingId!;
    const move = await sam('POST', `/api/rota/bookings/${bookingId}/move`, {
      day: later,
      reason: 'councillor availability',
    });
    assert.deepEqual(move.body, { message: 'Moved; the councillors will be told.' });
    assert.match(await rotaCardLine('ChECS'), new RegExp(`Next booked\\n${formatDay(later)} 10:30\\n`));

    const cancel = await sam('POST', `/api/rota/bookings/${bookingId}/cancel`, {
      reason: 'sickness in the service',
    });
    assert.deepEqual(cancel.body, { message: 'Cancelled; the councillors will be told.' });
    assert.match(await rotaCardLine('ChECS'), /Next booked\nnone\n.*\nStatus\nnever visited$/s);
    const history = (await stores.bookings.get(bookingId))!.history.map((h) => [h.byName, h.reason]);
    assert.deepEqual(history, [
      ['Sam Okafor', undefined],
      ['Sam Okafor', 'councillor availability'],
      ['Sam Okafor', 'sickness in the service'],
    ]);
  });

  it('refuses bodies it cannot use with 400 or 422, saying what to fix, and changes nothing', async () => {
    const cases: [string, string, unknown, number, RegExp][] = [
      ['POST', '/api/rota/bookings', [], 400, /Send a JSON object/],
      [
        'POST',
        '/api/rota/bookings',
        { serviceId: 'checs', day: testDay(7), councillorIds: [] },
        400,
        /Send time as text/,
      ],
      [
        'POST',
        '/api/rota/bookings',
        { serviceId: 'checs', day: testDay(7), time: '10:00', councillorIds: 'x' },
        400,
        /councillorIds/,
      ],
      [
        'POST',
        '/api/rota/bookings',
        {
          serviceId: 'checs',
          day: testDay(-1),
          time: '10:00',
          councillorIds: [persona.councillor.aadObjectId],
        },
        422,
        /^Choose a date from today on\.$/,
      ],
      [
        'POST',
        '/api/rota/bookings',
        { serviceId: 'nowhere', day: testDay(7), time: '10:00', councillorIds: [] },
        422,
        /^Choose the service to visit\.$/,
      ],
      [
        'POST',
        '/api/rota/bookings/0f0e0d0c-0000-4000-8000-000000000011/move',
        { day: testDay(30), reason: 'bored' },
        422,
        /Choose a reason/,
      ],
      ['POST', `/api/rota/bookings/${BOOKING}/cancel`, { reason: 'other' }, 404, /No booking has that id/],
      ['POST', '/api/nudges/snooze', { topic: 'DROP TABLE' }, 400, /topic of a nudge/],
      [
        'POST',
        '/api/outbox/retry',
        { store: 'Outbox', partition: 'out/box', id: 'x' },
        400,
        /Send the partition/,
      ],
      [
        'POST',
        '/api/outbox/retry',
        { store: 'Outbox', partition: 'outbox', id: 'no-such' },
        409,
        /no longer waiting/,
      ],
    ];
    const rota = async () => {
      const { services, formsAwaited, responsesAwaited } = await overview();
      return { services, formsAwaited, responsesAwaited };
    };
    const before = await rota();
    for (const [method, path, body, status, error] of cases) {
      const answer = await sam(method, path, body as object);
      assert.equal(answer.status, status, `${path} ${JSON.stringify(body)}`);
      assert.match((answer.body as { error: string }).error, error);
    }
    assert.deepEqual(await rota(), before);
  });

  it('Snooze quiets the nudge about a line for a week, by whom', async () => {
    const snoozed = await sam('POST', '/api/nudges/snooze', { topic: 'never-visited:checs' });
    assert.equal(snoozed.status, 200);
    assert.match(
      (snoozed.body as { message: string }).message,
      /^Snoozed by Sam Okafor: I will remind you again on /,
    );
    const quiet = (await line('checs')).quiet;
    assert.equal(quiet?.by, 'Sam Okafor');
    const week = Date.parse(quiet!.until!) - clock.now().getTime();
    assert.ok(Math.abs(week - 7 * 24 * 3_600_000) < 60_000, `quiet for a week, not ${week} ms`);
    assert.equal((await line('cin-cp-crewe')).quiet, undefined);
  });

  it('Retry puts a failed delivery back in the queue, as the outbox card shows', async () => {
    const outbox = stores.standaloneOutbox;
    const id = 'test-confirmation-priya';
    await outbox.enqueue(
      {
        id,
        to: { kind: 'person', aadObjectId: persona.secondCouncillor.aadObjectId },
        kind: 'post',
        summary: 'Booking confirmation: ChECS',
        activity: { text: 'You are booked to visit ChECS.' },
      },
      clock.now(),
    );
    await until('the message marked failed', async () => {
      const message = await outbox.get('outbox', id);
      return message && outbox.update(message, { status: 'dead', lastError: '400: Bad request' });
    });
    const failed = (await overview()).failedDeliveries.filter((d) => d.id === id);
    assert.deepEqual(failed, [
      {
        store: 'Outbox',
        partition: 'outbox',
        id,
        summary: 'Booking confirmation: ChECS',
        to: 'Cllr Priya Shah',
        why: 'Teams answered 400 (bad request) What to do: press Retry once the cause is fixed.',
        canRetry: true,
      },
    ]);
    const retried = await sam('POST', '/api/outbox/retry', { store: 'Outbox', partition: 'outbox', id });
    assert.deepEqual(retried.body, { message: 'Queued again: it will be sent shortly.' });
    const waiting = (await overview()).failedDeliveries.find((d) => d.id === id)!;
    assert.equal(waiting.canRetry, false);
    assert.match(
      waiting.why,
      /^Cllr Priya Shah has never opened a chat with Frontline Visits.* What to do: ask Cllr Priya Shah to open/,
    );
  });

  it('a download link works without a sign-in while it is valid, for that file only, and not after two minutes', async () => {
    const period = `${testDay(-60)}..${testDay(0)}`;
    const link = await sam('POST', '/api/report/download-link', { format: 'docx', period });
    assert.equal(link.status, 200);
    const { url } = link.body as { url: string };
    assert.match(url, /^\/api\/report\/committee-paper\.docx\?period=.*&ticket=/);
    const fetched = await fetch(`${seeded.bot.baseUrl}${url}`);
    assert.equal(fetched.status, 200);
    assert.match(fetched.headers.get('content-type')!, /wordprocessingml/);
    assert.ok((await fetched.arrayBuffer()).byteLength > 1000);

    const csv = await call(undefined, 'GET', url.replace('committee-paper.docx', 'visits.csv'));
    assert.deepEqual(csv, {
      status: 401,
      body: { error: 'This download link has expired: press Download again.' },
    });
    const otherPeriod = await call(undefined, 'GET', url.replace(/period=[^&]+/, 'period=2025-26'));
    assert.equal(otherPeriod.status, 401);
    const forged = await call(
      undefined,
      'GET',
      url.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
    );
    assert.equal(forged.status, 401);

    clock.advance(2 * 60_000 + 1_000);
    const expired = await call(undefined, 'GET', url);
    assert.deepEqual(expired, {
      status: 401,
      body: { error: 'This download link has expired: press Download again.' },
    });
    const bad = await sam('POST', '/api/report/download-link', { format: 'pdf' });
    assert.equal(bad.status, 400);
  });

  it('a download link given by one instance downloads from another on the same storage', async () => {
    const { azurite, prefix } = seeded;
    const env = { AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: prefix };
    const other = await startTestApp(env, clock, { dispatch: false });
    try {
      const period = `${testDay(-60)}..${testDay(0)}`;
      const link = await sam('POST', '/api/report/download-link', { format: 'csv', period });
      assert.equal(link.status, 200);
      const fetched = await fetch(`${other.baseUrl}${(link.body as { url: string }).url}`);
      assert.equal(fetched.status, 200);
      assert.match(fetched.headers.get('content-type')!, /^text\/csv/);
      await fetched.arrayBuffer();
    } finally {
      await other.stop();
    }
  });

  it('checks the paper for personal details before it gives a link, and records one export per download', async () => {
    const period = `${testDay(-30)}..${testDay(0)}`;
    const exports = async (): Promise<string[]> => {
      const { changes } = (await sam('GET', `/api/report?period=${period}`)).body as {
        changes: { what: string }[];
      };
      return changes.map((c) => c.what).filter((what) => what.startsWith('exported'));
    };
    const link = async (confirm?: boolean) => {
      const answer = await sam('POST', '/api/report/download-link', { format: 'docx', period, confirm });
      return {
        status: answer.status,
        body: answer.body as { url?: string; error?: string; hits?: object[] },
      };
    };
    const follow = (url: string) => fetch(`${seeded.bot.baseUrl}${url}`);

    const clean = await link();
    assert.equal(clean.status, 200);
    const fetched = await follow(clean.body.url!);
    assert.equal(fetched.status, 200);
    assert.match(fetched.headers.get('content-disposition')!, /Committee report .*\.docx/);
    await fetched.arrayBuffer();
    assert.deepEqual(await exports(), ['exported the paper (.docx)']);

    const set = await sam('POST', `/api/report/edits?period=${period}`, {
      edit: { kind: 'set-section', section: 'executiveSummary', text: 'Call 07700 900123 for details.' },
    });
    assert.equal(set.status, 200);
    const followedLate = await follow(clean.body.url!);
    assert.equal(followedLate.status, 409, 'a link given before the phone number was written');
    assert.match(((await followedLate.json()) as { error: string }).error, /choose Download anyway\.$/);

    const held = await link();
    assert.deepEqual(held, {
      status: 409,
      body: {
        error:
          'The paper may hold personal details (listed below). Fix them in the draft, or choose Download anyway.',
        hits: [{ where: '2. Executive Summary', kind: 'a UK phone number', sample: '077…23' }],
      },
    });
    assert.deepEqual(await exports(), ['exported the paper (.docx)'], 'the check records nothing');

    const confirmed = await link(true);
    assert.equal(confirmed.status, 200);
    assert.match(confirmed.body.url!, /[?&]confirm=yes&ticket=/);
    const anyway = await follow(confirmed.body.url!);
    assert.equal(anyway.status, 200);
    assert.match(anyway.headers.get('content-type')!, /wordprocessingml/);
    await anyway.arrayBuffer();
    assert.deepEqual(await exports(), [
      'exported the paper (.docx) despite the personal-data check',
      'exported the paper (.docx)',
    ]);
  });
});
