import assert from 'node:assert/strict';
import { proposedActions } from '../../../src/actions/propose';
import type { Decision, OwnerChoice } from '../../../src/actions/types';
import { addMonths } from '../../../src/kernel/london';
import { testClock, testDay } from '../../support/clock';
import { actionsWith, ALEX, CHECS_VISIT, DANA, OWEN, RUTH, visit } from './actions-fixture';

const [RECRUIT, TRAINING, PRINTERS] = proposedActions(CHECS_VISIT).map((a) => a.id) as [
  string,
  string,
  string,
];
const THIS_MONTH = testDay().slice(0, 7);
const NEXT_MONTH = addMonths(testDay(), 1).slice(0, 7);
const LAST_MONTH = addMonths(testDay(), -1).slice(0, 7);

const agree = (
  actionId: string,
  target = NEXT_MONTH,
  owner: OwnerChoice = { personId: 'owen' },
): Decision => ({
  actionId,
  kind: 'agree',
  owner,
  target,
});
const TRIAGE: Decision[] = [
  agree(RECRUIT),
  { actionId: TRAINING, kind: 'in hand', note: ' New rota from next week ' },
  { actionId: PRINTERS, kind: 'decline', reason: ' The supplier replaces them in spring ' },
];

/** Decides `decisions` as Dana on the ChECS visit; asserts the refusal names `problem` and nothing was saved. */
async function refused(
  decisions: Decision[],
  problem: RegExp,
  { by = DANA, clock = testClock(), shown = new Map<string, string>() } = {},
) {
  const { actions, store } = actionsWith({ clock });
  const checked = await actions.check(CHECS_VISIT, ['dana'], by, decisions, shown);
  assert.ok(!checked.ok, 'check refuses');
  assert.match(checked.problem, problem);
  const result = await actions.decide(CHECS_VISIT, ['dana'], by, decisions, shown);
  assert.ok(!result.ok, 'decide refuses');
  assert.equal(result.problem, checked.problem);
  assert.deepEqual(store.saves, [], 'nothing saved');
  assert.deepEqual(store.rows(), []);
}

