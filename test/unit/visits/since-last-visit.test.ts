import assert from 'node:assert/strict';
import type { Action, ActionImpact } from '../../../src/actions/types';
import type { Person } from '../../../src/directory/types';
import { loadForms } from '../../../src/visits/forms';
import type { Outcome } from '../../../src/visits/outcome';
import type { VisitRecord } from '../../../src/visits/types';
import { createWalkthrough } from '../../../src/visits/walkthrough';
import type { WalkthroughDeps } from '../../../src/visits/walkthrough-deps';
import { testClock, testDay } from '../../support/clock';

const alex: Person = { aadObjectId: 'alex', name: 'Cllr Alex Morgan', email: 'a@x', role: 'councillor' };
const sam: Person = { aadObjectId: 'sam', name: 'Cllr Sam Lee', email: 's@x', role: 'councillor' };
const checs = { id: 'checs', name: 'ChECS', cadenceMonths: 5, responderIds: ['dana'] };
const visitId = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const earlier = { visitId: 'earlier', serviceId: 'checs', serviceName: 'ChECS', visitDate: testDay(-150) };
const stored = (id: string, etag: string, extra: Partial<Action> = {}): Action => ({
  ...earlier,
  id,
  text: `Action ${id}`,
  status: 'agreed',
  history: [],
  impacts: [],
  etag,
  ...extra,
});

/** A walkthrough over one visit in memory and a service's actions; records what each recordImpacts was asked. */
function walkthroughWith(actions: Action[], { down = false } = {}) {
  const records = new Map<string, VisitRecord>();
  const recorded: { actionId: string; impact: Partial<ActionImpact> }[][] = [];
  const deps = {
    visits: {
      async create(visit: Omit<VisitRecord['visit'], 'etag'>) {
        records.set(visit.id, { visit: { ...visit, etag: 'v1' }, answers: new Map() });
      },
      load: async (id: string) => records.get(id),
    },
    councillorVisits: { add: async () => undefined },
    forms: loadForms(),
    formId: 'signs-of-safety',
    clock: testClock(),
    actions: {
      async sinceLastVisit(serviceId: string) {
        if (down) throw new Error('storage down');
        return serviceId === 'checs' ? actions : [];
      },
      async recordImpacts(
        _serviceId: string,
        by: Person,
        impacts: readonly (Partial<ActionImpact> & { actionId: string })[],
      ) {
        recorded.push(
          impacts.map(({ actionId, ...impact }) => ({ actionId, impact: { ...impact, by: by.aadObjectId } })),
        );
        const saved = impacts.map(({ actionId }) => {
          const i = actions.findIndex((a) => a.id === actionId);
          actions[i] = { ...actions[i]!, etag: `${actions[i]!.etag}+` };
          return actions[i]!;
        });
        return { ok: true as const, actions: saved };
      },
    },
  } as unknown as WalkthroughDeps;
  return { walkthrough: createWalkthrough(deps), recorded, records };
}

const kindOf = (o: Outcome) => (o.kind === 'step' ? `step ${o.stepIndex}` : o.kind);
const shownOf = (o: Outcome) =>
  o.kind === 'since-last-visit' ? o.actions.map((a) => ({ id: a.id, etag: a.etag })) : [];

