import { formatMoment } from '../kernel/london';
import type { AuditLine } from './read-audit';

/** One row of the audit trail's CSV: one entry, with ids for matching and words for reading. */
export interface AuditCsvRow {
  readonly at: string;
  readonly london: string;
  readonly byName: string;
  readonly byId: string;
  readonly what: string;
  readonly kind: string;
  readonly record: string;
  readonly visitId: string;
  readonly people: string;
  readonly detail: string;
  readonly textBefore: string;
  readonly textAfter: string;
  readonly id: string;
}

export const AUDIT_CSV_HEADINGS: Readonly<Record<keyof AuditCsvRow, string>> = {
  at: 'When (UTC)',
  london: 'When (London)',
  byName: 'Who',
  byId: 'Who (id)',
  what: 'What',
  kind: 'Kind',
  record: 'Record',
  visitId: 'Visit',
  people: 'People (ids)',
  detail: 'Detail',
  textBefore: 'Text before (keyed hash)',
  textAfter: 'Text after (keyed hash)',
  id: 'Entry',
};

export const auditCsvRows = (lines: readonly AuditLine[]): AuditCsvRow[] =>
  lines.map((l) => ({
    at: l.at,
    london: formatMoment(l.at),
    byName: l.byName,
    byId: l.byId,
    what: l.what,
    kind: l.kind,
    record: l.record,
    visitId: l.visitId ?? '',
    people: l.people.join('; '),
    detail: l.detail ?? '',
    textBefore: l.textBefore ?? '',
    textAfter: l.textAfter ?? '',
    id: l.id,
  }));
