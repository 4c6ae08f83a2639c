/** The request to respond to a submitted visit: who must respond, and the card's current revision. */
export interface ResponseRequest {
  /** The outbox message that posts the request card; updates replace that post. */
  readonly messageId: string;
  readonly responderIds: readonly string[];
  readonly responderNames: readonly string[];
  /** +1 with every response or correction; cards carry it. */
  readonly revision: number;
  /** When every responder had answered (and the councillors were sent the responses). */
  readonly completedAt?: string;
  readonly etag: string;
}

/** One responder's written response to a visit. */
export interface Response {
  readonly responderId: string;
  readonly name: string;
  readonly title?: string;
  readonly text: string;
  readonly at: string;
  readonly edited: boolean;
  readonly etag: string;
}

/**
 * What a responder chose for one proposed action on their card, as typed: kept to show back when the card is
 * refused. `etag` is the action's as the card showed it.
 */
export interface TriageInput {
  readonly actionId: string;
  readonly etag: string;
  readonly choice: 'leave' | 'agree' | 'in hand' | 'decline';
  /** A directory person's id, chosen from the list. */
  readonly ownerId: string;
  /** Or a team's name, typed. */
  readonly team: string;
  readonly month: string;
  /** The note for "in hand", or the reason for a decline. */
  readonly note: string;
}
