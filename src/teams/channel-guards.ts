import { renderNotice } from '../cards/notice-card';
import type { Turn } from './turn';

/** The card for a click whose data we cannot read: nothing was changed. */
export const badData = renderNotice('That button did not work', [
  "I could not read this card's details, so nothing was changed.",
]);

/** A field of a card's data (its action data and inputs) as trimmed text; empty when missing. */
export const text = (data: Record<string, unknown>, field: string): string =>
  typeof data[field] === 'string' ? (data[field] as string).trim() : '';

/** The refusal card for anyone but the partnerships team, or undefined for them. */
export const onlyPartnerships = (turn: Turn): object | undefined =>
  turn.user?.role === 'partnerships'
    ? undefined
    : renderNotice('Only the partnerships team keeps the rota', ['Nothing was changed.']);
