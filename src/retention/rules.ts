import { addDays, londonDay, type Day } from '../kernel/london';
import { addressKey } from '../outbox/types';
import { parsePeriod } from '../report/period';
import type { Period } from '../report/types';
import { holdsOn, holdsOnDraft } from './holds-check';
import type {
  DeliveredMessage,
  Doomed,
  DraftReminder,
  HeldRecord,
  NudgeStateRow,
  RetentionFacts,
  RetentionPlan,
  RetentionSchedule,
  VisitFacts,
} from './types';

/** The rules' names, as the audit and the dry run show them. */
export const ruleNames = (schedule: RetentionSchedule) => ({
  submitted: `submitted-${schedule.years}y`,
  drafts: `drafts-${schedule.draftDays}d`,
  outbox: `outbox-${schedule.outboxDays}d`,
  nudges: `nudges-${schedule.nudgeDays}d`,
  reportDrafts: `report-drafts-${schedule.years}y`,
  bookings: `bookings-${schedule.years}y`,
});

/**
 * A reminder's outbox id: one per draft, councillor and idle spell (the day its last activity makes it due), so
 * it is queued once, and its receipt says when the councillor was told.
 */
export const reminderId = (r: {
  readonly visit: Pick<VisitFacts, 'id'>;
  readonly idleDue: Day;
  readonly councillorId: string;
}): string => `retention.draft.${r.visit.id}.${r.idleDue}.${r.councillorId}`;

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

/**
 * The day a message is cut down: a sent one `days` after it was queued; a given-up one `days` after it was last
 * tried (a Retry starts it again), so it shows as a failed delivery for the whole window before it goes.
 */
const messageDueOn = (m: DeliveredMessage, days: number): Day =>
  outboxDueOn(
    m.status === 'dead' && (m.tryingSince ?? '') > m.createdAt ? m.tryingSince! : m.createdAt,
    days,
  );

/**
 * Whether a handled mark is kept whatever its age: "handled" means never nudge again (src/nudges/handling.ts), and
 * a topic with no day in it ("never-visited:checs", "form-overdue:<visit>") would come back once its mark went.
 * A topic with a day is a nudge that cannot recur once the day has passed; a visit's topic goes once its visit has.
 */
function handledForGood(topic: string, visitIds: ReadonlySet<string>): boolean {
  if (/\d{4}-\d{2}-\d{2}/.test(topic)) return false;
  const visit = /^(?:form|response)-overdue:(.+)$/.exec(topic); // topics as src/nudges/topics.ts makes them
  return !visit || visitIds.has(visit[1]!);
}

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

  const queued = new Map(facts.reminders.map((r) => [r.id, londonDay(new Date(r.queuedAt))]));
  for (const visit of facts.visits) {
    const holds = visitHolds.get(visit.id)!.map((h) => h.id);
    if (visit.status === 'submitted') {
      const due = submittedDeleteOn(visit.date, schedule.years);
      if (today >= due)
        decide({ kind: 'visit', visit, rule: names.submitted, due }, `visit ${visit.id}`, holds);
      continue;
    }
    const idleDue = draftDeleteOn(visit.lastActivityAt, schedule.draftDays);
    if (holds.length > 0) {
      if (today >= idleDue)
        decide({ kind: 'visit', visit, rule: names.drafts, due: idleDue }, `visit ${visit.id}`, holds);
      continue;
    }
    if (today < addDays(idleDue, -schedule.draftReminderDays)) continue;
    // No draft goes without warning: not before `draftReminderDays` after its last councillor was reminded,
    // however long it has been idle (the first run after deployment, or after days the job did not run).
    const told = visit.councillorIds.map((councillorId) => ({
      councillorId,
      on: queued.get(reminderId({ visit, idleDue, councillorId })),
    }));
    const untold = told.filter((t) => t.on === undefined).map((t) => t.councillorId);
    const lastTold = [...told.flatMap((t) => (t.on ? [t.on] : [])), ...(untold.length > 0 ? [today] : [])]
      .sort()
      .at(-1);
    const warned = lastTold ? addDays(lastTold, schedule.draftReminderDays) : idleDue;
    const deleteOn = warned > idleDue ? warned : idleDue;
    if (today >= deleteOn) decide({ kind: 'visit', visit, rule: names.drafts, due: deleteOn }, '', []);
    untold.forEach((councillorId) => reminders.push({ visit, councillorId, idleDue, deleteOn }));
  }
  const visitIds = new Set(facts.visits.map((v) => v.id));
  for (const booking of facts.bookings) {
    // A booking with a visit goes with it (submitted) or stays while the draft does; one never visited, a
    // cancelled one, or a deleted draft's is kept as long as a submitted visit of its day would be.
    if (visitIds.has(booking.id)) continue;
    const due = submittedDeleteOn(booking.day, schedule.years);
    if (today < due) continue;
    const holds = holdsOn(active, booking).map((h) => h.id);
    decide({ kind: 'booking', booking, rule: names.bookings, due }, `booking ${booking.id}`, holds);
  }
  for (const message of facts.delivered) {
    const due = messageDueOn(message, schedule.outboxDays);
    if (today < due) continue;
    const record = `outbox ${message.store}/${message.partition}/${message.id}`;
    const keys = [message.partition, message.id, addressKey(message.to)];
    decide({ kind: 'outbox', message, rule: names.outbox, due }, record, mentionsHeld(keys));
  }
  for (const row of facts.nudgeState) {
    if (row.handledTopic && handledForGood(row.handledTopic, visitIds)) continue;
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
