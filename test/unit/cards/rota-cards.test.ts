import assert from 'node:assert/strict';
import {
  COUNCILLORS_DATASET,
  renderChange,
  renderPlan,
  STATIC_CHOICES_MAX,
  type PlanCardData,
} from '../../../src/cards/rota-cards';
import { inputsOf } from '../../support/card-driver';
import { cardProblems, cardText } from '../../support/cards';

/** Every Action.Execute's title and associatedInputs, in order. */
function associatedInputs(card: unknown): [string, unknown][] {
  const found: [string, unknown][] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'Action.Execute') found.push([String(n.title), n.associatedInputs]);
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return found;
}

describe('plan card', () => {
  it('Propose again sends no inputs, so the client never holds it back for the rows', () => {
    const card = renderPlan({
      planId: '0b6f3c9e-1f7a-4c55-9d2e-2a4f6f1d9c11',
      year: 2027,
      rows: [
        { serviceId: 'checs', day: '2027-01-04', time: '10:00', councillorIds: ['a', 'b'], include: true },
      ],
      services: [{ id: 'checs', name: 'ChECS' }],
      councillors: [
        { id: 'a', name: 'Cllr A' },
        { id: 'b', name: 'Cllr B' },
      ],
      booked: [],
    });
    assert.deepEqual(cardProblems(card), []);
    assert.deepEqual(associatedInputs(card), [
      ['Book these visits', undefined],
      ['Propose again', 'none'],
    ]);
  });

  const councillors = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name: `Cllr Councillor Number ${i}`,
    }));
  const plan = (people: number, rows: number, extra: Partial<PlanCardData> = {}): PlanCardData => {
    const everyone = councillors(people);
    return {
      planId: '0b6f3c9e-1f7a-4c55-9d2e-2a4f6f1d9c11',
      year: 2027,
      rows: Array.from({ length: rows }, (_, i) => ({
        serviceId: `service-${i % 5}`,
        day: '2027-01-04',
        time: i === 1 ? '14:30' : '10:00',
        councillorIds: [everyone[i % people]!.id, everyone[(i + 1) % people]!.id],
        include: true,
      })),
      services: Array.from({ length: 5 }, (_, i) => ({ id: `service-${i}`, name: `Service ${i}` })),
      councillors: everyone,
      booked: [],
      ...extra,
    };
  };
  /** Every councillor box on a card: its id, whether it searches (Data.Query), and the choices it carries. */
  const councillorBoxes = (card: unknown) => {
    const found: { id: string; dataset?: string; choices: number }[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const n = node as Record<string, unknown>;
        if (n.type === 'Input.ChoiceSet' && String(n.id).startsWith('councillors.')) {
          const query = n['choices.data'] as { type?: string; dataset?: string } | undefined;
          found.push({
            id: String(n.id),
            ...(query?.type === 'Data.Query' ? { dataset: query.dataset! } : {}),
            choices: (n.choices as unknown[]).length,
          });
        }
        Object.values(n).forEach(walk);
      }
    };
    walk(card);
    return found;
  };

  it('each row has a start time: as proposed, or as the officer typed it', () => {
    const card = renderPlan(plan(5, 3));
    assert.deepEqual(cardProblems(card), []);
    const inputs = inputsOf(card);
    assert.deepEqual([inputs['time.0'], inputs['time.1'], inputs['time.2']], ['10:00', '14:30', '10:00']);
    assert.doesNotMatch(cardText(card), /Visits start at/);
  });

  it(`lists every councillor in each row up to ${STATIC_CHOICES_MAX}; beyond, each row searches them`, () => {
    const few = renderPlan(plan(STATIC_CHOICES_MAX, 3));
    assert.deepEqual(cardProblems(few), []);
    assert.deepEqual(
      councillorBoxes(few).map((b) => [b.dataset, b.choices]),
      [
        [undefined, STATIC_CHOICES_MAX],
        [undefined, STATIC_CHOICES_MAX],
        [undefined, STATIC_CHOICES_MAX],
      ],
    );
    const many = renderPlan(plan(STATIC_CHOICES_MAX + 1, 3));
    // Each row carries only its own councillors, so that Teams can show their names before any search.
    assert.deepEqual(
      councillorBoxes(many).map((b) => [b.id, b.dataset, b.choices]),
      [
        ['councillors.0', COUNCILLORS_DATASET, 2],
        ['councillors.1', COUNCILLORS_DATASET, 2],
        ['councillors.2', COUNCILLORS_DATASET, 2],
      ],
    );
    assert.equal(inputsOf(many)['councillors.1'], `${councillors(16)[1]!.id},${councillors(16)[2]!.id}`);
    assert.match(cardText(many), /Cllr Councillor Number 1\n/);
  });

  // 25 rows: eight services visited about three times a year. (Past about 28 rows even a searching card is
  // too big for Teams: a plan that long would need splitting.)
  it('stays within the Teams card size: a long plan searches councillors rather than listing them', () => {
    for (const [people, rows] of [
      [STATIC_CHOICES_MAX, 25],
      [200, 25],
      [5, 25],
    ] as const) {
      const card = renderPlan(
        plan(people, rows, {
          notice: { text: 'Nothing was booked yet: 25 visits need a change.', good: false },
        }),
      );
      assert.ok(JSON.stringify(card).length < 28_000, `${people} councillors, ${rows} rows`);
      assert.equal(inputsOf(card)['time.24'], '10:00');
    }
  });
});

describe('change card', () => {
  it('offers a new date and a new start time, starting from the booking', () => {
    const card = renderChange(
      {
        id: 'b1',
        serviceId: 'checs',
        day: '2027-01-04',
        time: '10:30',
        councillorIds: ['a'],
        status: 'booked',
        history: [{ at: '2026-11-25T10:00:00Z', byName: 'Sam', what: 'booked for 2027-01-04 10:30' }],
        etag: '',
      },
      'ChECS',
    );
    assert.deepEqual(cardProblems(card), []);
    assert.deepEqual(inputsOf(card), { day: '2027-01-04', time: '10:30', reason: '' });
  });
});
