import assert from 'node:assert/strict';
import { COUNCILLORS_DATASET } from '../../../src/cards/rota-cards';
import type { Person } from '../../../src/directory/types';
import { createSearch, matchCouncillors } from '../../../src/teams/search';

const person = (name: string, i: number, role: Person['role'] = 'councillor'): Person => ({
  aadObjectId: `id-${i}`,
  name,
  role,
  email: `${i}@council.example`,
});
const councillors = ['Cllr Alex Morgan', 'Cllr Priya Shah', 'Cllr Morag Lee', 'Cllr Sam Ahmed'].map((n, i) =>
  person(n, i),
);

describe('councillor search (typeahead on the plan card)', () => {
  it('matches names containing the text, ignoring case, a page at a time', () => {
    assert.deepEqual(matchCouncillors(councillors, 'MOR'), [
      { title: 'Cllr Alex Morgan', value: 'id-0' },
      { title: 'Cllr Morag Lee', value: 'id-2' },
    ]);
    assert.deepEqual(
      matchCouncillors(councillors, '').map((r) => r.value),
      ['id-0', 'id-1', 'id-2', 'id-3'],
    );
    assert.deepEqual(
      matchCouncillors(councillors, 'cllr', 1, 2).map((r) => r.value),
      ['id-1', 'id-2'],
    );
    assert.deepEqual(matchCouncillors(councillors, 'nobody'), []);
  });

  it('answers the partnerships team only, and only for the councillors dataset', async () => {
    const search = createSearch({ councillors: async () => councillors });
    const ask = (role: Person['role'] | undefined, dataset = COUNCILLORS_DATASET) =>
      search(role && person('Someone', 9, role), {
        queryText: 'shah',
        dataset,
        queryOptions: { skip: 0, top: 15 },
      });
    assert.deepEqual(await ask('partnerships'), {
      type: 'application/vnd.microsoft.search.searchResponse',
      value: { results: [{ title: 'Cllr Priya Shah', value: 'id-1' }] },
    });
    for (const refused of [await ask('councillor'), await ask(undefined), await ask('partnerships', 'x')]) {
      assert.deepEqual(refused.value.results, []);
    }
  });
});
