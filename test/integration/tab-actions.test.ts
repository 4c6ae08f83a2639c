import assert from 'node:assert/strict';
import { TableClient } from '@azure/data-tables';
import { targetMonths } from '../../src/actions/months';
import type { ActionsAnswer, ActionView, MyActions, VisitDetail } from '../../src/http/api-types';
import { persona, type Persona } from '../support/activities';
import { personAt } from '../support/card-driver';
import { testClock, testDay } from '../support/clock';
import { startSeededBot, type SeededBot } from '../support/seeded-bot';
import { submitVisitWithNextSteps } from '../support/visit-with-next-steps';

const RUTH = {
  id: '29:hos-ellison',
  name: 'Ruth Ellison',
  aadObjectId: '00000000-0000-4000-8000-000000000202',
};
const SERVICE = 'cin-cp-crewe';
const [, nextMonth, monthAfter] = targetMonths(testDay());

/**
 * Deciding a visit's actions and following them up from the tab's API (local mode, real Azurite): the same use
 * case as the cards, its refusals as a status and a sentence, nothing changed by a refused request.
 */
describe('the tab API for actions: decided by the visit’s responders, updated by owners (real Azurite)', () => {
  const clock = testClock();
  let seeded: SeededBot;
  let visitId = '';
  /** The actions as Chris read them before Dana decided them. */
  let readBefore: readonly ActionView[] = [];

  const call = async <T = { error: string }>(who: Persona, method: string, path: string, body?: object) => {
    const response = await fetch(`${seeded.bot.baseUrl}${path}`, {
      method,
      headers: {
        'x-local-user': who.aadObjectId!,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: (await response.json()) as T };
  };
  const detail = async (who: Persona = persona.headOfService): Promise<VisitDetail> => {
    const { status, body } = await call<VisitDetail>(who, 'GET', `/api/visits/${visitId}`);
    assert.equal(status, 200);
    return body;
  };
  const statuses = async (): Promise<string[]> => (await detail()).actions.map((a) => a.status);
  const decide = (who: Persona, decisions: object[]) =>
    call<ActionsAnswer & { error: string }>(who, 'POST', `/api/visits/${visitId}/actions`, { decisions });

  before(async () => {
    seeded = await startSeededBot({ OUTBOX_POLL_MS: '200' }, clock);
    const { bot, connector } = seeded;
    visitId = await submitVisitWithNextSteps(
      personAt(bot, connector, persona.councillor),
      SERVICE,
      testDay(-5),
      '- Recruit two agency social workers\n- Review the duty rota\n- Move the team to a bigger office',
    );
  });
  after(async () => seeded?.stop());

  it('shows the visit’s proposed actions to its readers, and the choices to its named responders only', async () => {
    const dana = await detail();
    assert.deepEqual(
      dana.actions.map((a) => [a.text, a.status]),
      [
        ['Recruit two agency social workers', 'proposed'],
        ['Review the duty rota', 'proposed'],
        ['Move the team to a bigger office', 'proposed'],
      ],
    );
    assert.deepEqual(dana.decide?.months, targetMonths(testDay()));
    const owners = dana.decide!.owners.map((o) => o.name);
    assert.ok(owners.includes('Ruth Ellison') && !owners.some((n) => n.startsWith('Cllr')), owners.join());
    const alex = await detail(persona.councillor);
    assert.equal(alex.actions.length, 3);
    assert.equal(alex.decide, undefined, 'a councillor is not offered the form');
  });

  it('refuses a councillor and another service’s responder with the use case’s sentence, changing nothing', async () => {
    const [first] = (await detail()).actions as [ActionView];
    for (const who of [persona.councillor, RUTH]) {
      const refused = await decide(who, [
        { actionId: first.id, etag: first.etag, kind: 'decline', reason: 'Not ours' },
      ]);
      assert.equal(refused.status, 422, who.name);
      assert.match(refused.body.error, /^Only the responders named on this visit can decide its actions\./);
    }
    assert.deepEqual(await statuses(), ['proposed', 'proposed', 'proposed']);
  });

  it('all or nothing: a past month or a decline without a reason refuses every decision', async () => {
    const [a0, a1] = (await detail()).actions as [ActionView, ActionView];
    const refused = await decide(persona.headOfService, [
      { actionId: a0.id, etag: a0.etag, kind: 'agree', team: 'Crewe duty team', target: nextMonth },
      { actionId: a1.id, etag: a1.etag, kind: 'decline', reason: '  ' },
    ]);
    assert.equal(refused.status, 422);
    assert.match(refused.body.error, /Say why “Review the duty rota” is declined\. Nothing was saved\.$/);
    const past = await decide(persona.headOfService, [
      { actionId: a0.id, etag: a0.etag, kind: 'agree', team: 'Crewe duty team', target: '2020-01' },
    ]);
    assert.equal(past.status, 422);
    assert.match(past.body.error, /target month/);
    assert.deepEqual(await statuses(), ['proposed', 'proposed', 'proposed']);
  });

  it('a named responder decides the actions: a person and a target, in hand, declined with a reason', async () => {
    readBefore = (await detail(persona.director)).actions;
    const [a0, a1, a2] = (await detail()).actions as [ActionView, ActionView, ActionView];
    const decided = await decide(persona.headOfService, [
      { actionId: a0.id, etag: a0.etag, kind: 'agree', personId: RUTH.aadObjectId, target: monthAfter },
      { actionId: a1.id, etag: a1.etag, kind: 'in hand', note: 'Started last week' },
      { actionId: a2.id, etag: a2.etag, kind: 'decline', reason: 'The county review covers it.' },
    ]);
    assert.equal(decided.status, 200, decided.body.error);
    assert.deepEqual(
      decided.body.actions.map((a) => [a.status, a.ownerName, a.target, a.reason]),
      [
        ['agreed', 'Ruth Ellison', monthAfter, undefined],
        ['in progress', undefined, undefined, undefined],
        ['declined', undefined, undefined, 'The county review covers it.'],
      ],
    );
    assert.deepEqual(await statuses(), ['agreed', 'in progress', 'declined']);

    // As on the card: the owner is queued their card, and the channel's request card an update.
    const queued: string[] = [];
    for (const table of ['Outbox', 'Visits']) {
      const client = TableClient.fromConnectionString(
        seeded.azurite.connectionString,
        `${seeded.prefix}${table}`,
        {
          allowInsecureConnection: true,
        },
      );
      for await (const row of client.listEntities()) {
        if (typeof row.summary === 'string') queued.push(`${String(row.rowKey)} ${row.summary}`);
      }
    }
    assert.ok(
      queued.some((q) => q.includes(`action.${a0.id}.`) && /Action agreed: Child in Need/.test(q)),
      `the owner's card is queued, in:\n${queued.join('\n')}`,
    );
    assert.ok(
      queued.some((q) => q.includes(`${visitId}.update.`) && /Response card update/.test(q)),
      `an update of the request card is queued, in:\n${queued.join('\n')}`,
    );
  });

  it('a decision on an action someone decided since it was read is 409, and saves nothing', async () => {
    const stale = await decide(persona.director, [
      { actionId: readBefore[2]!.id, etag: readBefore[2]!.etag, kind: 'in hand' },
    ]);
    assert.equal(stale.status, 409);
    assert.match(stale.body.error, /“Move the team to a bigger office”.* Nothing was saved\.$/);
    assert.deepEqual(await statuses(), ['agreed', 'in progress', 'declined']);
  });

  it('the owner sees it under My actions and marks it done; a councillor cannot, and a stale page is 409', async () => {
    const pages = (await call<{ pages: string[] }>(RUTH, 'GET', '/api/me')).body.pages;
    assert.ok(pages.includes('my-actions'));
    const mine = (await call<MyActions>(RUTH, 'GET', '/api/my-actions')).body.actions;
    assert.deepEqual(
      mine.map((a) => [a.text, a.status]),
      [['Recruit two agency social workers', 'agreed']],
    );
    const action = mine[0]!;
    const path = `/api/actions/${SERVICE}/${action.id}`;
    const body = { status: 'done', note: 'Both started on Monday', etag: action.etag };

    const alex = await call(persona.councillor, 'POST', path, body);
    assert.equal(alex.status, 403);
    assert.match(alex.body.error, /^Only its owner, .* can update an action\. Nothing was changed\.$/);
    assert.deepEqual((await call<MyActions>(persona.councillor, 'GET', '/api/my-actions')).body, {
      actions: [],
    });

    const done = await call<ActionsAnswer>(RUTH, 'POST', path, body);
    assert.equal(done.status, 200);
    assert.equal(done.body.actions[0]?.status, 'done');
    assert.equal(done.body.actions[0]?.notes.at(-1)?.note, 'Both started on Monday');

    const again = await call(RUTH, 'POST', path, { ...body, status: 'in progress' });
    assert.equal(again.status, 409, 'the page read it before it was marked done');
    const closed = await call(RUTH, 'POST', path, { ...body, etag: done.body.actions[0]!.etag });
    assert.equal(closed.status, 422);
    assert.match(closed.body.error, /already/);
    assert.deepEqual(await statuses(), ['done', 'in progress', 'declined']);
  });
});
