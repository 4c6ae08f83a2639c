import type { Actions } from '../actions/actions';
import type { AuditTrail } from '../audit/trail';
import type { DirectoryLookup } from '../directory/directory';
import type { Clock } from '../kernel/clock';
import type { ResponseViews } from '../responses/responses';
import type { FormCatalogue } from './forms';
import type { CouncillorVisitRepository, VisitRepository } from './store';

/** What the walkthrough's use cases need, wired by the composition root. */
export interface WalkthroughDeps {
  readonly visits: VisitRepository;
  readonly councillorVisits: CouncillorVisitRepository;
  readonly forms: FormCatalogue;
  readonly formId: string;
  readonly directory: Pick<DirectoryLookup, 'service' | 'person'>;
  readonly clock: Clock;
  /** The service's actions from earlier visits, shown before a new visit's first question. */
  readonly actions: Pick<Actions, 'sinceLastVisit' | 'recordImpacts'>;
  /** How the response request a submission queues looks (the Teams card, wired at the composition root). */
  readonly responseViews: ResponseViews;
  /** Called after messages were queued (a submission's response request). */
  readonly queued: () => void;
  /** Called after a submitted visit changed (submit, amendment), so the committee report's index follows. */
  readonly indexed: (visitId: string) => Promise<void>;
  /** Where each saved answer, submission and amendment is recorded (who, which visit, hashes of the text). */
  readonly audit: AuditTrail;
}
