import type { Clock } from '../kernel/clock';
import { firstLine } from '../kernel/errors';
import { londonDay } from '../kernel/london';
import type { Logger } from '../kernel/log';
import type { LeaseRepository } from '../nudges/store';
import type { OutboxStore } from '../outbox/store';
import type { NewMessage } from '../outbox/types';
import type { BookingRepository } from '../rota/store';
import { createDeletion, ofKind, type DeletionDeps } from './delete';
import { planRetention, reminderId, ruleNames } from './rules';
import type { BookingDeletion, DailyRuns, HoldStore } from './store';
import type {
  BookingFacts,
  DraftReminder,
  RetentionFacts,
  RetentionPlan,
  RetentionSchedule,
  VisitFacts,
} from './types';

export interface RetentionDeps extends DeletionDeps {
  readonly holds: Pick<HoldStore, 'list'>;
  readonly bookings: BookingDeletion & Pick<BookingRepository, 'list'>;
  /** Where draft reminders are queued (the standalone outbox). */
  readonly outbox: Pick<OutboxStore, 'enqueue' | 'name'>;
  /** The message a reminder is sent as: its one-line summary and activity (a card, rendered at the edge). */
  readonly renderReminder: (reminder: DraftReminder) => {
    summary: string;
    activity: Record<string, unknown>;
  };
  readonly schedule: RetentionSchedule;
  readonly clock: Clock;
  readonly log: Logger;
  readonly queued: () => void;
}

/** The lease of the instance that runs the schedules (nudges, then retention). */
export const SCHEDULER_LEASE = 'nudges';

/** What a run did. A run with failures is not marked done, so the next tick runs it again. */
export interface RetentionReport {
  readonly plan: RetentionPlan;
  readonly rows: number;
  readonly reminders: number;
  readonly failed: number;
}

/** The prefix of every draft reminder's outbox id (see `reminderId`). */
const REMINDERS = 'retention.draft.';

/** The scheduler's lease, which retention holds while it runs: renewed between records, false once lost. */
type KeepLease = () => Promise<boolean>;

/**
 * The retention job: reads what the rules need, plans (pure), then queues the reminders and deletes. Each visit,
 * outbox partition and nudge partition is done on its own: one that fails is logged (ids only) and left for the
 * next run, which plans it again and resumes where this one stopped.
 */
