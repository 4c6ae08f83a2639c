import assert from 'node:assert/strict';
import { renderPlan } from '../../src/cards/rota-cards';
import { cardProblems } from '../support/cards';

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
      time: '10:00',
      rows: [{ serviceId: 'checs', day: '2027-01-04', councillorIds: ['a', 'b'], include: true }],
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
});