describe('a new visit starts with "Since the last visit" when its service has actions', () => {
  it('a service without actions starts at the first question, as before', async () => {
    const { walkthrough } = walkthroughWith([]);
    const started = await walkthrough.start(alex, { ...checs, id: 'other' }, testDay(), [], visitId);
    assert.equal(kindOf(started), 'step 0');
  });

  it('lists the actions first; Save records each answered one (none is fine) and opens question 1', async () => {
    const { walkthrough, recorded } = walkthroughWith([stored('p1', 'e1'), stored('p2', 'e2')]);
    const started = await walkthrough.start(alex, checs, testDay(), [], visitId);
    assert.equal(kindOf(started), 'since-last-visit');
    const saved = await walkthrough.recordImpacts(alex, {
      visitId,
      shown: shownOf(started),
      impacts: [
        { actionId: 'p1', madeDifference: 'yes', note: 'Waiting times halved' },
        { actionId: 'p2', madeDifference: '', note: '' },
      ],
    });
    assert.equal(kindOf(saved), 'step 0');
    assert.equal(saved.kind === 'step' && saved.notice, 'Saved what staff said about 1 action.');
    assert.deepEqual(recorded, [
      [
        {
          actionId: 'p1',
          impact: { visitId, madeDifference: 'yes', note: 'Waiting times halved', by: 'alex' },
        },
      ],
    ]);
    const none = await walkthrough.recordImpacts(alex, {
      visitId,
      shown: shownOf(await walkthrough.resume(alex, visitId)),
      impacts: [],
    });
    assert.equal(kindOf(none), 'step 0');
    assert.equal(recorded.flat().length, 1);
  });

  it('a stale card (an action changed since) saves nothing and shows the actions as they stand, with the choices kept', async () => {
    const actions = [stored('p1', 'e1')];
    const { walkthrough, recorded } = walkthroughWith(actions);
    const shown = shownOf(await walkthrough.start(alex, checs, testDay(), [], visitId));
    actions[0] = { ...actions[0]!, status: 'done', etag: 'e1-done' };
    const again = await walkthrough.recordImpacts(alex, {
      visitId,
      shown,
      impacts: [{ actionId: 'p1', madeDifference: 'no', note: 'Nothing changed' }],
    });
    assert.equal(again.kind, 'since-last-visit');
    if (again.kind !== 'since-last-visit') return;
    assert.match(again.notice ?? '', /changed since this card was shown, so nothing was saved/);
    assert.equal(again.actions[0]?.status, 'done');
    assert.deepEqual(again.chosen.get('p1'), {
      actionId: 'p1',
      madeDifference: 'no',
      note: 'Nothing changed',
    });
    assert.equal(recorded.length, 0);
  });

  it('a note without a choice, or too long, saves nothing', async () => {
    const { walkthrough, recorded } = walkthroughWith([stored('p1', 'e1'), stored('p2', 'e2')]);
    const started = await walkthrough.start(alex, checs, testDay(), [], visitId);
    const shown = shownOf(started);
    const noChoice = await walkthrough.recordImpacts(alex, {
      visitId,
      shown,
      impacts: [
        { actionId: 'p1', madeDifference: 'yes', note: '' },
        { actionId: 'p2', madeDifference: '', note: 'They said so' },
      ],
    });
    assert.match(
      noChoice.kind === 'since-last-visit' ? (noChoice.notice ?? '') : '',
      /Choose whether “Action p2”/,
    );
    const long = await walkthrough.recordImpacts(alex, {
      visitId,
      shown,
      impacts: [{ actionId: 'p1', madeDifference: 'yes', note: 'x'.repeat(1_001) }],
    });
    assert.match(long.kind === 'since-last-visit' ? (long.notice ?? '') : '', /to 1,000 characters/);
    assert.equal(recorded.length, 0);
  });

  it('a councillor not named on the visit is refused, and nothing is recorded', async () => {
    const { walkthrough, recorded } = walkthroughWith([stored('p1', 'e1')]);
    const started = await walkthrough.start(alex, checs, testDay(), [], visitId);
    for (const outcome of [
      await walkthrough.recordImpacts(sam, {
        visitId,
        shown: shownOf(started),
        impacts: [{ actionId: 'p1', madeDifference: 'yes', note: '' }],
      }),
      await walkthrough.skipToQuestions(sam, visitId),
    ]) {
      assert.equal(outcome.kind, 'refused');
      assert.match(
        outcome.kind === 'refused' ? outcome.message : '',
        /Only the councillors named on this visit/,
      );
    }
    assert.equal(recorded.length, 0);
  });

  it('Skip opens question 1; resume shows the card again until an answer is saved', async () => {
    const { walkthrough, records } = walkthroughWith([stored('p1', 'e1', { impacts: [] })]);
    await walkthrough.start(alex, checs, testDay(), [], visitId);
    assert.equal(kindOf(await walkthrough.skipToQuestions(alex, visitId)), 'step 0');
    assert.equal(kindOf(await walkthrough.resume(alex, visitId)), 'since-last-visit');
    const record = records.get(visitId)!;
    const answer = {
      stepId: 'staff',
      text: 'Team manager',
      revision: 1,
      updatedBy: 'alex',
      updatedByName: 'Alex',
      updatedAt: 'x',
      etag: 'a',
    };
    records.set(visitId, { ...record, answers: new Map([['staff', answer]]) });
    assert.equal(kindOf(await walkthrough.resume(alex, visitId)), 'step 1');
  });

  it('shows what this councillor recorded on this visit when the card comes back', async () => {
    const impact = {
      at: 'x',
      by: 'alex',
      byName: 'Alex',
      visitId,
      madeDifference: 'partly' as const,
      note: 'Some',
    };
    const other = { ...impact, by: 'sam', madeDifference: 'no' as const };
    const { walkthrough } = walkthroughWith([stored('p1', 'e1', { impacts: [other, impact] })]);
    const started = await walkthrough.start(alex, checs, testDay(), [], visitId);
    assert.deepEqual(started.kind === 'since-last-visit' && started.chosen.get('p1'), {
      actionId: 'p1',
      madeDifference: 'partly',
      note: 'Some',
    });
  });
});