export function createRetention(deps: RetentionDeps) {
  const deletion = createDeletion(deps);
  const names = ruleNames(deps.schedule);

  async function facts(): Promise<RetentionFacts> {
    const [visits, delivered, nudgeState, reportDrafts, bookings, reminders, holds] = await Promise.all([
      deps.visits.visitFacts(),
      Promise.all(deps.outboxes.map((o) => o.listDelivered())).then((lists) => lists.flat()),
      deps.nudges.listState(),
      deps.reportDrafts.draftFacts(),
      deps.bookings.list().then((list) => list.map(bookingFacts)),
      reminderOutbox().queuedSince(REMINDERS),
      deps.holds.list(),
    ]);
    return { visits, delivered, nudgeState, reportDrafts, bookings, reminders, holds };
  }

  /** The outbox reminders are queued in, read for when each went. */
  function reminderOutbox() {
    const outbox = deps.outboxes.find((o) => o.name === deps.outbox.name);
    if (!outbox) throw new Error(`Retention's reminders go to ${deps.outbox.name}, which it does not read`);
    return outbox;
  }

  /**
   * Whether a visit the plan doomed is still due as it is now (read again just before deleting): a draft edited
   * or submitted, or a hold placed, since the plan read it keeps it.
   */
  async function stillDue(planned: RetentionFacts, visit: VisitFacts, now: Date): Promise<boolean> {
    const [current, holds] = await Promise.all([deps.visits.visitFactsOf(visit.id), deps.holds.list()]);
    if (!current) return false;
    const again = planRetention(
      now,
      { ...planned, visits: [current], holds, delivered: [], nudgeState: [], reportDrafts: [], bookings: [] },
      deps.schedule,
    );
    return again.doomed.some((d) => d.kind === 'visit' && d.visit.id === visit.id);
  }

  async function plan(now: Date): Promise<RetentionPlan> {
    return planRetention(now, await facts(), deps.schedule);
  }

  /**
   * Queues the plan's reminders and deletes what it dooms. With `keepLease` (the daily job), the scheduler's
   * lease is renewed before each record, and the run stops, as failed, if another instance has taken it.
   */
  async function run(now: Date, keepLease?: KeepLease): Promise<RetentionReport> {
    const read = await facts();
    const planned = planRetention(now, read, deps.schedule);
    let failed = 0;
    let lost = false;
    const leased = async (): Promise<boolean> => {
      if (!lost && keepLease && !(await keepLease())) {
        lost = true;
        failed += 1;
        deps.log.warn(
          'Retention stopped: another instance took the scheduler lease; the next run resumes it',
        );
      }
      return !lost;
    };
    let rows = 0;
    const attempt = async (what: Record<string, string>, work: () => Promise<number>): Promise<void> => {
      try {
        rows += await work();
      } catch (error) {
        failed += 1;
        deps.log.warn('Retention stopped part-way; the next run resumes it', {
          ...what,
          error: firstLine(error),
        });
      }
    };
    for (const reminder of planned.reminders) {
      const message: NewMessage = {
        id: reminderId(reminder),
        to: { kind: 'person', aadObjectId: reminder.councillorId },
        kind: 'post',
        ...deps.renderReminder(reminder),
      };
      await attempt({ visitId: reminder.visit.id }, () => deps.outbox.enqueue(message, now).then(() => 0));
    }
    const visits = ofKind(planned.doomed, 'visit');
    for (const { visit, rule } of visits) {
      if (!(await leased())) break;
      await attempt({ visitId: visit.id, rule }, async () =>
        (await stillDue(read, visit, now)) ? deletion.deleteVisit(visit, rule) : 0,
      );
    }
    if (visits.length > 0)
      await attempt({ index: 'standing' }, () => deps.standing.setWhole(false).then(() => 0));
    // A doomed visit's messages went with its partition.
    const gone = new Set(visits.map((v) => v.visit.id));
    const messages = ofKind(planned.doomed, 'outbox')
      .map((d) => d.message)
      .filter((m) => !gone.has(m.partition));
    if (await leased())
      await attempt({ rule: names.outbox }, () => deletion.pruneMessages(messages, names.outbox));
    const state = ofKind(planned.doomed, 'nudge-state').map((d) => d.row);
    if (await leased())
      await attempt({ rule: names.nudges }, () => deletion.deleteNudgeState(state, names.nudges));
    for (const { booking, rule } of ofKind(planned.doomed, 'booking')) {
      if (!(await leased())) break;
      await attempt({ bookingId: booking.id, rule }, () => deletion.deleteBooking(booking, rule));
    }
    for (const { draft, rule } of ofKind(planned.doomed, 'report-draft')) {
      if (!(await leased())) break;
      await attempt({ period: draft.periodKey, rule }, () => deletion.deleteReportDraft(draft, rule));
    }
    if (planned.reminders.length > 0) deps.queued();
    return { plan: planned, rows, reminders: planned.reminders.length, failed };
  }

  return {
    plan,
    run,
    /**
     * Runs retention once per London day, on the instance that holds the scheduler's lease ("nudges", which the
     * nudge scheduler takes with the same length), and keeps holding it through the run: renewed before each
     * record, so a long run never lets another instance start one. A run with failures, or that lost the lease,
     * is tried again at the next tick.
     */
    async tick(scheduler: { leases: LeaseRepository; runs: DailyRuns; instanceId: string; leaseMs: number }) {
      const take = (): Promise<boolean> => {
        const at = deps.clock.now();
        const until = new Date(at.getTime() + scheduler.leaseMs);
        return scheduler.leases.acquire(SCHEDULER_LEASE, scheduler.instanceId, at, until);
      };
      const now = deps.clock.now();
      if (!(await take())) return undefined;
      const today = londonDay(now);
      if ((await scheduler.runs.lastRun('retention')) === today) return undefined;
      const report = await run(now, take);
      deps.log.info('Retention ran', {
        day: today,
        rows: report.rows,
        reminders: report.reminders,
        held: report.plan.held.length,
        failed: report.failed,
      });
      if (report.failed === 0) await scheduler.runs.setLastRun('retention', today);
      return report;
    },
  };
}

export type Retention = ReturnType<typeof createRetention>;

function bookingFacts(booking: Awaited<ReturnType<BookingRepository['list']>>[number]): BookingFacts {
  const by = booking.history.flatMap((e) => (e.by ? [e.by] : []));
  return {
    id: booking.id,
    serviceId: booking.serviceId,
    day: booking.day,
    status: booking.status,
    people: [...new Set([...booking.councillorIds, ...by])],
  };
}
