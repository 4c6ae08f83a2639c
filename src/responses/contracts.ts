import type { Action } from '../actions/types';
import type { Actions } from '../actions/actions';
import type { AuditTrail } from '../audit/trail';
import type { Person } from '../directory/types';
import type { Clock } from '../kernel/clock';
import type { OutboxStore } from '../outbox/store';
import type { VisitRepository } from '../visits/store';
import type { Form, FormCatalogue } from '../visits/forms';
import type { VisitRecord } from '../visits/types';
import type { TriageInput } from './types';

/** A message's content as the outbox sends it (a Teams activity's text and attachments). */
export type Activity = Record<string, unknown>;

/**
 * How the messages a response request causes look: views at the edge, injected, so this module stays
 * transport-free (the composition root wires the Teams cards).
 */
export interface ResponseViews {
  /** The request card in the service's channel, posted on submission and replaced as responses arrive. */
  request(record: VisitRecord, form: Form, actions: readonly Action[]): Activity;
  /** To an action's owner (a person) once it is agreed: the action, with In progress and Done. */
  actionOwner(action: Action): Activity;
  /** To each councillor on the visit: every response, once all are in (or one was corrected afterwards). */
  responses(record: VisitRecord, corrected: boolean): Activity;
  /** To the partnerships channel: all responses are in. */
  allReceived(record: VisitRecord): Activity;
}

/** What a responder (or anyone) sees of a request: the request with a notice, or that it cannot be found. */
export type RequestResult =
  | { readonly kind: 'not-found' }
  | {
      readonly kind: 'request';
      readonly record: VisitRecord;
      readonly form: Form;
      /** The visit's actions from its "what needs to happen", decided or still proposed. */
      readonly actions: readonly Action[];
      /** The responder looking at it, for their own view with a response box. */
      readonly responder?: string;
      /** For a responder's view: the people an action may be given to, and the target months on offer. */
      readonly owners?: readonly Pick<Person, 'aadObjectId' | 'name'>[];
      readonly months?: readonly string[];
      readonly notice?: string;
      /** What they typed, when it was not saved (too long): it goes back in their box. */
      readonly draft?: string;
      /** What they chose for the actions, when it was not saved: it goes back in their boxes. */
      readonly triage?: readonly TriageInput[];
    };

export interface ResponsesDeps {
  readonly visits: VisitRepository;
  readonly views: ResponseViews;
  readonly forms: FormCatalogue;
  readonly clock: Clock;
  /** Called after messages were queued, so the dispatcher need not wait for its next pass. */
  readonly queued: () => void;
  /** Called after a response was stored, so the committee report's index follows. */
  readonly indexed: (visitId: string) => Promise<void>;
  readonly actions: Pick<Actions, 'ofVisit' | 'check' | 'save'>;
  /** The people an action may be given to (offered on a responder's card). */
  readonly owners: () => Promise<readonly Person[]>;
  /** Where owners' cards are queued (they change no visit, so they go to the standalone outbox). */
  readonly outbox: Pick<OutboxStore, 'enqueue'>;
  /** Where each response sent or corrected is recorded (who, which visit, hashes of the text). */
  readonly audit: AuditTrail;
}
