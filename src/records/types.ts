import type { Action } from '../actions/types';
import type { AuditEntry } from '../audit/types';
import type { Person } from '../directory/types';
import type { Hold } from '../retention/types';
import type { Booking } from '../rota/types';
import type { Amendment, Answer, Visit } from '../visits/types';

/** A visit the person is named on or wrote in, with others shown by role. */
export interface VisitCopy {
  readonly visit: Omit<Visit, 'etag'>;
  readonly answers: readonly Omit<Answer, 'etag'>[];
  readonly responders: readonly string[];
  readonly responses: readonly { name: string; title?: string; text: string; at: string; edited: boolean }[];
  readonly amendments: readonly Amendment[];
}

/** A message the product queued or sent to the person: what it said, in words. */
export interface MessageCopy {
  readonly id: string;
  readonly summary: string;
  readonly status: string;
  readonly createdAt: string;
  readonly text: string;
}

/**
 * Everything stored about one person, for a subject access request. Other people appear as role labels
 * ("Another councillor", "Head of service") wherever the records name them; text someone typed is as written.
 */
export interface SubjectAccess {
  readonly person: Person;
  readonly generatedAt: string;
  readonly visits: readonly VisitCopy[];
  readonly actions: readonly Omit<Action, 'etag'>[];
  readonly bookings: readonly Omit<Booking, 'etag'>[];
  /** Legal holds the person placed or lifted. */
  readonly holds: readonly Hold[];
  readonly audit: readonly AuditEntry[];
  readonly messages: readonly MessageCopy[];
}
