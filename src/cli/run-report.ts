import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createActions } from '../actions/actions';
import { actionsOfVisits } from '../actions/of-visits';
import type { Person } from '../directory/types';
import { createDirectoryLookup } from '../directory/directory';
import { createLogger } from '../kernel/log';
import { writeCommitteePaper } from '../documents/committee-paper-docx';
import { writeCsv } from '../documents/csv';
import { CSV_HEADINGS } from '../report/csv-rows';
import { lastMunicipalYear, parsePeriod } from '../report/period';
import { rebuildReportIndex } from '../report/report-index';
import { createReports } from '../report/reports';
import { awaitedNote, summarise } from '../report/summary';
import { openStorage } from '../storage/open-storage';
import { createStores } from '../storage/stores';
import { loadForms } from '../visits/forms';
import { openAuditTrail } from '../audit/open-trail';
import type { CommandOptions } from './run-main';

export const REPORT_USAGE = [
  'Usage: npm run report -- [--period 2025-26] [--out DIR] [--confirm] [--reindex]',
  '  --period   a municipal year (2025-26) or two dates (2025-05-01..2025-12-31).',
  '             Default: the last full municipal year.',
  '  --out      the folder to write the .docx and .csv to (default: report).',
  '  --confirm  write the .docx even though the personal-data check found something.',
  '  --reindex  rebuild the report index from every stored visit first.',
].join('\n');

/**
 * `npm run report`: the committee paper (.docx) and the visits (.csv) for a period, from the stored draft
 * (started or refreshed first, keeping every edit), after the personal-data check. Answers the exit code.
 */
export async function runReport(options: CommandOptions): Promise<number> {
  const { out, err } = options;
  const args = parseArgs(options.argv);
  if ('problem' in args) {
    err(`${args.problem}\n${REPORT_USAGE}`);
    return 2;
  }
  const period = args.period ?? lastMunicipalYear(options.clock.now());
  const storage = await openStorage(options.config.storage);
  try {
    const stores = createStores(storage.tables);
    if (args.reindex || !(await stores.reportVisits.isBuilt())) {
      const indexed = await rebuildReportIndex(stores, { force: args.reindex });
      out(`Indexed ${indexed} submitted visit(s) for the report.`);
    }
    const forms = loadForms();
    const directory = createDirectoryLookup(stores, options.clock);
    // Each export the command writes is recorded in the audit trail, as the tab's downloads are.
    const audit = await openAuditTrail(stores, options.clock, createLogger());
    const actions = createActions({
      actions: stores.actions,
      reportVisits: stores.reportVisits,
      directory,
      clock: options.clock,
      audit,
    });
    const reports = createReports({
      reportVisits: stores.reportVisits,
      drafts: stores.reportDrafts,
      bookings: stores.bookings,
      directory,
      forms,
      clock: options.clock,
      actionsOf: actionsOfVisits(actions),
      audit,
    });
    const operator: Person = {
      aadObjectId: 'command-line',
      name: options.operator,
      email: '',
      role: 'partnerships',
    };
    const exported = await reports.export(period, operator, 'docx', args.confirm);
    const visits = await reports.export(period, operator, 'csv', args.confirm);
    out(`Committee report for ${period.label}:`);
    const draft = await reports.draft(period, operator);
    for (const s of summarise(draft.findings, draft.draft)) {
      out(
        `  ${s.heading}: ${s.visits} visit(s)${awaitedNote(s)}, ${s.themes} theme(s), ${s.points} point(s)`,
      );
    }
    if (draft.findings.services.every((s) => s.visits.length === 0)) {
      out('  No visits were submitted in this period: the paper says so under each service.');
    }
    if (exported.added > 0) out(`The draft was refreshed first: ${exported.added} new point(s), marked new.`);
    // The files hold what councillors wrote about staff: readable by their owner only.
    await mkdir(args.out, { recursive: true, mode: 0o700 });
    const withheld = (what: string, hits: typeof exported.hits, fix: string): void => {
      err(`The personal-data check found ${hits.length} thing(s) to look at; ${what} was not written:`);
      for (const hit of hits) err(`  - ${hit.kind} (${hit.sample}) in ${hit.where}`);
      err(`${fix}, or run again with --confirm.`);
    };
    if (visits.released) {
      const csvFile = join(args.out, `Visits ${period.key}.csv`);
      await writeFile(csvFile, writeCsv(CSV_HEADINGS, visits.csv), { mode: 0o600 });
      out(`Wrote ${csvFile} (${visits.csv.length} rows).`);
    } else withheld('the .csv', visits.hits, 'Ask the councillors to amend those answers');
    if (exported.released) {
      const docxFile = join(args.out, `Committee report ${period.key}.docx`);
      await writeFile(docxFile, await writeCommitteePaper(exported.paper), { mode: 0o600 });
      out(`Wrote ${docxFile}.`);
    } else {
      withheld(
        'the .docx',
        exported.hits,
        'Fix them in the draft (the Teams tab), or in the answers they came from',
      );
    }
    return exported.released && visits.released ? 0 : 1;
  } finally {
    await storage.close();
  }
}

type Args = {
  period?: ReturnType<typeof lastMunicipalYear>;
  out: string;
  confirm: boolean;
  reindex: boolean;
};

function parseArgs(argv: readonly string[]): Args | { problem: string } {
  const args: Args = { out: 'report', confirm: false, reindex: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (name === '--confirm') args.confirm = true;
    else if (name === '--reindex') args.reindex = true;
    else if (name === '--out') {
      const dir = value();
      if (!dir) return { problem: '--out needs a folder.' };
      args.out = dir;
    } else if (name === '--period') {
      const period = parsePeriod(value() ?? '');
      if ('problem' in period) return period;
      args.period = period;
    } else return { problem: `Unknown option "${arg}".` };
  }
  return args;
}
