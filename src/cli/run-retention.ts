import { renderDraftReminder } from '../cards/draft-reminder-card';
import { londonDay } from '../kernel/london';
import { createLogger } from '../kernel/log';
import { createRetention } from '../retention/job';
import { reminderId } from '../retention/rules';
import type { Doomed, RetentionPlan } from '../retention/types';
import { openStorage } from '../storage/open-storage';
import { createStores } from '../storage/stores';
import { openAuditTrail } from '../audit/open-trail';
import { parseMoment } from './nudges-args';
import type { CommandOptions } from './run-main';

export const RETENTION_USAGE = [
  'Usage: npm run retention -- [--dry-run [--now YYYY-MM-DDTHH:MM]]',
  '  --dry-run  list what would be deleted today and why, one line per record (ids only), and delete nothing',
  '  --now      with --dry-run: the moment to plan at, in UK time. Default: now.',
  'Without --dry-run it deletes what is due now, as the daily job does.',
].join('\n');

/** `npm run retention`: the retention schedule against the configured storage. Answers the exit code. */
export async function runRetention(options: Omit<CommandOptions, 'operator'>): Promise<number> {
  const { config, out, err } = options;
  const args = parseArgs(options.argv);
  if ('problem' in args) {
    err(`${args.problem}\n${RETENTION_USAGE}`);
    return 2;
  }
  const now = args.now ?? options.clock.now();
  const storage = await openStorage(config.storage);
  try {
    const store = createStores(storage.tables);
    const log = createLogger((level, line) => (level === 'info' ? undefined : err(line)));
    const retention = createRetention({
      ...store,
      audit: await openAuditTrail(store, options.clock, log),
      outboxes: [store.visitOutbox, store.standaloneOutbox],
      outbox: store.standaloneOutbox,
      renderReminder: (reminder) => renderDraftReminder(reminder, config.retention.draftDays),
      schedule: config.retention,
      clock: options.clock,
      log,
      queued: () => undefined,
    });
    const s = config.retention;
    out(
      `Retention on ${londonDay(now)} (UK), against ${storage.description}. Schedule: submitted visits to the end of ` +
        `the municipal year (1 April - 31 March) + ${s.years} years; drafts ${s.draftDays} days after their last ` +
        `activity (reminder ${s.draftReminderDays} days before); delivered and given-up messages ${s.outboxDays} days; nudge state ${s.nudgeDays} days (handled marks ` +
        `for good); bookings never visited or cancelled as submitted visits; ` +
        `a period's report draft to the end of the municipal year its period ends in + ${s.years} years.`,
    );
    if (args.dryRun) {
      const plan = await retention.plan(now);
      describe(plan).forEach((line) => out(line));
      out(
        `${plan.doomed.length} to go, ${plan.reminders.length} reminder(s), ${plan.held.length} held. Nothing was deleted (dry run).`,
      );
      return 0;
    }
    const report = await retention.run(now);
    out(
      `Deleted or cut down ${report.rows} row(s) of ${report.plan.doomed.length} record(s); ` +
        `${report.reminders} reminder(s) queued; ${report.plan.held.length} kept under a legal hold.`,
    );
    if (report.failed > 0) {
      err(`${report.failed} part(s) failed and were left as they were: run it again to finish them.`);
      return 1;
    }
    return 0;
  } finally {
    await storage.close();
  }
}

/** One line per record: what happens, its ids, the rule and the day it was due. No names, no text. */
export function describe(plan: RetentionPlan): string[] {
  return [
    ...plan.doomed.map((d) => `${doomedLine(d)} rule ${d.rule} due ${d.due}`),
    ...plan.reminders.map(
      (r) =>
        `remind person ${r.councillorId} of draft visit ${r.visit.id} (deleted on ${r.deleteOn}) as ${reminderId(r)}`,
    ),
    ...plan.held.map((h) => `keep ${h.record} rule ${h.rule} due ${h.due}: held by ${h.holdIds.join(', ')}`),
  ];
}

function doomedLine(d: Doomed): string {
  switch (d.kind) {
    case 'visit':
      return `delete visit ${d.visit.id} (${d.visit.status}, service ${d.visit.serviceId}, visit day ${d.visit.date})`;
    case 'outbox':
      return `cut to receipt outbox ${d.message.store}/${d.message.partition}/${d.message.id}${d.message.status === 'dead' ? ' (given up)' : ''}`;
    case 'nudge-state':
      return `delete nudge-state ${d.row.partition}/${d.row.rowKey}`;
    case 'booking':
      return `delete booking ${d.booking.id} (${d.booking.status}, never visited or a draft's, service ${d.booking.serviceId}, day ${d.booking.day})`;
    case 'report-draft':
      return `delete report-draft ${d.draft.periodKey} and its change log (period ends ${d.periodEnd})`;
  }
}

function parseArgs(argv: readonly string[]): { dryRun: boolean; now?: Date } | { problem: string } {
  let dryRun = false;
  let now: Date | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--now') {
      now = parseMoment(argv[++i]);
      if (!now) return { problem: `--now needs a date and time such as 2027-04-01T09:00 (UK time).` };
    } else return { problem: `Unknown option "${arg}".` };
  }
  if (now && !dryRun)
    return { problem: '--now only goes with --dry-run: deletion happens at the real time.' };
  return { dryRun, ...(now ? { now } : {}) };
}
