/** What a person (or the product, for its own jobs) changed: one kind per entry. */
export const AUDIT_KINDS = [
  'visit.submitted',
  'visit.amended',
  'response.sent',
  'response.corrected',
  'action.decided',
  'action.updated',
  'booking.made',
  'booking.moved',
  'booking.cancelled',
  'nudge.snoozed',
  'nudge.handled',
  'channel.linked',
  'directory.loaded',
  'report.edited',
  'report.exported',
  'retention.deleted',
  'hold.placed',
  'hold.lifted',
  'subject-access.exported',
  'person.erased',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** The record an entry is about: its kind and id (a visit id, a booking id, a municipal year, …). */
export interface AuditRecordRef {
  readonly kind:
    | 'visit'
    | 'booking'
    | 'nudge'
    | 'channel'
    | 'directory'
    | 'report'
    | 'action'
    | 'person'
    | 'service'
    | 'hold'
    | 'retention';
  readonly id: string;
}

/**
 * One line of the audit trail. It holds ids, names of who did it, and for text only keyed hashes of before and
 * after: never the text itself, so the trail may be kept after the record it describes is deleted.
 */
export interface AuditEntry {
  /** Unique and sortable: the time, then a random part. */
  readonly id: string;
  readonly at: string;
  /** Who: an aadObjectId and the name they had then; `system` for the product's own jobs. */
  readonly by: { readonly id: string; readonly name: string };
  readonly kind: AuditKind;
  readonly record: AuditRecordRef;
  /** The visit it concerns, when it concerns one (for the filter by visit). */
  readonly visitId?: string;
  /** aadObjectIds of the people the record is about or names (for the filter by person and subject access). */
  readonly people: readonly string[];
  /** A short, fixed-vocabulary detail: a step id, a count, a reason code. Never typed text. */
  readonly detail?: string;
  /** Keyed hashes (HMAC-SHA256, hex) of the text before and after, when text changed. */
  readonly textBefore?: string;
  readonly textAfter?: string;
}

/** What a use case hands the trail: the entry without its id, time and hashes, and the text to hash. */
export type AuditChange = Omit<AuditEntry, 'id' | 'at' | 'textBefore' | 'textAfter' | 'people'> & {
  readonly people?: readonly string[];
  readonly text?: { readonly before?: string; readonly after?: string };
};

/** A read of the trail: a time window (ISO, inclusive from, exclusive to) and optional filters. */
export interface AuditQuery {
  readonly from: string;
  readonly to: string;
  readonly visitId?: string;
  /** An aadObjectId: entries made by them or about them. */
  readonly personId?: string;
}
