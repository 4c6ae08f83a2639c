import assert from 'node:assert/strict';
import { proposedActions } from '../../../src/actions/propose';
import { testDay } from '../../support/clock';
import { actionsWith, CHECS_VISIT, DANA, visit } from './actions-fixture';

describe('actions: proposals from a visit’s next steps', () => {
  it('Signs of Safety: only the next-steps lens, each point of every area, split as the report splits', () => {
    const v = visit({
      visitId: 'v1',
      date: testDay(-3),
      answers: {
        staff: 'Dana, Owen',
        'outcomes.working-well': 'Managers should be proud of the team.',
        'outcomes.worries': 'Workloads need to come down.',
        'outcomes.next-steps':
          '1. Recruit two social workers\n2. Protect time for training. Fix the printers.',
        'support.next-steps': '• More input from health',
        comments: 'The council will need to review this next year.',
      },
    });
    const proposed = proposedActions(v);
    assert.deepEqual(
      proposed.map((a) => a.text),
      [
        'Recruit two social workers',
        'Protect time for training.',
        'Fix the printers.',
        'More input from health',
      ],
    );
    assert.ok(
      proposed.every(
        (a) =>
          a.status === 'proposed' &&
          a.visitId === 'v1' &&
          a.serviceId === 'checs' &&
          a.serviceName === 'ChECS' &&
          a.visitDate === v.date &&
          a.etag === '' &&
          a.history.length === 0 &&
          a.impacts.length === 0 &&
          a.owner === undefined &&
          a.target === undefined,
      ),
    );
    assert.equal(new Set(proposed.map((a) => a.id)).size, 4);
  });

  it('visit notes: the whole conclusion and the notes points whose cue words make a plan', () => {
    const v = visit({
      visitId: 'v2',
      date: testDay(-3),
      formKey: 'visit-notes@1',
      answers: {
        'managers.notes': 'Staff praised the new manager. The team needs to recruit two social workers.',
        'staff.notes': 'Caseloads are high.\nA duty rota would help.',
        conclusion: 'A good visit. Training time will be protected.',
      },
    });
    assert.deepEqual(
      proposedActions(v).map((a) => a.text),
      [
        'The team needs to recruit two social workers.',
        'A duty rota would help.',
        'A good visit.',
        'Training time will be protected.',
      ],
    );
  });

  it('a visit without next steps proposes nothing', () => {
    const v = visit({ visitId: 'v3', date: testDay(-3), answers: { 'outcomes.worries': 'High caseloads' } });
    assert.deepEqual(proposedActions(v), []);
  });

  it('ids hold while the wording does (case and spacing aside); a reworded point gets a new one', () => {
    const before = proposedActions(CHECS_VISIT);
    const again = proposedActions(
      visit({
        ...CHECS_VISIT,
        answers: {
          ...CHECS_VISIT.answers,
          'outcomes.next-steps':
            '* recruit  two social workers\n* Protect time for training\n* Fix the printers and the scanner',
        },
        version: 2,
      }),
    );
    assert.equal(again[0]!.id, before[0]!.id);
    assert.equal(again[1]!.id, before[1]!.id);
    assert.notEqual(again[2]!.id, before[2]!.id);
    assert.notEqual(
      proposedActions(visit({ ...CHECS_VISIT, visitId: 'other' }))[0]!.id,
      before[0]!.id,
      'another visit’s same words are another action',
    );
  });

  it('an amended point’s decided action is kept beside the new proposal; an undecided one goes', async () => {
    const [recruit, training, printers] = proposedActions(CHECS_VISIT);
    const { actions } = actionsWith();
    const decided = await actions.decide(CHECS_VISIT, ['dana'], DANA, [
      { actionId: recruit!.id, kind: 'decline', reason: 'Posts are frozen' },
    ]);
    assert.ok(decided.ok);
    const amended = visit({
      ...CHECS_VISIT,
      answers: { 'outcomes.next-steps': 'Recruit three social workers\nProtect time for training' },
      version: 2,
    });
    const now = await actions.ofVisit(amended);
    assert.deepEqual(
      now.map((a) => [a.text, a.status]),
      [
        ['Recruit three social workers', 'proposed'],
        ['Protect time for training', 'proposed'],
        ['Recruit two social workers', 'declined'],
      ],
    );
    assert.equal(now[1]!.id, training!.id);
    assert.equal(now[2]!.reason, 'Posts are frozen');
    assert.ok(!now.some((a) => a.id === printers!.id));
  });
});
