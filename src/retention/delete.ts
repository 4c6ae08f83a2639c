import { SYSTEM, type AuditTrail } from '../audit/trail';
import type { AuditRecordRef } from '../audit/types';
import type { StandingRepository } from '../overview/standing';
import type {
  ActionDeletion,
  BookingDeletion,
  CouncillorVisitDeletion,
  NudgeStateDeletion,
  OutboxPruning,
  ReportDraftDeletion,
  ReportVisitDeletion,
  VisitDeletion,
} from './store';
import type {
  BookingFacts,
  DeliveredMessage,
  Doomed,
  NudgeStateRow,
  ReportDraftFacts,
  RuleName,
  VisitFacts,
} from './types';

/** An entity-group transaction holds at most 100 rows of one partition. */
export const BATCH = 100;

export interface DeletionDeps {
  readonly visits: VisitDeletion;
  readonly councillorVisits: CouncillorVisitDeletion;
  readonly reportVisits: ReportVisitDeletion;
  readonly actions: ActionDeletion;
  readonly bookings: BookingDeletion;
  readonly standing: Pick<StandingRepository, 'put' | 'setWhole'>;
  readonly outboxes: readonly OutboxPruning[];
  readonly nudges: NudgeStateDeletion;
  readonly reportDrafts: ReportDraftDeletion;
  readonly audit: AuditTrail;
}

/** Deletes what a plan dooms, one batch at a time, recording one audit entry per batch that deleted rows. */
export function createDeletion(deps: DeletionDeps) {
  const audited = async (
    rows: number,
    what: string,
    rule: RuleName,
    visit?: VisitFacts,
    about?: { record: AuditRecordRef; people: readonly string[] },
  ): Promise<number> => {
    if (rows === 0) return 0;
    // Throws if the entry cannot be written: the run then counts as failed (its day not marked done) and logs
    // the record's ids, rather than a deletion going unrecorded in silence.
    await deps.audit.recordOrFail({
      by: SYSTEM,
      kind: 'retention.deleted',
      record: visit ? { kind: 'visit', id: visit.id } : (about?.record ?? { kind: 'retention', id: rule }),
      ...(visit ? { visitId: visit.id, people: visit.people } : {}),
      ...(about ? { people: about.people } : {}),
      detail: `${rows} row${rows === 1 ? '' : 's'} (${what}), rule ${rule}`,
    });
    return rows;
  };

  /**
   * Deletes a visit and everything that hangs off it, dependents first and the visit's own row last: a run
   * stopped half-way leaves the visit to be found, planned and finished by the next. A draft's booking stays on
   * the rota (it says only who was booked where and when); a submitted visit's goes with it.
   */
  async function deleteVisit(visit: VisitFacts, rule: RuleName): Promise<number> {
    let rows = 0;
    for (let removed = BATCH; removed === BATCH;) {
      removed = await deps.actions.removeOfVisit(visit.serviceId, visit.id);
      rows += await audited(removed, 'actions', rule, visit);
    }
    rows += await audited(
      await deps.reportVisits.removeCopy(visit.date, visit.id),
      'report copy',
      rule,
      visit,
    );
    if (visit.status === 'submitted') {
      rows += await audited(await deps.bookings.removeBooking(visit.id), 'booking', rule, visit);
    }
    for (const councillorId of visit.councillorIds) {
      const removed = await deps.councillorVisits.removePointer(councillorId, visit.id);
      rows += await audited(removed, 'councillor pointer', rule, visit);
    }
    await deps.standing.put(visit.id, visit.serviceId, { gone: true });
    const keys = await deps.visits.rowKeysOf(visit.id);
    for (let start = 0; start < keys.length; start += BATCH) {
      const removed = await deps.visits.deleteRows(visit.id, keys.slice(start, start + BATCH));
      rows += await audited(removed, 'visit', rule, visit);
    }
    return rows;
  }

  /** Cuts delivered messages down to receipts, per store and partition, 100 at a time. */
  async function pruneMessages(messages: readonly DeliveredMessage[], rule: RuleName): Promise<number> {
    let rows = 0;
    for (const [key, group] of groupBy(messages, (m) => `${m.store}\u0000${m.partition}`)) {
      const outbox = deps.outboxes.find((o) => o.name === key.split('\u0000')[0]);
      if (!outbox) continue;
      for (let start = 0; start < group.length; start += BATCH) {
        rows += await audited(
          await outbox.pruneToReceipts(group.slice(start, start + BATCH)),
          'outbox',
          rule,
        );
      }
    }
    return rows;
  }

  /** Deletes a booking with no visit (cancelled, never visited, or a deleted draft's): one row. */
  async function deleteBooking(booking: BookingFacts, rule: RuleName): Promise<number> {
    const about = { record: { kind: 'booking', id: booking.id } as const, people: booking.people };
    return audited(await deps.bookings.removeBooking(booking.id), 'booking', rule, undefined, about);
  }

  async function deleteNudgeState(state: readonly NudgeStateRow[], rule: RuleName): Promise<number> {
    let rows = 0;
    for (const [partition, group] of groupBy(state, (r) => r.partition)) {
      for (let start = 0; start < group.length; start += BATCH) {
        const keys = group.slice(start, start + BATCH).map((r) => r.rowKey);
        rows += await audited(await deps.nudges.deleteState(partition, keys), 'nudge state', rule);
      }
    }
    return rows;
  }

  /**
   * Deletes a period's report draft and its change log, 100 rows at a time; the rows that make it visible go in
   * the first, so a run stopped part-way leaves no half a draft to read, and the next finds the rest.
   */
  async function deleteReportDraft(draft: ReportDraftFacts, rule: RuleName): Promise<number> {
    const about = { record: { kind: 'report', id: draft.periodKey } as const, people: draft.editors };
    const keys = await deps.reportDrafts.draftRowKeysOf(draft.periodKey);
    let rows = 0;
    for (let start = 0; start < keys.length; start += BATCH) {
      const removed = await deps.reportDrafts.deleteDraftRows(
        draft.periodKey,
        keys.slice(start, start + BATCH),
      );
      rows += await audited(removed, 'report draft', rule, undefined, about);
    }
    return rows;
  }

  return { deleteVisit, pruneMessages, deleteNudgeState, deleteBooking, deleteReportDraft };
}

/** Doomed records of one kind. */
export const ofKind = <K extends Doomed['kind']>(doomed: readonly Doomed[], kind: K) =>
  doomed.filter((d): d is Extract<Doomed, { kind: K }> => d.kind === kind);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
