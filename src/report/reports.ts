import type { Action } from '../actions/types';
import { actor, type AuditTrail } from '../audit/trail';
import type { Allowed } from '../directory/access';
import type { DirectoryLookup } from '../directory/directory';
import type { Person } from '../directory/types';
import type { Clock } from '../kernel/clock';
import { ConcurrencyConflict } from '../kernel/errors';
import { addMonths, londonDay } from '../kernel/london';
import type { BookingRepository } from '../rota/store';
import type { FormCatalogue } from '../visits/forms';
import { applyEdit } from './apply-edit';
import { composePaper } from './compose-paper';
import { csvRows, type CsvRow } from './csv-rows';
import { draftFor, refreshDraft } from './draft';
import { editedTexts } from './edit-texts';
import type { DraftEdit } from './edits';
import { buildFindings } from './findings';
import type { CommitteePaper } from './paper';
import { csvHits, sensitiveHits, type SensitiveHit } from './sensitive-hits';
import type { ReportDraftRepository, ReportVisitRepository } from './store';
import type { DraftChange, Period, ReportDraft, ReportFindings, ReportVisit } from './types';

/** Who sees, edits and exports the committee report. */
export const READS_REPORT: Allowed = {
  roles: ['partnerships'],
  refusal: 'Only the partnerships team can see and edit the committee report',
};

export interface ReportDeps {
  readonly reportVisits: Pick<ReportVisitRepository, 'between'>;
  readonly drafts: ReportDraftRepository;
  readonly bookings: Pick<BookingRepository, 'listBetween'>;
  readonly directory: Pick<DirectoryLookup, 'services'>;
  readonly forms: FormCatalogue;
  readonly clock: Clock;
  /** Each of these submitted visits' actions, decided or still proposed (the actions use case). */
  readonly actionsOf: (visits: readonly ReportVisit[]) => Promise<readonly Action[]>;
  /** Where each edit, refresh and export of the draft is recorded. */
  readonly audit: AuditTrail;
}

/** A period's draft as the officer sees it: whether visits changed since its last refresh, and what changed. */
export interface DraftView {
  readonly findings: ReportFindings;
  readonly draft: ReportDraft;
  /** Set when visits were added or changed after the draft was last refreshed. */
  readonly stale?: string;
}

export type EditResult =
  | { readonly ok: true; readonly view: DraftView; readonly what: string }
  | { readonly ok: false; readonly view: DraftView; readonly message: string; readonly conflict?: boolean };

/** Everything needed to export: the paper, the CSV rows, and what the personal-data check found in the paper. */
export interface ReportExport {
  readonly paper: CommitteePaper;
  readonly csv: readonly CsvRow[];
  readonly hits: readonly SensitiveHit[];
  /** Points the refresh before export added, if any (0 when the draft was up to date). */
  readonly added: number;
  /** False when the check found personal details and the exporter has not confirmed: give no file. */
  readonly released: boolean;
}

/**
 * The committee report: findings from the stored visits, the officer's draft (created from the findings on first
 * use, refreshed on request, edited one change at a time), and the exports. Serves the bot, the CLI and the API.
 */
