/** Who a proactive message goes to, resolved to a Teams conversation only when it is sent. */
export type Address =
  | { readonly kind: 'service'; readonly serviceId: string }
  | { readonly kind: 'partnerships' }
  | { readonly kind: 'person'; readonly aadObjectId: string };

/** One string per recipient, for grouping and comparing addresses. */
export const addressKey = (to: Address): string =>
  to.kind === 'service'
    ? `service:${to.serviceId}`
    : to.kind === 'person'
      ? `person:${to.aadObjectId}`
      : to.kind;

/** A proactive message waiting in, or done with, the outbox. */
export interface OutboxMessage {
  /** Unique and stable: the idempotency key. */
  readonly id: string;
  /** Where the row lives: the table's store name and partition (a visit id, or "outbox"). */
  readonly store: string;
  readonly partition: string;
  readonly rowKey: string;
  readonly to: Address;
  /** A new post, or a replacement of the card that another message posted. */
  readonly kind: 'post' | 'update';
  /** For updates: the id of the message whose post this replaces. */
  readonly replaces?: string;
  /** One line for people: what this message is ("Response request: ChECS, 20 Nov 2026"). */
  readonly summary: string;
  /** The activity to send: text and/or attachments. */
  readonly activity: Record<string, unknown>;
  /** "expired": a given-up ("dead") message that retention cut down to its receipt; never sent, not retried. */
  readonly status: 'pending' | 'sending' | 'sent' | 'dead' | 'expired';
  readonly attempts: number;
  readonly nextAttemptAt: string;
  readonly leaseUntil?: string;
  readonly lastError?: string;
  /** The Teams activity id once posted: later updates need it. */
  readonly sentActivityId?: string;
  /** The conversation it was posted in (for a channel: the new thread's id, `…;messageid=…`), for updates. */
  readonly sentConversationId?: string;
  readonly createdAt: string;
  /** Since when it has been tried (its creation, or the last Retry or requeue): it is given up by this age. */
  readonly tryingSince?: string;
  readonly etag: string;
}

/** What a new message needs; the store fills in the rest. */
export type NewMessage = Pick<OutboxMessage, 'id' | 'to' | 'kind' | 'summary' | 'activity'> & {
  readonly replaces?: string;
};

/** How a send went, in the terms retry decisions need. */
export type SendResult =
  | { readonly ok: true; readonly activityId?: string; readonly conversationId?: string }
  | {
      readonly ok: false;
      readonly status?: number;
      readonly retryAfterSeconds?: number;
      readonly error: string;
    };
