import { renderNotice } from '../../cards/notice-card';
import type { Verb } from '../../cards/verbs';
import type { Allowed } from '../../directory/access';
import type { Person } from '../../directory/types';

/** A card's action data with its inputs merged in, as Teams sends it. */
export type CardData = Readonly<Record<string, unknown>>;

export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

interface ActionBase<Input> {
  readonly verb: Verb;
  readonly parse: (data: CardData) => Parsed<Input>;
  /** Said when the data cannot be read, after "nothing was changed" (e.g. how to get a fresh card). */
  readonly hint?: string;
}

/** An action only some roles may take; anyone else is refused with `refusal` as the heading, and nothing changes. */
export interface RoleAction<Input> extends ActionBase<Input>, Allowed {
  readonly run: (input: Input, user: Person) => Promise<object>;
}

/** An action anyone may take: its use case decides (a request's named responders, say). */
export interface OpenAction<Input> extends ActionBase<Input> {
  readonly run: (input: Input, user: Person | undefined) => Promise<object>;
}

/**
 * One card verb, declared once: who may press it, how its data is read, and the use case it runs (which answers
 * the card that replaces the clicked one). The router checks the roles and the data before `run` is called.
 */
export type CardAction = RoleAction<unknown> | OpenAction<unknown>;

/** Declares an action for some roles, its input type checked between `parse` and `run`. */
export const forRoles = <Input>(action: RoleAction<Input>): CardAction => action as unknown as CardAction;
/** Declares an action for anyone, its input type checked between `parse` and `run`. */
export const forAnyone = <Input>(action: OpenAction<Input>): CardAction => action as unknown as CardAction;

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const bad = (problem: string): Parsed<never> => ({ ok: false, problem });

/** A field as trimmed text; empty when missing or not text. */
export const text = (data: CardData, field: string, max = 2_000): string => {
  const value = data[field];
  return typeof value === 'string' && value.length <= max ? value.trim() : '';
};

/** Longer than any box on our cards allows: the use case refuses a field over its own limit, saying so. */
const MAX_SENT = 10_000;

/** A typed field, trimmed, for the use case to judge (never blanked for its length); undefined past MAX_SENT. */
export const typed = (data: CardData, field: string): string | undefined => {
  const value = data[field] ?? '';
  return typeof value === 'string' && value.length <= MAX_SENT ? value.trim() : undefined;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A field that must be one of our ids (a UUID). */
export const parseId = (data: CardData, field: string): Parsed<string> => {
  const value = text(data, field, 100);
  return UUID.test(value) ? ok(value) : bad(field);
};

/** Shown for a button whose data we cannot read: an old or tampered card, or a bug. Nothing is changed. */
export const unreadable = (problem: string, hint?: string): object =>
  renderNotice('That button did not work', [
    `I could not read this card's details (${problem}), so nothing was changed.`,
    ...(hint ? [hint] : []),
  ]);
