import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { targetMonths } from '../../src/actions/months';
import { createAuditTrail, type AuditTrail } from '../../src/audit/trail';
import type { AuditEntry, AuditKind } from '../../src/audit/types';
import { commandLine } from '../../src/cli/audit';
import { loadDirectory } from '../../src/directory/load-directory';
import { parseDirectory } from '../../src/directory/parse-directory';
import type { MyActions } from '../../src/http/api-types';
import { addDays, isWorkingDay, type Day } from '../../src/kernel/london';
import { createLogger } from '../../src/kernel/log';
import { createStores, type Stores } from '../../src/storage/stores';
import { openTables } from '../../src/storage/tables';
import {
  cardActionActivity,
  channel,
  messageActivity,
  persona,
  responseChannel,
  type Persona,
} from '../support/activities';
import { actionsOf, personAt, type Card } from '../support/card-driver';
import { cardText } from '../support/cards';
import { testClock, testDay } from '../support/clock';
import { startSeededBot, type SeededBot } from '../support/seeded-bot';
import { submitVisitWithNextSteps } from '../support/visit-with-next-steps';

const SERVICE = 'cin-cp-crewe';
const [, nextMonth] = targetMonths(testDay());
const ids = {
  alex: persona.councillor.aadObjectId,
  dana: persona.headOfService.aadObjectId,
  chris: persona.director.aadObjectId,
  sam: persona.partnerships.aadObjectId,
};
/** Everything typed in this test: none of it may be in the trail, only its keyed hash. */
const TYPED = {
  nextSteps: '- Recruit two agency social workers\n- Review the duty rota',
  amended: 'Service manager, four social workers and a student',
  response: 'We accept the findings of this visit.',
  corrected: 'We accept the findings, and thank the team.',
  decline: 'The county review covers the rota already.',
  ownerNote: 'Two agency workers started on Monday.',
  section: 'A year of visits in which caseloads were the main worry.',
  meetingLink: 'https://teams.example/l/meetup-join/typed-link',
};

/** The first working day at least `days` after the run's start. */
const workingDay = (days: number): Day => {
  let day = testDay(days);
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
};

/**
 * The audit trail, through the real front doors (POST /api/messages and the tab's API, local mode, real Azurite):
 * each change a person makes appends one entry naming who, the record and the people it is about, with keyed
 * hashes of what they typed and never the text.
 */
