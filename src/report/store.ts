import type { Day } from '../kernel/london';
import type { DraftChange, DraftSections, ReportVisit, ServiceDraft } from './types';

/** The report index: one copy of each submitted visit's report content, read by date range. */
export interface ReportVisitRepository {
  /**
   * Writes the visit's copy unless the stored one is as new or newer (by `version`); `force` writes it anyway
   * (a rebuild from the visits, which are the truth). Throws when it cannot.
   */
  put(visit: ReportVisit, options?: { force?: boolean }): Promise<void>;
  /** Every indexed visit whose date is in [from, to], in date order. */
  between(from: Day, to: Day): Promise<ReportVisit[]>;
  /** Whether the index was built from the visits stored before it existed. */
  isBuilt(): Promise<boolean>;
  markBuilt(): Promise<void>;
}

/** Officers' drafts, one partition per period: the free sections, one row per heading, and the change log. */
export interface ReportDraftRepository {
  load(
    periodKey: string,
  ): Promise<
    | { sections: DraftSections; services: ServiceDraft[]; refreshedVersion: string; refreshedEtag: string }
    | undefined
  >;
  /**
   * Writes the given rows, each only if unchanged since read (etag '' means "must not exist yet"), with the
   * change log entries: one transaction. Throws ConcurrencyConflict if any row changed.
   */
  save(
    periodKey: string,
    changes: {
      sections?: DraftSections;
      services?: readonly ServiceDraft[];
      refreshed?: { version: string; etag: string };
    },
    log: readonly DraftChange[],
  ): Promise<void>;
  /** The change log, newest first. */
  changes(periodKey: string, limit: number): Promise<DraftChange[]>;
}
