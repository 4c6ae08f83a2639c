import type { ActionRepository } from '../actions/store';
import type { AuditStore } from '../audit/store';
import type { AuditTrail } from '../audit/trail';
import type { PeopleRepository } from '../directory/store';
import type { Clock } from '../kernel/clock';
import type { OutboxStore } from '../outbox/store';
import type { ReportVisitRepository } from '../report/store';
import type { HoldStore } from '../retention/store';
import type { BookingRepository } from '../rota/store';
import type { VisitRepository } from '../visits/store';
import type {
  BookingRelabelling,
  DraftChangeRelabelling,
  HoldRelabelling,
  LiveCardForgetting,
  OutboxReading,
  PersonalChatForgetting,
  PersonHolds,
  PersonRemoval,
  QuietRelabelling,
  VisitRelabelling,
} from './store';

/** What erasing a person reads and changes: each table's small port, the audit trail and the clock. */
export interface EraseDeps {
  readonly people: Pick<PeopleRepository, 'get' | 'list'> & PersonRemoval;
  readonly visits: Pick<VisitRepository, 'listSummaries' | 'load' | 'amendments'> & VisitRelabelling;
  readonly reportVisits: Pick<ReportVisitRepository, 'put'>;
  readonly actions: Pick<ActionRepository, 'all' | 'saveAll'>;
  readonly bookings: Pick<BookingRepository, 'list'> & BookingRelabelling;
  readonly holdStore: Pick<HoldStore, 'list'> & HoldRelabelling;
  readonly outboxes: readonly (OutboxReading & Pick<OutboxStore, 'update'>)[];
  readonly nudges: QuietRelabelling;
  readonly reportDrafts: DraftChangeRelabelling;
  readonly conversations: PersonalChatForgetting;
  readonly liveCards: LiveCardForgetting;
  readonly holds: PersonHolds;
  readonly auditEntries: Pick<AuditStore, 'list'>;
  readonly audit: AuditTrail;
  readonly clock: Clock;
}
