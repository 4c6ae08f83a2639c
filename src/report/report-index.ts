import { firstLine } from '../kernel/errors';
import type { Logger } from '../kernel/log';
import type { VisitRepository } from '../visits/store';
import type { VisitRecord } from '../visits/types';
import type { ReportVisitRepository } from './store';
import type { ReportVisit } from './types';

/** A submitted visit as the report reads it; undefined for a draft (drafts are not reported). */
export function toReportVisit(record: VisitRecord): ReportVisit | undefined {
  const { visit, request } = record;
  if (visit.status !== 'submitted') return undefined;
  const answers = Object.fromEntries(
    [...record.answers.values()].filter((a) => a.text.trim()).map((a) => [a.stepId, a.text]),
  );
  const responses = [...(record.responses?.values() ?? [])]
    .filter((r) => r.text.trim())
    .sort(
      (a, b) =>
        (request?.responderIds.indexOf(a.responderId) ?? 0) -
        (request?.responderIds.indexOf(b.responderId) ?? 0),
    )
    .map((r) => ({ name: r.name, ...(r.title ? { title: r.title } : {}), text: r.text, at: r.at }));
  const revisions = [...record.answers.values()].reduce((sum, a) => sum + a.revision, 0);
  return {
    visitId: visit.id,
    serviceId: visit.serviceId,
    serviceName: visit.serviceName,
    date: visit.date,
    councillorNames: visit.councillorNames,
    formKey: visit.formKey,
    submittedAt: visit.submittedAt ?? visit.createdAt,
    answers,
    responderNames: request?.responderNames ?? [],
    responses,
    complete: request ? Boolean(request.completedAt) || request.responderIds.length === 0 : false,
    version: 1 + revisions + (request?.revision ?? 0),
  };
}

/**
 * Keeps the report index in step with a visit after a change was stored: reads the visit back (so two changes
 * at once cannot leave an older copy) and writes its copy. A failure here loses nothing of the visit: the log
 * says so, and `npm run report -- --reindex` rebuilds the index.
 */
export function createReportIndexer(deps: {
  visits: Pick<VisitRepository, 'load'>;
  reportVisits: ReportVisitRepository;
  log: Logger;
}) {
  return async (visitId: string): Promise<void> => {
    try {
      const record = await deps.visits.load(visitId);
      const copy = record && toReportVisit(record);
      if (copy) await deps.reportVisits.put(copy);
    } catch (error) {
      deps.log.warn('report index not updated; run npm run report -- --reindex', {
        visitId,
        error: firstLine(error),
      });
    }
  };
}

/** Rebuilds the index from every stored visit (once, for visits stored before it existed; or to repair it). */
export async function rebuildReportIndex(
  deps: { visits: VisitRepository; reportVisits: ReportVisitRepository },
  options: { force?: boolean } = {},
): Promise<number> {
  const summaries = await deps.visits.listSummaries();
  let indexed = 0;
  for (const { visit } of summaries.filter((s) => s.visit.status === 'submitted')) {
    const record = await deps.visits.load(visit.id);
    const copy = record && toReportVisit(record);
    if (copy) {
      await deps.reportVisits.put(copy, options);
      indexed++;
    }
  }
  await deps.reportVisits.markBuilt();
  return indexed;
}
