import type { Clock } from '../kernel/clock';
import { firstLine } from '../kernel/errors';
import { londonDay } from '../kernel/london';
import type { Logger } from '../kernel/log';
import type { LeaseRepository } from '../nudges/store';
import type { OutboxStore } from '../outbox/store';
import type { NewMessage } from '../outbox/types';
import { createErasure, ofKind, type ErasureDeps } from './erase';
import { planRetention, ruleNames } from './rules';
import type { DailyRuns, HoldStore } from './store';
import type { DraftReminder, RetentionFacts, RetentionPlan, RetentionSchedule } from './types';

export interface RetentionDeps extends ErasureDeps {
  readonly holds: Pick<HoldStore, 'list'>;
  /** Where draft reminders are queued (the standalone outbox). */
  readonly outbox: Pick<OutboxStore, 'enqueue'>;
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

/** What a run did. A run with failures is not marked done, so the next tick runs it again. */
export interface RetentionReport {
  readonly plan: RetentionPlan;
  readonly rows: number;
  readonly reminders: number;
  readonly failed: number;
}

/** A reminder's outbox id: one per draft, councillor and deletion day, so it is queued once. */
export const reminderId = (r: DraftReminder): string =>
  `retention.draft.${r.visit.id}.${r.deleteOn}.${r.councillorId}`;

/**
 * The retention job: reads what the rules need, plans (pure), then queues the reminders and deletes. Each visit,
 * outbox partition and nudge partition is done on its own: one that fails is logged (ids only) and left for the
 * next run, which plans it again and resumes where this one stopped.
 */
export function createRetention(deps: RetentionDeps) {
  const erasure = createErasure(deps);
  const names = ruleNames(deps.schedule);

  async function facts(): Promise<RetentionFacts> {
    const [visits, delivered, nudgeState, reportDrafts, holds] = await Promise.all([
      deps.visits.visitFacts(),
      Promise.all(deps.outboxes.map((o) => o.listDelivered())).then((lists) => lists.flat()),
      deps.nudges.listState(),
      deps.reportDrafts.draftFacts(),
      deps.holds.list(),
    ]);
    return { visits, delivered, nudgeState, reportDrafts, holds };
  }

  const plan = async (now: Date): Promise<RetentionPlan> => planRetention(now, await facts(), deps.schedule);

  async function run(now: Date): Promise<RetentionReport> {
    const planned = await plan(now);
    let failed = 0;
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
      await attempt({ visitId: visit.id, rule }, () => erasure.eraseVisit(visit, rule));
    }
    if (visits.length > 0)
      await attempt({ index: 'standing' }, () => deps.standing.setWhole(false).then(() => 0));
    // A doomed visit's messages went with its partition.
    const gone = new Set(visits.map((v) => v.visit.id));
    const messages = ofKind(planned.doomed, 'outbox')
      .map((d) => d.message)
      .filter((m) => !gone.has(m.partition));
    await attempt({ rule: names.outbox }, () => erasure.pruneMessages(messages, names.outbox));
    const state = ofKind(planned.doomed, 'nudge-state').map((d) => d.row);
    await attempt({ rule: names.nudges }, () => erasure.deleteNudgeState(state, names.nudges));
    for (const { draft, rule } of ofKind(planned.doomed, 'report-draft')) {
      await attempt({ period: draft.periodKey, rule }, () => erasure.eraseReportDraft(draft, rule));
    }
    if (planned.reminders.length > 0) deps.queued();
    return { plan: planned, rows, reminders: planned.reminders.length, failed };
  }

  return {
    plan,
    run,
    /**
     * Runs retention once per London day, on the instance that holds the scheduler's lease ("nudges"); a run
     * with failures is tried again at the next tick.
     */
    async tick(scheduler: { leases: LeaseRepository; runs: DailyRuns; instanceId: string; leaseMs: number }) {
      const now = deps.clock.now();
      const until = new Date(now.getTime() + scheduler.leaseMs);
      if (!(await scheduler.leases.acquire('nudges', scheduler.instanceId, now, until))) return undefined;
      const today = londonDay(now);
      if ((await scheduler.runs.lastRun('retention')) === today) return undefined;
      const report = await run(now);
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
