import type { Day } from '../kernel/london';

/** Where an action stands: proposed from a visit's next steps, then triaged by a responder and followed up. */
export const ACTION_STATUSES = ['proposed', 'agreed', 'in progress', 'done', 'declined'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Who carries an action out: a person in the directory (who is sent a card) or a named team. */
export type ActionOwner =
  | { readonly kind: 'person'; readonly aadObjectId: string; readonly name: string }
  | { readonly kind: 'team'; readonly name: string };

/** One change to an action, oldest first: who, when, what, and their note. */
export interface ActionEvent {
  readonly at: string;
  readonly by: string;
  readonly byName: string;
  readonly what: string;
  readonly note?: string;
}

/** What councillors heard on a later visit: did staff say the action made a difference? */
export interface ActionImpact {
  readonly at: string;
  readonly by: string;
  readonly byName: string;
  /** The later visit the councillor recorded it on. */
  readonly visitId: string;
  readonly madeDifference: 'yes' | 'partly' | 'no' | 'not yet known';
  readonly note?: string;
}

/** One point of a visit's "what needs to happen", as an action with an owner and a target. */
export interface Action {
  /** The point's id in its visit (stable while its wording is): see report/points.ts. */
  readonly id: string;
  readonly visitId: string;
  readonly serviceId: string;
  readonly serviceName: string;
  readonly visitDate: Day;
  readonly text: string;
  readonly status: ActionStatus;
  readonly owner?: ActionOwner;
  /** The month it should be done by, "YYYY-MM". */
  readonly target?: string;
  /** Why it was declined. */
  readonly reason?: string;
  readonly history: readonly ActionEvent[];
  readonly impacts: readonly ActionImpact[];
  /** Storage's version tag; empty for a proposal not yet stored. */
  readonly etag: string;
}

/** A responder's decision on one proposed action, made with their written response. */
export type Decision =
  | {
      readonly actionId: string;
      readonly kind: 'agree';
      readonly owner: OwnerChoice;
      readonly target: string;
    }
  | { readonly actionId: string; readonly kind: 'in hand'; readonly note?: string }
  | { readonly actionId: string; readonly kind: 'decline'; readonly reason: string };

/** An owner as a card or the tab sends it: a directory person's id, or a team's name. */
export type OwnerChoice = { readonly personId: string } | { readonly team: string };

/** Actions still to be done: agreed or in progress. */
export const isOpen = (action: Pick<Action, 'status'>): boolean =>
  action.status === 'agreed' || action.status === 'in progress';

/** Open actions whose target month is before `today`'s: the weekly digest's and the tab's overdue. */
export const isOverdue = (action: Pick<Action, 'status' | 'target'>, today: Day): boolean =>
  isOpen(action) && action.target !== undefined && action.target < today.slice(0, 7);

/** An action's id: a point's id in its visit (report/points.ts), twelve hex digits. */
export const ACTION_ID = /^[0-9a-f]{12}$/;
