import assert from 'node:assert/strict';
import { proposedActions } from '../../../src/actions/propose';
import { testDay } from '../../support/clock';
import { addMonths } from '../../../src/kernel/london';
import { actionsWith, ALEX, CHECS_VISIT, DANA, OWEN } from './actions-fixture';

const [RECRUIT, TRAINING, PRINTERS] = proposedActions(CHECS_VISIT).map((a) => a.id) as [
  string,
  string,
  string,
];
const NEXT_MONTH = addMonths(testDay(), 1).slice(0, 7);

describe('actions: each saved change is one audit entry, with hashes of what was typed', () => {
  it('a responder’s decisions: one entry each, the owner as the person it is about', async () => {
    const { actions, audit } = actionsWith();
    const result = await actions.decide(CHECS_VISIT, ['dana'], DANA, [
      { actionId: RECRUIT, kind: 'agree', owner: { personId: 'owen' }, target: NEXT_MONTH },
      { actionId: TRAINING, kind: 'agree', owner: { team: 'Duty team' }, target: NEXT_MONTH },
      { actionId: PRINTERS, kind: 'decline', reason: 'The supplier replaces them' },
    ]);
    assert.ok(result.ok);
    assert.deepEqual(
      audit.map((e) => [e.kind, e.by.id, e.record.id, e.visitId, e.people, e.detail]),
      [
        [
          'action.decided',
          'dana',
          `checs/${RECRUIT}`,
          CHECS_VISIT.visitId,
          [OWEN.aadObjectId],
          `agreed, target ${NEXT_MONTH}`,
        ],
        [
          'action.decided',
          'dana',
          `checs/${TRAINING}`,
          CHECS_VISIT.visitId,
          [],
          `agreed (a team), target ${NEXT_MONTH}`,
        ],
        ['action.decided', 'dana', `checs/${PRINTERS}`, CHECS_VISIT.visitId, [], 'declined'],
      ],
    );
    assert.equal(audit[0]!.textAfter, undefined, 'a person chosen from the directory is not typed');
    assert.match(audit[1]!.textAfter ?? '', /^[0-9a-f]{64}$/, 'a team’s name was typed');
    assert.match(audit[2]!.textAfter ?? '', /^[0-9a-f]{64}$/);
    assert.ok(!JSON.stringify(audit).includes('supplier') && !JSON.stringify(audit).includes('Duty team'));
  });

  it('a refused save, or an update refused, records nothing; an owner’s update and an impact are recorded', async () => {
    const { actions, audit } = actionsWith();
    const agreed = await actions.decide(CHECS_VISIT, ['dana'], DANA, [
      { actionId: RECRUIT, kind: 'agree', owner: { personId: 'owen' }, target: NEXT_MONTH },
    ]);
    assert.ok(agreed.ok);
    assert.ok(!(await actions.update('checs', RECRUIT, ALEX, 'done', 'not mine')).ok);
    assert.equal(audit.length, 1);
    assert.ok((await actions.update('checs', RECRUIT, OWEN, 'done', 'Two started')).ok);
    const impact = await actions.recordImpact(
      'checs',
      RECRUIT,
      ALEX,
      { visitId: 'later', madeDifference: 'partly', note: 'Staff said it helped' },
      testDay(),
    );
    assert.ok(impact.ok);
    assert.deepEqual(
      audit.slice(1).map((e) => [e.kind, e.by.id, e.detail, e.textAfter !== undefined]),
      [
        ['action.updated', OWEN.aadObjectId, 'done', true],
        ['action.updated', ALEX.aadObjectId, 'impact partly', true],
      ],
    );
    assert.ok(!JSON.stringify(audit).includes('helped'));
  });
});
