import { addDays, londonDay, type Day } from '../kernel/london';
import { addressKey } from '../outbox/types';
import { parsePeriod } from '../report/period';
import type { Period } from '../report/types';
import { holdsOn, holdsOnDraft } from './holds-check';
import type {
  Doomed,
  DraftReminder,
  HeldRecord,
  NudgeStateRow,
  RetentionFacts,
  RetentionPlan,
  RetentionSchedule,
} from './types';

/** The rules' names, as the audit and the dry run show them. */
export const ruleNames = (schedule: RetentionSchedule) => ({
  submitted: `submitted-${schedule.years}y`,
  drafts: `drafts-${schedule.draftDays}d`,
  outbox: `outbox-${schedule.outboxDays}d`,
  nudges: `nudges-${schedule.nudgeDays}d`,
  reportDrafts: `report-drafts-${schedule.years}y`,
});

/**
 * The first day a submitted visit may be deleted: the day after the end of its municipal year (1 April – 31
 * March, the committee report's year) plus `years`. A visit of 10 May 2020 is in 2020-21, which ends on 31 March
 * 2021; with 6 years it is kept to 31 March 2027 and goes on 1 April 2027 (London).
 */
export function submittedDeleteOn(visitDay: Day, years: number): Day {
  const year = Number(visitDay.slice(0, 4));
  const yearEnds = visitDay.slice(5) >= '04-01' ? year + 1 : year;
  return `${String(yearEnds + years).padStart(4, '0')}-04-01`;
}

/**
 * A period's committee report draft, as submitted visits: it goes on 1 April after the end of the municipal year
 * holding the period's last day, plus `years` (a 2025-26 draft, which ends 31 March 2026, on 1 April 2032 with
 * 6), so it never outlives the latest visit it may quote by less. Undefined for a key that names no period (kept).
 */
export function reportDraftDeleteOn(
  periodKey: string,
  years: number,
): { due: Day; period: Period } | undefined {
  const period = parsePeriod(periodKey);
  return 'problem' in period ? undefined : { due: submittedDeleteOn(period.to, years), period };
}

/** The day a draft goes: `draftDays` after the London day of its last activity. */
export const draftDeleteOn = (lastActivityAt: string, draftDays: number): Day =>
  addDays(londonDay(new Date(lastActivityAt)), draftDays);

/** The day a delivered message is cut down to its receipt. */
export const outboxDueOn = (createdAt: string, days: number): Day =>
  addDays(londonDay(new Date(createdAt)), days);

/** The day a row of nudge state goes; undefined for a row that says nothing of when it was written (kept). */
export function nudgeStateDueOn(row: NudgeStateRow, days: number): Day | undefined {
  if (row.weekOf) return addDays(row.weekOf, days);
  return row.at ? addDays(londonDay(new Date(row.at)), days) : undefined;
}

/**
 * What retention does at `now`: a pure function of (now, facts, schedule). A record goes on its due day (London)
 * or any day after, unless a hold covers it: a visit is held by a hold on it, on its service, or on anyone named
 * on it; a message or nudge record by a hold on its visit, or when it names a held id; a period's report draft by
 * any hold covering a visit of its period or one it quotes, or on a person its change log names.
 */
export function planRetention(now: Date, facts: RetentionFacts, schedule: RetentionSchedule): RetentionPlan {
  const today = londonDay(now);
  const names = ruleNames(schedule);
  const active = facts.holds.filter((h) => !h.lifted);
  const doomed: Doomed[] = [];
  const held: HeldRecord[] = [];
  const reminders: DraftReminder[] = [];
  const visitHolds = new Map(facts.visits.map((v) => [v.id, holdsOn(active, v)]));
  // Every id a hold reaches, with the holds reaching it (a visit is reached through its service and people too):
  // a message or nudge record that names one of these ids is kept.
  const reach = new Map<string, Set<string>>();
  const mark = (id: string, holdId: string): void =>
    void reach.set(id, (reach.get(id) ?? new Set()).add(holdId));
  active.forEach((h) => mark(h.subject.id, h.id));
  visitHolds.forEach((holds, visitId) => holds.forEach((h) => mark(visitId, h.id)));
  const mentionsHeld = (texts: readonly string[]): string[] => [
    ...new Set([...reach].filter(([id]) => texts.some((t) => t.includes(id))).flatMap(([, ids]) => [...ids])),
  ];
  const decide = (item: Doomed, record: string, holdIds: readonly string[]): void => {
    if (holdIds.length > 0) held.push({ record, rule: item.rule, due: item.due, holdIds });
    else doomed.push(item);
  };

  for (const visit of facts.visits) {
    const holds = visitHolds.get(visit.id)!.map((h) => h.id);
    if (visit.status === 'submitted') {
      const due = submittedDeleteOn(visit.date, schedule.years);
      if (today >= due)
        decide({ kind: 'visit', visit, rule: names.submitted, due }, `visit ${visit.id}`, holds);
      continue;
    }
    const due = draftDeleteOn(visit.lastActivityAt, schedule.draftDays);
    if (today >= due) decide({ kind: 'visit', visit, rule: names.drafts, due }, `visit ${visit.id}`, holds);
    else if (today >= addDays(due, -schedule.draftReminderDays) && holds.length === 0) {
      visit.councillorIds.forEach((councillorId) => reminders.push({ visit, councillorId, deleteOn: due }));
    }
  }
  for (const message of facts.delivered) {
    const due = outboxDueOn(message.createdAt, schedule.outboxDays);
    if (today < due) continue;
    const record = `outbox ${message.store}/${message.partition}/${message.id}`;
    const keys = [message.partition, message.id, addressKey(message.to)];
    decide({ kind: 'outbox', message, rule: names.outbox, due }, record, mentionsHeld(keys));
  }
  for (const row of facts.nudgeState) {
    const due = nudgeStateDueOn(row, schedule.nudgeDays);
    if (!due || today < due) continue;
    const record = `nudge-state ${row.partition}/${row.rowKey}`;
    decide({ kind: 'nudge-state', row, rule: names.nudges, due }, record, mentionsHeld([row.rowKey]));
  }
  for (const draft of facts.reportDrafts) {
    const when = reportDraftDeleteOn(draft.periodKey, schedule.years);
    if (!when || today < when.due) continue;
    const holds = holdsOnDraft(active, draft, when.period, facts.visits).map((h) => h.id);
    const item: Doomed = {
      kind: 'report-draft',
      draft,
      periodEnd: when.period.to,
      rule: names.reportDrafts,
      due: when.due,
    };
    decide(item, `report-draft ${draft.periodKey}`, holds);
  }
  return { today, doomed, reminders, held };
}
