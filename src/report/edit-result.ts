import type { ServiceDraft } from './types';

/** An edit refused, with a sentence the officer can act on. */
export interface Refusal {
  readonly ok: false;
  readonly message: string;
}

/** One heading's draft after an edit, and what the change log says of it. */
export type ServiceEdit =
  { readonly ok: true; readonly service: ServiceDraft; readonly what: string } | Refusal;

export const refuse = (message: string): Refusal => ({ ok: false, message });

/** The longest a theme title, a point and a free section may be, in characters. */
export const LIMITS = { title: 120, point: 2000, section: 20000 } as const;

const RELOAD = 'Reload the draft.';
const count = (n: number): string => n.toLocaleString('en-GB');

/** The sentences an edit may be refused with. */
export const REFUSALS = {
  noHeading: `That heading is no longer in the draft: the services may have changed. ${RELOAD}`,
  noTheme: `That theme is no longer in the draft: someone may have merged or dropped it. ${RELOAD}`,
  noPoint: `That point is no longer in the draft: someone may have dropped it. ${RELOAD}`,
  pointDropped: 'That point has been dropped: restore it first.',
  alreadyDropped: 'That point has already been dropped.',
  notDropped: 'That point is already in the draft, not among the dropped points.',
  mergeSelf: 'A theme cannot be merged into itself.',
  noTitle: 'A theme needs a title.',
  longTitle: (n: number) =>
    `A theme title can be at most ${LIMITS.title} characters; this one has ${count(n)}.`,
  titleTaken: (title: string) =>
    `There is already a theme ${quote(title)} in this column: merge the two instead.`,
  emptyPoint: 'A point cannot be empty: drop it instead.',
  longPoint: (n: number) =>
    `A point can be at most ${count(LIMITS.point)} characters; this one has ${count(n)}.`,
  longSection: (n: number) =>
    `A section can be at most ${count(LIMITS.section)} characters; this one has ${count(n)}.`,
  noSection: 'There is no such section in the paper.',
  noColumn: 'There is no such column in the table.',
  badPosition: 'That position is not a whole number.',
  unknownEdit: 'That is not a change the draft knows how to make.',
} as const;

/** A title in curly quotes for the change log, cut to 40 characters: the log never carries long text. */
export function quote(text: string): string {
  const chars = [...text];
  return `“${chars.length > 40 ? `${chars.slice(0, 39).join('').trimEnd()}…` : text}”`;
}

/** Characters as a reader counts them (an emoji is one). */
export const length = (text: string): number => [...text].length;
