import { renderReportSummary } from '../../cards/report-summary-card';
import type { Clock } from '../../kernel/clock';
import { lastMunicipalYear, parsePeriod } from '../../report/period';
import type { Reports } from '../../report/reports';
import { summarise } from '../../report/summary';
import { offerPaper, type ReportFileDeps } from '../report-files';
import type { Command } from './command';

export type ReportCommandDeps = ReportFileDeps & {
  readonly reports: Pick<Reports, 'refresh' | 'export'>;
  readonly clock: Clock;
};

/** `report [period]`: the committee report's figures; in a personal chat, the Word paper as a file too. */
export const reportCommands = (deps: ReportCommandDeps): Command[] => [
  {
    name: 'report',
    description:
      'The committee report for a year (report 2025-26): visits, themes and points; the Word paper in a personal chat',
    scopes: ['team', 'personal'],
    roles: ['partnerships'],
    async run(turn, args) {
      const period = args.trim() ? parsePeriod(args) : lastMunicipalYear(deps.clock.now());
      if ('problem' in period) return turn.sendText(period.problem);
      // Refreshing keeps every edit and adds new visits' points, so the figures are current.
      const view = await deps.reports.refresh(period, turn.user!);
      const personal = turn.scope === 'personal';
      await turn.sendCard(
        renderReportSummary({
          periodLabel: period.label,
          periodKey: period.key,
          headings: summarise(view.findings, view.draft),
          personal,
        }),
      );
      if (personal) await offerPaper(turn, deps, period);
    },
  },
];