export function createReports(deps: ReportDeps) {
  const findingsFor = async (
    period: Period,
  ): Promise<{ findings: ReportFindings; visits: ReportVisit[] }> => {
    const [visits, bookings, services] = await Promise.all([
      deps.reportVisits.between(period.from, period.to),
      // The period, and the year after it for "a further visit is planned".
      deps.bookings.listBetween(period.from, addMonths(period.to, 12)),
      deps.directory.services(),
    ]);
    const today = londonDay(deps.clock.now());
    return {
      findings: buildFindings({ period, today, services, visits, bookings, forms: deps.forms }),
      visits,
    };
  };
  /** The audit entry of a change to a period's report: `detail` is an edit's kind or an export's format. */
  const audited = (
    user: Person,
    kind: 'report.edited' | 'report.exported',
    period: Period,
    detail: string,
    text?: { before?: string; after?: string },
  ) =>
    deps.audit.record({
      by: actor(user),
      kind,
      record: { kind: 'report', id: period.key },
      detail,
      ...(text ? { text } : {}),
    });
  const change = (user: Person, what: string): DraftChange => ({
    at: deps.clock.now().toISOString(),
    by: user.aadObjectId,
    byName: user.name,
    what,
  });

  /** The stored draft, or a new one from the findings (stored at once, so every later edit has ETags). */
  const open = async (period: Period, findings: ReportFindings, user: Person): Promise<ReportDraft> => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const stored = await deps.drafts.load(period.key);
      if (stored) return { periodKey: period.key, ...stored };
      const fresh = draftFor(findings);
      try {
        await deps.drafts.save(
          period.key,
          {
            sections: { text: {}, etag: '' },
            services: fresh.map((s) => ({ ...s, etag: '' })),
            refreshed: { version: findings.latestVersion, etag: '' },
          },
          [change(user, `started the draft from ${countVisits(findings)}`)],
        );
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict)) throw error;
        // Someone else started it at the same moment: theirs is the draft.
      }
    }
    throw new ConcurrencyConflict();
  };
  const view = (findings: ReportFindings, stored: ReportDraft): DraftView => {
    // Headings in the paper's order (storage keeps them by a hash of the heading).
    const rank = (heading: string): number => {
      const at = findings.services.findIndex((s) => s.group.heading === heading);
      return at === -1 ? findings.services.length : at;
    };
    const draft = {
      ...stored,
      services: [...stored.services].sort((a, b) => rank(a.heading) - rank(b.heading)),
    };
    return draft.refreshedVersion === findings.latestVersion
      ? { findings, draft }
      : {
          findings,
          draft,
          stale:
            'Visits were submitted or changed after this draft was last refreshed. Refresh it to add their ' +
            'points (marked new); your edits are kept.',
        };
  };

  const refresh = async (
    period: Period,
    user: Person,
  ): Promise<{ view: DraftView; added: number; visits: ReportVisit[] }> => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const { findings, visits } = await findingsFor(period);
      const draft = await open(period, findings, user);
      if (draft.refreshedVersion === findings.latestVersion) {
        return { view: view(findings, draft), added: 0, visits };
      }
      const { services, added, gone } = refreshDraft(draft.services, findings);
      const changed = services.filter((s) => s.changed).map((s) => s.draft);
      try {
        await deps.drafts.save(
          period.key,
          { services: changed, refreshed: { version: findings.latestVersion, etag: draft.refreshedEtag } },
          [
            change(
              user,
              `refreshed the draft: ${added} new point${added === 1 ? '' : 's'}, ${gone} changed at source`,
            ),
          ],
        );
        await audited(user, 'report.edited', period, `refreshed: ${added} new, ${gone} changed at source`);
        const stored = await deps.drafts.load(period.key);
        return { view: view(findings, { periodKey: period.key, ...stored! }), added, visits };
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict)) throw error;
      }
    }
    throw new ConcurrencyConflict();
  };

  return {
    /** What the stored visits say for the period, without touching the draft. */
    findings: async (period: Period): Promise<ReportFindings> => (await findingsFor(period)).findings,

    /** The period's draft, started from the findings on first use. */
    async draft(period: Period, user: Person): Promise<DraftView> {
      const { findings } = await findingsFor(period);
      return view(findings, await open(period, findings, user));
    },

    /** Adds the points of visits submitted or changed since the last refresh, keeping every edit. */
    refresh: async (period: Period, user: Person): Promise<DraftView> => (await refresh(period, user)).view,

    /**
     * Applies one edit. `seen` is the ETag of the row the editor was looking at (a heading's, or the sections'):
     * if someone changed it since, the edit is refused with who did, and nothing is lost. Without `seen`, the
     * edit is applied to the latest draft.
     */
    async edit(period: Period, user: Person, edit: DraftEdit, seen?: string): Promise<EditResult> {
      for (let attempt = 0; attempt < 3; attempt++) {
        const { findings } = await findingsFor(period);
        const draft = await open(period, findings, user);
        const current =
          edit.kind === 'set-section'
            ? draft.sections.etag
            : draft.services.find((s) => s.heading === edit.heading)?.etag;
        if (seen !== undefined && current !== undefined && seen !== current) {
          const [latest] = await deps.drafts.changes(period.key, 1);
          return {
            ok: false,
            conflict: true,
            view: view(findings, draft),
            message:
              `${latest ? `${latest.byName} changed this part of the draft` : 'This part of the draft changed'} ` +
              'after you opened it, so your change was not saved. Here is the latest draft: make your change again.',
          };
        }
        const result = applyEdit(draft, edit);
        if (!result.ok) return { ok: false, view: view(findings, draft), message: result.message };
        const changedService = result.changed.heading
          ? result.draft.services.find((s) => s.heading === result.changed.heading)
          : undefined;
        try {
          await deps.drafts.save(
            period.key,
            {
              ...(result.changed.sections ? { sections: result.draft.sections } : {}),
              ...(changedService ? { services: [changedService] } : {}),
            },
            [change(user, result.what)],
          );
          await audited(user, 'report.edited', period, edit.kind, editedTexts(draft, result.draft, edit));
          const stored = await deps.drafts.load(period.key);
          return { ok: true, view: view(findings, { periodKey: period.key, ...stored! }), what: result.what };
        } catch (error) {
          // Someone saved between our read and write: read again (a `seen` ETag now tells them apart).
          if (!(error instanceof ConcurrencyConflict)) throw error;
        }
      }
      throw new ConcurrencyConflict();
    },

    /** Who changed the draft, newest first. */
    changes: (period: Period, limit = 50): Promise<DraftChange[]> => deps.drafts.changes(period.key, limit),

    /**
     * What the personal-data check finds in the file as `export` would make it, without making or recording the
     * export: for the paper, the draft is refreshed first, as for the export (edits kept); the CSV needs only the
     * visits. Lets a front door ask before it offers a download.
     */
    async check(period: Period, user: Person, format: 'docx' | 'csv'): Promise<SensitiveHit[]> {
      if (format === 'csv') {
        return csvHits(csvRows(await deps.reportVisits.between(period.from, period.to), deps.forms));
      }
      const { view: current, visits } = await refresh(period, user);
      return sensitiveHits(composePaper(current.findings, current.draft, await deps.actionsOf(visits)));
    },

    /**
     * The paper and CSV as they stand: the draft is refreshed first (edits kept), then the personal-data check
     * runs over the paper's final text. Released (and recorded in the change log, unless `record` is false, as
     * for a file only offered) when the check found nothing or the person confirmed.
     */
    async export(
      period: Period,
      user: Person,
      format: 'docx' | 'csv',
      confirmed: boolean,
      options: { record: boolean } = { record: true },
    ): Promise<ReportExport> {
      const { view: current, added, visits } = await refresh(period, user);
      const paper = composePaper(current.findings, current.draft, await deps.actionsOf(visits));
      const csv = csvRows(visits, deps.forms);
      const hits = format === 'docx' ? sensitiveHits(paper) : csvHits(csv);
      const released = hits.length === 0 || confirmed;
      if (released && options.record) {
        const what = format === 'docx' ? 'paper (.docx)' : 'visits (.csv)';
        await deps.drafts.save(period.key, {}, [
          change(user, `exported the ${what}${hits.length ? ' despite the personal-data check' : ''}`),
        ]);
        await audited(user, 'report.exported', period, `${format}${hits.length ? ', check overridden' : ''}`);
      }
      return { paper, csv, hits, added, released };
    },
  };
}

export type Reports = ReturnType<typeof createReports>;

function countVisits(findings: ReportFindings): string {
  const n = findings.services.reduce((sum, s) => sum + s.visits.length, 0);
  return `${n} visit${n === 1 ? '' : 's'}`;
}
