import { COUNCILLORS_DATASET } from '../cards/rota-cards';
import type { DirectoryLookup } from '../directory/directory';
import type { Person } from '../directory/types';
import { isAllowed } from '../directory/access';
import { KEEPS_ROTA } from '../rota/rota';

/** One choice a typeahead box offers: what it shows and what the card sends back. */
export interface SearchResult {
  readonly title: string;
  readonly value: string;
}

/** The body Teams expects back from an `application/search` invoke (Adaptive Card dynamic typeahead). */
export interface SearchResponse {
  readonly type: 'application/vnd.microsoft.search.searchResponse';
  readonly value: { readonly results: readonly SearchResult[] };
}

/** Answers a typeahead box's search: who is asking, and the invoke's value as Teams sent it. */
export type SearchRouter = (user: Person | undefined, value: unknown) => Promise<SearchResponse>;

/** Teams shows at most this many choices under a typeahead box. */
const MAX_RESULTS = 15;

const respond = (results: readonly SearchResult[]): SearchResponse => ({
  type: 'application/vnd.microsoft.search.searchResponse',
  value: { results },
});

/** Councillors whose name contains the text typed, ignoring case, in directory order, a page at a time. */
export function matchCouncillors(
  councillors: readonly Pick<Person, 'aadObjectId' | 'name'>[],
  queryText: string,
  skip = 0,
  top = MAX_RESULTS,
): SearchResult[] {
  const wanted = queryText.trim().toLocaleLowerCase('en-GB');
  return councillors
    .filter((c) => c.name.toLocaleLowerCase('en-GB').includes(wanted))
    .slice(skip, skip + Math.min(top, MAX_RESULTS))
    .map((c) => ({ title: c.name, value: c.aadObjectId }));
}

const count = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback;

/**
 * The plan card's councillor boxes search the directory as the officer types. Only the rota's keepers get
 * results (the plan is theirs); anyone else, or an unknown dataset, gets none.
 */
export function createSearch(directory: Pick<DirectoryLookup, 'councillors'>): SearchRouter {
  return async (user, value) => {
    const query = (value ?? {}) as {
      queryText?: unknown;
      dataset?: unknown;
      queryOptions?: { skip?: unknown; top?: unknown };
    };
    if (!isAllowed(KEEPS_ROTA, user) || query.dataset !== COUNCILLORS_DATASET) {
      return respond([]);
    }
    const text = typeof query.queryText === 'string' ? query.queryText.slice(0, 100) : '';
    const skip = count(query.queryOptions?.skip, 0);
    const top = count(query.queryOptions?.top, MAX_RESULTS);
    return respond(matchCouncillors(await directory.councillors(), text, skip, top));
  };
}
