import type { PageId } from '../../../src/http/api-types';

/** What the tab list offers: the API's pages, with a responder's page shown as its two lists. */
export type View = 'overview' | 'report' | 'my-visits' | 'awaiting' | 'past' | 'my-actions' | 'records';

const VIEWS_OF: Readonly<Record<PageId, readonly View[]>> = {
  overview: ['overview'],
  report: ['report'],
  'my-visits': ['my-visits'],
  'my-responses': ['awaiting', 'past'],
  'my-actions': ['my-actions'],
  records: ['records'],
};

export const VIEW_LABELS: Readonly<Record<View, string>> = {
  overview: 'Overview',
  report: 'Report',
  'my-visits': 'My visits',
  awaiting: 'Awaiting my response',
  past: 'My past responses',
  'my-actions': 'My actions',
  records: 'Records',
};

/** The channel tab is the partnerships team's: it shows only their pages. */
const CHANNEL_PAGES: readonly PageId[] = ['overview', 'report', 'records'];

export function viewsFor(pages: readonly PageId[], channel: boolean): View[] {
  return pages.filter((page) => !channel || CHANNEL_PAGES.includes(page)).flatMap((page) => VIEWS_OF[page]);
}

/** The view named in the address (`#report`), when the person has it; else their first. */
export function viewFromHash(hash: string, views: readonly View[]): View | undefined {
  const named = hash.replace(/^#/, '') as View;
  return views.includes(named) ? named : views[0];
}