describe('the audit trail records every change a person makes (real Azurite)', () => {
  const clock = testClock();
  let seeded: SeededBot;
  let stores: Stores;
  let trail: AuditTrail;
  let visitId = '';

  const call = async <T = Record<string, unknown>>(
    who: Persona,
    method: string,
    url: string,
    body?: object,
  ) => {
    const response = await fetch(`${seeded.bot.baseUrl}${url}`, {
      method,
      headers: {
        'x-local-user': who.aadObjectId!,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    assert.ok(response.ok, `${method} ${url}: ${response.status} ${text}`);
    return (text.startsWith('{') ? JSON.parse(text) : text) as T;
  };
  const invoke = async (who: Persona, verb: string, data: object, where = responseChannel): Promise<Card> => {
    const { bot, connector } = seeded;
    const { body } = await bot.invoke(cardActionActivity(connector.url, who, verb, { ...data }, where));
    return body.value as Card;
  };
  const entries = async (): Promise<AuditEntry[]> =>
    stores.audit.list({
      from: new Date(clock.now().getTime() - 86_400_000).toISOString(),
      to: new Date(clock.now().getTime() + 86_400_000).toISOString(),
    });
  const only = async (kind: AuditKind): Promise<AuditEntry[]> =>
    (await entries()).filter((e) => e.kind === kind);
  const one = async (kind: AuditKind): Promise<AuditEntry> => {
    const found = await only(kind);
    assert.equal(found.length, 1, `one ${kind}: ${JSON.stringify(found)}`);
    return found[0]!;
  };

  before(async () => {
    seeded = await startSeededBot({ OUTBOX_POLL_MS: '200' }, clock);
    stores = createStores(await openTables(seeded.azurite.connectionString, seeded.prefix));
    // The key the app made on start: the test hashes with it to check what the entries hold.
    trail = createAuditTrail({
      store: stores.audit,
      key: await stores.leases.sharedKey('audit-text'),
      clock,
      log: createLogger(() => undefined),
    });
  });
  after(async () => seeded?.stop());

  it('channel.linked: the partnerships team links its channel and a service’s', async () => {
    const { bot, connector } = seeded;
    await bot.post(messageActivity(connector.url, persona.partnerships, 'link partnerships', channel));
    await bot.post(messageActivity(connector.url, persona.partnerships, `link ${SERVICE}`, responseChannel));
    const linked = await only('channel.linked');
    assert.deepEqual(
      linked.map((e) => [e.by.id, e.record.kind, e.record.id, e.detail]),
      [
        [ids.sam, 'channel', 'partnerships', 'partnerships'],
        [ids.sam, 'channel', SERVICE, 'service'],
      ],
    );
  });

  it('visit.submitted: the submission with its responders; answers typed before it are drafts, not entries', async () => {
    visitId = await submitVisitWithNextSteps(
      personAt(seeded.bot, seeded.connector, persona.councillor),
      SERVICE,
      testDay(-5),
      TYPED.nextSteps,
    );
    assert.deepEqual(
      (await entries()).filter((e) => e.visitId === visitId).map((e) => e.kind),
      ['visit.submitted'],
      'the four answers typed before submitting are not entries of their own',
    );
    const submitted = await one('visit.submitted');
    assert.equal(submitted.by.id, ids.alex);
    assert.equal(submitted.visitId, visitId);
    assert.deepEqual(submitted.people, [ids.alex, ids.dana, ids.chris]);
  });

  it('visit.amended: the previous and the new answer, hashed; the step as its detail', async () => {
    const alex = personAt(seeded.bot, seeded.connector, persona.councillor);
    const review = await alex.invoke('visit.review', { visitId });
    const amended = await alex.click(await alex.click(review, 'Amend'), 'Save amendment', {
      answer: TYPED.amended,
      reason: 'Missed a practitioner',
    });
    assert.match(cardText(amended), /Amended/);
    const entry = await one('visit.amended');
    assert.deepEqual([entry.by.id, entry.visitId, entry.detail], [ids.alex, visitId, 'staff']);
    assert.equal(entry.textBefore, trail.hash('Service manager and four social workers'));
    assert.equal(entry.textAfter, trail.hash(TYPED.amended));
    assert.deepEqual(entry.people, [ids.alex, ids.dana, ids.chris]);
  });

  it('response.sent, action.decided, response.corrected: the head of service responds and decides', async () => {
    const own = await invoke(persona.headOfService, 'response.open', { visitId });
    const button = actionsOf(own).find((a) => a.verb === 'response.submit')!;
    const sent = await invoke(persona.headOfService, 'response.submit', {
      ...button.data,
      response: TYPED.response,
      a0Choice: 'agree',
      a0Owner: ids.chris,
      a0Month: nextMonth,
      a1Choice: 'decline',
      a1Note: TYPED.decline,
    });
    assert.match(cardText(sent), /your response is saved/);
    const response = await one('response.sent');
    assert.deepEqual([response.by.id, response.visitId, response.record.id], [ids.dana, visitId, visitId]);
    assert.deepEqual(response.people, [ids.dana, ids.chris, ids.alex]);
    assert.equal(response.textAfter, trail.hash(TYPED.response));
    assert.equal(response.detail, undefined, 'Chris has yet to respond');

    const decided = await only('action.decided');
    assert.deepEqual(
      decided.map((e) => [e.by.id, e.visitId, e.detail, e.people]),
      [
        [ids.dana, visitId, `agreed, target ${nextMonth}`, [ids.chris]],
        [ids.dana, visitId, 'declined', []],
      ],
    );
    assert.equal(decided[1]!.textAfter, trail.hash(TYPED.decline));

    const again = actionsOf(sent).find((a) => a.verb === 'response.submit')!;
    await invoke(persona.headOfService, 'response.submit', { ...again.data, response: TYPED.corrected });
    const corrected = await one('response.corrected');
    assert.equal(corrected.textBefore, trail.hash(TYPED.response));
    assert.equal(corrected.textAfter, trail.hash(TYPED.corrected));
  });

  it('action.updated: the owner marks their action done with a note, from the tab', async () => {
    const { actions } = await call<MyActions>(persona.director, 'GET', '/api/my-actions');
    const action = actions.find((a) => a.visitId === visitId)!;
    await call(persona.director, 'POST', `/api/actions/${SERVICE}/${action.id}`, {
      status: 'done',
      note: TYPED.ownerNote,
      etag: action.etag,
    });
    const updated = await one('action.updated');
    assert.deepEqual(
      [updated.by.id, updated.record, updated.visitId, updated.people, updated.detail],
      [ids.chris, { kind: 'action', id: `${SERVICE}/${action.id}` }, visitId, [ids.chris], 'done'],
    );
    assert.equal(updated.textAfter, trail.hash(TYPED.ownerNote));
  });

  it('booking.made, booking.moved, booking.cancelled: the rota from the tab, reasons as chosen', async () => {
    const day = workingDay(10);
    await call(persona.partnerships, 'POST', '/api/rota/bookings', {
      serviceId: SERVICE,
      day,
      time: '10:00',
      councillorIds: [ids.alex],
      meetingLink: TYPED.meetingLink,
    });
    const made = await one('booking.made');
    assert.deepEqual([made.by.id, made.record.kind, made.people], [ids.sam, 'booking', [ids.alex]]);
    assert.equal(made.detail, `${SERVICE}: ${day} 10:00`);
    assert.equal(made.textAfter, trail.hash(TYPED.meetingLink));
    const bookingId = made.record.id;
    const later = workingDay(20);
    await call(persona.partnerships, 'POST', `/api/rota/bookings/${bookingId}/move`, {
      day: later,
      reason: 'sickness in the service',
    });
    await call(persona.partnerships, 'POST', `/api/rota/bookings/${bookingId}/cancel`, {
      reason: 'councillor availability',
    });
    const [moved, cancelled] = [await one('booking.moved'), await one('booking.cancelled')];
    assert.equal(moved.detail, `${SERVICE}: ${later} 10:00, sickness in the service`);
    assert.equal(cancelled.detail, `${SERVICE}: councillor availability`);
    for (const entry of [moved, cancelled]) {
      assert.deepEqual(
        [entry.by.id, entry.record.id, entry.visitId, entry.people],
        [ids.sam, bookingId, bookingId, [ids.alex]],
      );
    }
  });

  it('nudge.snoozed and nudge.handled: from the tab, and from a nudge card in the channel', async () => {
    await call(persona.partnerships, 'POST', '/api/nudges/snooze', {
      topic: `service-overdue:${SERVICE}:${testDay()}`,
    });
    const topic = `form-overdue:${visitId}`;
    const card = await invoke(
      persona.partnerships,
      'nudge.handle',
      { topic, text: 'A form is overdue', actions: ['snooze', 'handle'] },
      channel,
    );
    assert.match(cardText(card), /Marked as handled/);
    const snoozed = await one('nudge.snoozed');
    assert.deepEqual(
      [snoozed.by.id, snoozed.detail, snoozed.visitId],
      [ids.sam, 'service-overdue', undefined],
    );
    const handled = await one('nudge.handled');
    assert.deepEqual(
      [handled.by.id, handled.record, handled.visitId],
      [ids.sam, { kind: 'nudge', id: topic }, visitId],
    );
  });

  it('report.edited and report.exported: a section written in the draft, the visits downloaded', async () => {
    await call(persona.partnerships, 'POST', '/api/report/edits', {
      edit: { kind: 'set-section', section: 'executiveSummary', text: TYPED.section },
    });
    const edited = (await only('report.edited')).filter((e) => e.detail === 'set-section');
    assert.equal(edited.length, 1);
    assert.equal(edited[0]!.by.id, ids.sam);
    assert.equal(edited[0]!.record.kind, 'report');
    assert.equal(edited[0]!.textBefore, undefined);
    assert.equal(edited[0]!.textAfter, trail.hash(TYPED.section));

    const { url } = await call<{ url: string }>(persona.partnerships, 'POST', '/api/report/download-link', {
      format: 'csv',
      confirm: true,
    });
    const file = await fetch(`${seeded.bot.baseUrl}${url}`);
    assert.equal(file.status, 200);
    await file.arrayBuffer();
    const exported = await one('report.exported');
    assert.deepEqual([exported.by.id, exported.record, exported.detail], [ids.sam, edited[0]!.record, 'csv']);
  });

  it('directory.loaded: a directory file loaded from the command line names everyone in it', async () => {
    const file = path.resolve(__dirname, '../../../directory.example.yaml');
    const parsed = parseDirectory(await readFile(file, 'utf8'));
    assert.ok(parsed.ok);
    await loadDirectory(parsed.directory, stores, trail, commandLine('tester'), 'directory.example.yaml');
    const loaded = await one('directory.loaded');
    assert.deepEqual(loaded.by, { id: 'command-line', name: 'Command line (tester)' });
    assert.deepEqual(loaded.record, { kind: 'directory', id: 'directory.example.yaml' });
    assert.equal(loaded.people.length, parsed.directory.people.length);
    assert.ok(loaded.people.includes(ids.alex));
  });

  it('holds no typed text anywhere: only ids, names of who acted, fixed details and hashes', async () => {
    const all = JSON.stringify(await entries());
    for (const [what, text] of Object.entries(TYPED)) {
      for (const line of text.split('\n')) {
        assert.ok(!all.includes(line.replace(/^- /, '')), `${what} is in the trail`);
      }
    }
    assert.ok(!all.includes('Missed a practitioner'), 'an amendment’s reason is not in the trail');
    assert.ok(!all.includes('Caseloads are high'));
  });
});
