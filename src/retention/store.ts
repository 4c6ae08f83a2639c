import type { Day } from '../kernel/london';
import type {
  DeliveredMessage,
  Hold,
  NudgeStateRow,
  QueuedReminder,
  ReportDraftFacts,
  VisitFacts,
} from './types';

/** Legal holds (the Holds table): placed and lifted, never deleted, so the list is their history. */
export interface HoldStore {
  list(): Promise<Hold[]>;
  get(id: string): Promise<Hold | undefined>;
  /** Creates a hold; refused (false) when the id is taken. */
  create(hold: Hold): Promise<boolean>;
  /** Marks a hold lifted if unchanged since read; false when it changed meanwhile. */
  lift(hold: Hold, lifted: NonNullable<Hold['lifted']>): Promise<boolean>;
}

/**
 * What retention deletes of a visit, table by table. Every method is at most one entity-group transaction (or
 * one row), so that each can be audited as a batch, and answers how many rows it deleted (0: none were there).
 */
export interface VisitDeletion {
  /** Every visit, as the rules read it (no answers, no text). */
  visitFacts(): Promise<VisitFacts[]>;
  /** One visit as it is now, to check just before deleting it; undefined when it is gone. */
  visitFactsOf(visitId: string): Promise<VisitFacts | undefined>;
  /** The row keys of a visit's partition, the visit's own row last. */
  rowKeysOf(visitId: string): Promise<string[]>;
  /** Deletes at most 100 rows of a visit's partition in one transaction. */
  deleteRows(visitId: string, rowKeys: readonly string[]): Promise<number>;
}

/** The councillors' pointers to a visit (CouncillorVisits). */
export interface CouncillorVisitDeletion {
  removePointer(aadObjectId: string, visitId: string): Promise<number>;
}

/** The committee report's copy of a submitted visit (ReportVisits). */
export interface ReportVisitDeletion {
  removeCopy(visitDay: Day, visitId: string): Promise<number>;
}

/** The actions that came out of a visit (Actions, in its service's partition). */
export interface ActionDeletion {
  removeOfVisit(serviceId: string, visitId: string): Promise<number>;
}

/** Bookings on the rota (same id as the visit they book). */
export interface BookingDeletion {
  removeBooking(id: string): Promise<number>;
}

/** Delivered and given-up outbox messages: listed without their content, cut down to receipts. */
export interface OutboxPruning {
  readonly name: string;
  /** Messages delivered, or given up, and still holding their content. */
  listDelivered(): Promise<DeliveredMessage[]>;
  /** The messages whose id starts with `prefix` (receipts too): their ids and when each was queued. */
  queuedSince(prefix: string): Promise<QueuedReminder[]>;
  /**
   * Replaces at most 100 messages of one partition with receipts (id, address, kind, dates, the posted activity's
   * ids): one transaction, refused if any changed since listed. The receipt keeps a message sent once and lets a
   * later card update find its post; a given-up message's receipt is "expired": no longer a failed delivery to
   * retry, and never sent.
   */
  pruneToReceipts(messages: readonly DeliveredMessage[]): Promise<number>;
}

/** Nudge state (Nudges). */
export interface NudgeStateDeletion {
  listState(): Promise<NudgeStateRow[]>;
  /** Deletes at most 100 rows of one partition in one transaction. */
  deleteState(partition: string, rowKeys: readonly string[]): Promise<number>;
}

/** Committee report drafts (ReportDrafts, one partition per period): the draft's rows and its change log. */
export interface ReportDraftDeletion {
  /** Every period's draft, as the rules read it (ids, no text); a partition left part-deleted is listed too. */
  draftFacts(): Promise<ReportDraftFacts[]>;
  /** The row keys of a period's partition, the rows that make the draft visible ("refreshed", "sections") first. */
  draftRowKeysOf(periodKey: string): Promise<string[]>;
  /** Deletes at most 100 rows of a period's partition in one transaction. */
  deleteDraftRows(periodKey: string, rowKeys: readonly string[]): Promise<number>;
}

/** Which London day a daily job last ran (Leases), so that it runs once a day whichever instance holds the lease. */
export interface DailyRuns {
  lastRun(job: string): Promise<Day | undefined>;
  setLastRun(job: string, day: Day): Promise<void>;
}
