import type { Day } from '../kernel/london';
import type { Address } from '../outbox/types';

/** How long each kind of record is kept (config: RETENTION_YEARS and the *_DAYS variables). */
export interface RetentionSchedule {
  /** Submitted visits, their responses and amendments: to the end of their municipal year plus this many years. */
  readonly years: number;
  /** Drafts never submitted: deleted this many days after their last activity. */
  readonly draftDays: number;
  /** Each councillor on such a draft is reminded this many days before it is deleted. */
  readonly draftReminderDays: number;
  /** Delivered outbox messages are cut down to a receipt (ids and dates) this many days after they were queued. */
  readonly outboxDays: number;
  /** Nudge state (snoozes, handled marks, digest records) is deleted this many days after it was written. */
  readonly nudgeDays: number;
}

export const DEFAULT_SCHEDULE: RetentionSchedule = {
  years: 6,
  draftDays: 90,
  draftReminderDays: 14,
  outboxDays: 30,
  nudgeDays: 365,
};

/** What a legal hold is placed on: a service, a visit, or a person (every visit they are named on). */
export interface HoldSubject {
  readonly kind: 'service' | 'visit' | 'person';
  /** A service id, a visit id, or a person's aadObjectId. */
  readonly id: string;
}

/** A no-destroy instruction: nothing it covers is deleted by retention until it is lifted. */
export interface Hold {
  readonly id: string;
  readonly subject: HoldSubject;
  /** The instruction's reference (an inquiry's or legal team's), not a description of anyone. */
  readonly reason: string;
  readonly placedBy: { readonly id: string; readonly name: string };
  readonly placedAt: string;
  readonly lifted?: { readonly by: { readonly id: string; readonly name: string }; readonly at: string };
}

/** What the rules read of a visit: no answers, no text. */
export interface VisitFacts {
  readonly id: string;
  readonly serviceId: string;
  readonly serviceName: string;
  /** The visit's day (YYYY-MM-DD). */
  readonly date: Day;
  readonly status: 'draft' | 'submitted';
  readonly councillorIds: readonly string[];
  /** Everyone named on it: councillors, who started and submitted it, responders, who amended it. */
  readonly people: readonly string[];
  /** The latest of its creation, answer saves and pauses (ISO). */
  readonly lastActivityAt: string;
}

/** What the rules read of a period's committee report draft (ReportDrafts): ids only, no text. */
export interface ReportDraftFacts {
  /** The period it reports on: "2025-26", or "2025-05-01..2025-12-31". */
  readonly periodKey: string;
  /** The visits its points quote (kept and dropped). */
  readonly visitIds: readonly string[];
  /** Who edited it, as its change log names them (aadObjectIds). */
  readonly editors: readonly string[];
}

/** A booking on the rota (Rota), as the rules read it: ids and its day. */
export interface BookingFacts {
  /** Also the id of the visit it books, if one was ever started. */
  readonly id: string;
  readonly serviceId: string;
  readonly day: Day;
  readonly status: 'booked' | 'cancelled';
  /** Its councillors and whoever booked, moved or cancelled it (aadObjectIds). */
  readonly people: readonly string[];
}

/** A delivered (or given-up) outbox message, without its content. */
export interface DeliveredMessage {
  readonly store: string;
  readonly partition: string;
  readonly rowKey: string;
  readonly id: string;
  readonly to: Address;
  readonly kind: 'post' | 'update';
  readonly replaces?: string;
  /** Sent, or given up ("dead": it shows as a failed delivery until cut down). */
  readonly status: 'sent' | 'dead';
  readonly attempts: number;
  readonly createdAt: string;
  /** Since when a given-up message was last tried (a Retry starts it again). */
  readonly tryingSince?: string;
  readonly sentActivityId?: string;
  readonly sentConversationId?: string;
  readonly etag: string;
}

/** One row of nudge state: a snooze or handled mark (written `at`), or a week's digest record. */
export interface NudgeStateRow {
  readonly partition: string;
  readonly rowKey: string;
  /** When a snooze or handled mark was written (ISO). */
  readonly at?: string;
  /** The Monday of a digest's week. */
  readonly weekOf?: Day;
  /** A handled mark's topic ("never-visited:checs"): what the team said never to nudge about again. */
  readonly handledTopic?: string;
}

/** A draft reminder in the outbox: its deterministic id and when it was queued (kept in its receipt). */
export interface QueuedReminder {
  readonly id: string;
  readonly queuedAt: string;
}

/** Everything the rules look at. */
export interface RetentionFacts {
  readonly visits: readonly VisitFacts[];
  readonly delivered: readonly DeliveredMessage[];
  readonly nudgeState: readonly NudgeStateRow[];
  readonly reportDrafts: readonly ReportDraftFacts[];
  readonly bookings: readonly BookingFacts[];
  /** The draft reminders already queued: a draft goes no earlier than DRAFT_REMINDER_DAYS after its reminder. */
  readonly reminders: readonly QueuedReminder[];
  readonly holds: readonly Hold[];
}

/** The rule a record goes by, as the audit and the dry run name it ("drafts-90d"). */
export type RuleName = string;

/** A record the plan deletes (or, for delivered messages, cuts down to a receipt), with the rule and its day. */
export type Doomed =
  | { readonly kind: 'visit'; readonly visit: VisitFacts; readonly rule: RuleName; readonly due: Day }
  | {
      readonly kind: 'outbox';
      readonly message: DeliveredMessage;
      readonly rule: RuleName;
      readonly due: Day;
    }
  | { readonly kind: 'nudge-state'; readonly row: NudgeStateRow; readonly rule: RuleName; readonly due: Day }
  | { readonly kind: 'booking'; readonly booking: BookingFacts; readonly rule: RuleName; readonly due: Day }
  | {
      readonly kind: 'report-draft';
      readonly draft: ReportDraftFacts;
      /** The period's last day. */
      readonly periodEnd: Day;
      readonly rule: RuleName;
      readonly due: Day;
    };

/** A councillor to be told that a draft they are on will be deleted. */
export interface DraftReminder {
  readonly visit: VisitFacts;
  readonly councillorId: string;
  /** The day it falls due by its last activity: names the reminder, so each idle spell is reminded once. */
  readonly idleDue: Day;
  /** The day it will be deleted: the due day, or DRAFT_REMINDER_DAYS after today if that is later. */
  readonly deleteOn: Day;
}

/** A record that would go today but is kept under one or more holds. */
export interface HeldRecord {
  readonly record: string;
  readonly rule: RuleName;
  readonly due: Day;
  readonly holdIds: readonly string[];
}

/** What a run at a moment deletes, whom it reminds, and what holds keep. */
export interface RetentionPlan {
  readonly today: Day;
  readonly doomed: readonly Doomed[];
  readonly reminders: readonly DraftReminder[];
  readonly held: readonly HeldRecord[];
}
