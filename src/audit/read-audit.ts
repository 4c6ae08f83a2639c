import type { Allowed } from '../directory/access';
import { addDays, daysBetween, londonDay, londonTime, type Day } from '../kernel/london';
import { kindWords, recordWords } from './audit-words';
import type { AuditStore } from './store';
import type { AuditEntry, AuditKind, AuditRecordRef } from './types';

/** Who reads the audit trail in the tab and exports it. */
export const READS_AUDIT: Allowed = {
  roles: ['partnerships'],
  refusal: 'Only the partnerships team can read the audit trail',
};

/** How many lines a read shows, newest first: more says "narrow the filter" rather than paging a long scroll. */
export const AUDIT_LINES_SHOWN = 500;
/** The longest window one read covers, so a read touches at most a year's monthly partitions. */
const MAX_DAYS = 366;
/** The window when none is named: the last 30 days, today included. */
export const DEFAULT_DAYS = 30;

/** A read of the trail as asked: London days, both included, and optional filters. */
export interface AuditFilter {
  readonly from: Day;
  readonly to: Day;
  readonly visitId?: string;
  /** An aadObjectId: entries made by them or about them. */
  readonly personId?: string;
}

/** One entry as a person reads it: who, what in words, which record, and the hashes as stored. */
export interface AuditLine {
  readonly id: string;
  readonly at: string;
  readonly byId: string;
  readonly byName: string;
  readonly kind: AuditKind;
  readonly what: string;
  readonly recordKind: AuditRecordRef['kind'];
  readonly recordId: string;
  /** The record's kind in words and its id. */
  readonly record: string;
  readonly visitId?: string;
  readonly people: readonly string[];
  readonly detail?: string;
  readonly textBefore?: string;
  readonly textAfter?: string;
}

export interface AuditRead {
  readonly filter: AuditFilter;
  /** Newest first, at most `limit`. */
  readonly lines: readonly AuditLine[];
  /** How many entries matched; more than the lines when the read was capped. */
  readonly matched: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (text: string): boolean => DAY.test(text) && addDays(text, 0) === text;

/**
 * The filter from what was typed (days "YYYY-MM-DD", London), or the sentence saying what is wrong. Without
 * days, the last 30 days to today.
 */
export function auditFilter(
  typed: { from?: string; to?: string; visitId?: string; personId?: string },
  now: Date,
): AuditFilter | { readonly problem: string } {
  const to = typed.to || londonDay(now);
  const from = typed.from || addDays(to, 1 - DEFAULT_DAYS);
  for (const [name, day] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isDay(day)) return { problem: `Write the ${name} date as YYYY-MM-DD, such as 2026-11-25.` };
  }
  if (from > to) return { problem: 'The from date is after the to date: swap them.' };
  if (daysBetween(from, to) >= MAX_DAYS) {
    return { problem: `Choose at most ${MAX_DAYS} days at a time.` };
  }
  return {
    from,
    to,
    ...(typed.visitId ? { visitId: typed.visitId } : {}),
    ...(typed.personId ? { personId: typed.personId } : {}),
  };
}

/** The trail's entries in the window that match the filter, newest first, at most `limit` of them. */
export async function readAudit(
  deps: { readonly auditStore: Pick<AuditStore, 'list'> },
  filter: AuditFilter,
  limit: number = AUDIT_LINES_SHOWN,
): Promise<AuditRead> {
  const entries = await deps.auditStore.list({
    from: londonTime(filter.from, '00:00').toISOString(),
    to: londonTime(addDays(filter.to, 1), '00:00').toISOString(),
    ...(filter.visitId ? { visitId: filter.visitId } : {}),
    ...(filter.personId ? { personId: filter.personId } : {}),
  });
  const newest = entries.slice().sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return { filter, lines: newest.slice(0, limit).map(lineOf), matched: entries.length };
}

const lineOf = (e: AuditEntry): AuditLine => ({
  id: e.id,
  at: e.at,
  byId: e.by.id,
  byName: e.by.name,
  kind: e.kind,
  what: kindWords(e.kind),
  recordKind: e.record.kind,
  recordId: e.record.id,
  record: recordWords(e.record),
  ...(e.visitId !== undefined ? { visitId: e.visitId } : {}),
  people: e.people,
  ...(e.detail !== undefined ? { detail: e.detail } : {}),
  ...(e.textBefore !== undefined ? { textBefore: e.textBefore } : {}),
  ...(e.textAfter !== undefined ? { textAfter: e.textAfter } : {}),
});