describe('actions: a responder’s decisions', () => {
  it('agree, in hand and decline are saved together, with an event each and the owner from the directory', async () => {
    const clock = testClock();
    const { actions, store } = actionsWith({ clock });
    const result = await actions.decide(CHECS_VISIT, ['dana'], DANA, TRIAGE);
    assert.ok(result.ok);
    assert.equal(store.saves.length, 1, 'one transaction');
    const [recruit, training, printers] = result.actions;
    assert.equal(recruit!.status, 'agreed');
    assert.deepEqual(recruit!.owner, { kind: 'person', aadObjectId: 'owen', name: OWEN.name });
    assert.equal(recruit!.target, NEXT_MONTH);
    assert.deepEqual(
      recruit!.history.map((e) => [e.by, e.byName, e.what]),
      [['dana', DANA.name, `agreed: ${OWEN.name}, by ${NEXT_MONTH}`]],
    );
    assert.equal(training!.status, 'in progress');
    assert.equal(training!.history[0]!.note, 'New rota from next week');
    assert.equal(printers!.status, 'declined');
    assert.equal(printers!.reason, 'The supplier replaces them in spring');
    assert.equal(new Date(printers!.history[0]!.at).getTime() <= clock.now().getTime(), true);
    assert.deepEqual(
      (await actions.ofVisit(CHECS_VISIT)).map((a) => [a.status, a.etag !== '']),
      [
        ['agreed', true],
        ['in progress', true],
        ['declined', true],
      ],
    );
  });

  it('a named team owns it, trimmed; this month is a target; no decisions save nothing', async () => {
    const { actions, store } = actionsWith();
    const result = await actions.decide(CHECS_VISIT, ['dana'], DANA, [
      agree(RECRUIT, THIS_MONTH, { team: '  Business support ' }),
      agree(TRAINING, NEXT_MONTH, { team: 'x'.repeat(100) }),
    ]);
    assert.ok(result.ok);
    assert.deepEqual(result.actions[0]!.owner, { kind: 'team', name: 'Business support' });
    assert.equal(result.actions[0]!.target, THIS_MONTH);
    assert.deepEqual(await actions.decide(CHECS_VISIT, ['dana'], DANA, []), { ok: true, actions: [] });
    assert.equal(store.saves.length, 1);
  });

  it('refused for someone not named as a responder, even another service’s', async () => {
    await refused(TRIAGE, /Only the responders named/, { by: RUTH });
    await refused(TRIAGE, /Only the responders named/, { by: ALEX });
  });

  it('refused, all of it, when one action is no longer on the visit (its point reworded away)', async () => {
    await refused([agree(RECRUIT), agree('no-such-point')], /no longer on the visit/);
    const reworded = visit({
      ...CHECS_VISIT,
      answers: { 'outcomes.next-steps': 'Recruit three' },
      version: 2,
    });
    const { actions, store } = actionsWith();
    const result = await actions.decide(reworded, ['dana'], DANA, [agree(RECRUIT)]);
    assert.ok(!result.ok);
    assert.match(result.problem, /no longer on the visit/);
    assert.deepEqual(store.saves, []);
  });

  it('refused for an owner not in the directory, or a team name empty or too long', async () => {
    await refused(
      [agree(RECRUIT), agree(TRAINING, NEXT_MONTH, { personId: 'stranger' })],
      /not in the directory/,
    );
    await refused([agree(RECRUIT), agree(TRAINING, NEXT_MONTH, { team: '   ' })], /Name the team/);
    await refused([agree(RECRUIT), agree(TRAINING, NEXT_MONTH, { team: 'x'.repeat(101) })], /Name the team/);
  });

  for (const target of ['2027-13', '2027-00', '2027-4', 'April 2027', '27-04', '', `${NEXT_MONTH}-01`]) {
    it(`refused for a malformed target month “${target}”`, async () => {
      await refused([agree(RECRUIT), agree(TRAINING, target)], /Choose a target month/);
    });
  }

  it('refused for a target month already past', async () => {
    await refused([agree(RECRUIT), agree(TRAINING, LAST_MONTH)], /Choose a target month from this month on/);
  });

  it('the month is London’s: at 23:30Z on 31 March it is April, so March is past', async () => {
    for (const year of [2027, 2030]) {
      const clock = testClock(new Date(`${year}-03-31T23:30:00Z`));
      await refused([agree(RECRUIT, `${year}-03`)], /Choose a target month/, { clock });
      const { actions } = actionsWith({ clock });
      assert.ok((await actions.decide(CHECS_VISIT, ['dana'], DANA, [agree(RECRUIT, `${year}-04`)])).ok);
    }
  });

  it('across a year end: December is still a target on 31 December, and past on 1 January', async () => {
    const december = testClock(new Date('2027-12-31T23:30:00Z'));
    const { actions } = actionsWith({ clock: december });
    assert.ok((await actions.decide(CHECS_VISIT, ['dana'], DANA, [agree(RECRUIT, '2027-12')])).ok);
    await refused([agree(RECRUIT, '2027-11')], /Choose a target month/, { clock: december });
    const january = testClock(new Date('2028-01-01T00:30:00Z'));
    await refused([agree(RECRUIT, '2027-12')], /Choose a target month/, { clock: january });
    const next = actionsWith({ clock: january });
    assert.ok((await next.actions.decide(CHECS_VISIT, ['dana'], DANA, [agree(RECRUIT, '2028-01')])).ok);
  });

  it('refused for a decline without a reason', async () => {
    await refused([agree(RECRUIT), { actionId: PRINTERS, kind: 'decline', reason: ' \n ' }], /Say why/);
  });

  it('refused when the card showed an older etag than the action has now', async () => {
    const { actions, store } = actionsWith();
    const first = await actions.decide(CHECS_VISIT, ['dana'], DANA, [agree(RECRUIT)]);
    assert.ok(first.ok);
    const shown = new Map([
      [RECRUIT, ''],
      [TRAINING, ''],
    ]);
    const again = await actions.decide(
      CHECS_VISIT,
      ['dana'],
      DANA,
      [
        { actionId: TRAINING, kind: 'in hand' },
        { actionId: RECRUIT, kind: 'decline', reason: 'Frozen' },
      ],
      shown,
    );
    assert.ok(!again.ok);
    assert.match(again.problem, /decided by someone else/);
    assert.equal(store.saves.length, 1);
    assert.deepEqual(
      (await actions.ofVisit(CHECS_VISIT)).map((a) => a.status),
      ['agreed', 'proposed', 'proposed'],
    );
    const current = new Map([[RECRUIT, first.actions[0]!.etag]]);
    const decided = await actions.decide(
      CHECS_VISIT,
      ['dana'],
      DANA,
      [{ actionId: RECRUIT, kind: 'decline', reason: 'Frozen' }],
      current,
    );
    assert.ok(!decided.ok, 'an action already decided is not decided again, even on a fresh card');
    assert.equal(
      decided.problem,
      '“Recruit two social workers” is already agreed; its owner updates it from their card.',
    );
    assert.equal(store.saves.length, 1);
  });

  it('the same decisions sent again by the same person (after a half-finished save) are kept, not refused', async () => {
    const { actions, store } = actionsWith();
    const first = await actions.decide(CHECS_VISIT, ['dana', 'ruth'], DANA, TRIAGE);
    assert.ok(first.ok);
    const oldCard = new Map([RECRUIT, TRAINING, PRINTERS].map((id) => [id, '']));
    const again = await actions.check(CHECS_VISIT, ['dana', 'ruth'], DANA, TRIAGE, oldCard);
    assert.ok(again.ok, 'kept');
    assert.deepEqual(again.changed, []);
    assert.deepEqual(again.kept, first.actions);
    const byRuth = await actions.check(CHECS_VISIT, ['dana', 'ruth'], RUTH, TRIAGE, oldCard);
    assert.ok(!byRuth.ok, 'someone else’s decision is not theirs to repeat');
    assert.match(byRuth.problem, /decided by someone else since this card was shown/);
    const otherTarget = [agree(RECRUIT, THIS_MONTH)];
    const changed = await actions.check(CHECS_VISIT, ['dana', 'ruth'], DANA, otherTarget, oldCard);
    assert.ok(!changed.ok, 'a different decision on the old card is still stale');
    assert.deepEqual(store.saves.length, 1);
  });

  it('a note or a reason over 1,000 characters is refused, saying the limit', async () => {
    const long = 'x'.repeat(1_001);
    await refused(
      [{ actionId: TRAINING, kind: 'in hand', note: long }],
      /^The note on “Protect time for training” is 1,001 characters; the limit is 1,000\./,
    );
    await refused(
      [{ actionId: PRINTERS, kind: 'decline', reason: long }],
      /^The reason for declining “Fix the printers” is 1,001 characters; the limit is 1,000\./,
    );
  });

  it('a save that meets a change made since the check saves none of it', async () => {
    const { actions, store } = actionsWith();
    const checked = await actions.check(CHECS_VISIT, ['dana'], DANA, TRIAGE);
    assert.ok(checked.ok);
    const other = await actions.decide(CHECS_VISIT, ['dana'], DANA, [agree(PRINTERS)]);
    assert.ok(other.ok);
    const saved = await actions.save(CHECS_VISIT.serviceId, checked.changed, DANA);
    assert.ok(!saved.ok);
    assert.match(saved.problem, /Someone else decided these actions/);
    assert.deepEqual(
      (await actions.ofVisit(CHECS_VISIT)).map((a) => a.status),
      ['proposed', 'proposed', 'agreed'],
    );
    assert.equal(store.saves.length, 1);
  });
});
