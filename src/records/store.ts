import type { OutboxMessage } from '../outbox/types';

/** The People table's part of erasure. */
export interface PersonRemoval {
  /** Deletes the person's directory entry; nothing happens when there is none. */
  remove(aadObjectId: string): Promise<void>;
}

/** The Conversations table's part of erasure: the person's personal chat with the bot. */
export interface PersonalChatForgetting {
  forgetPersonalChat(aadObjectId: string): Promise<void>;
}

/** The Conversations table's part of erasure: the walkthrough card last posted to them. */
export interface LiveCardForgetting {
  forget(aadObjectId: string): Promise<void>;
}

/** The Visits table's part of erasure. */
export interface VisitRelabelling {
  /**
   * Writes `label` where a name is stored beside this person's id (councillors, submitter, answers, request,
   * their response, amendments, events), in every visit. Rows already relabelled are left alone, so a second run
   * finishes an interrupted one. Answers every visit that holds their id, and the names it replaced.
   */
  renamePerson(aadObjectId: string, label: string): Promise<{ visitIds: string[]; names: string[] }>;
}

/** The Rota table's part of erasure: each booking's history names who booked, moved or cancelled it. */
export interface BookingRelabelling {
  /**
   * Writes `label` as the name on every booking event by this person: by id, or, on events stored before ids
   * were, by one of `names`. Answers how many bookings changed (none on a second run).
   */
  relabelBookings(aadObjectId: string, names: readonly string[], label: string): Promise<number>;
}

/** The Holds table's part of erasure: a hold names who placed and who lifted it. */
export interface HoldRelabelling {
  /** Writes `label` as the name of this person wherever they placed or lifted a hold; answers how many changed. */
  relabelHolds(aadObjectId: string, label: string): Promise<number>;
}

/** Every message of an outbox table, in any state (the outbox's own store lists only those still to send). */
export interface OutboxReading {
  all(): Promise<OutboxMessage[]>;
}

/** The Nudges table's part of erasure: snoozes and "handled" are stored with the name of who clicked. */
export interface QuietRelabelling {
  relabelQuiet(name: string, label: string): Promise<void>;
}

/** The ReportDrafts table's part of erasure: each period's change log names who edited the draft. */
export interface DraftChangeRelabelling {
  relabelChanges(aadObjectId: string, label: string): Promise<void>;
}

/** Whether a person is under a legal hold, so their records may not be changed (src/retention/holds.ts). */
export interface PersonHolds {
  isPersonHeld(aadObjectId: string): Promise<boolean>;
}
