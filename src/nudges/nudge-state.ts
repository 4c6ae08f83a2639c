import type { DirectoryLookup } from '../directory/directory';
import type { VisitRepository } from '../storage/visit-repository';
import type { NudgeState } from './rules';

/** The rules' view of the world, read from storage: services from the directory, visits as recorded. */
export async function readNudgeState(
  directory: DirectoryLookup,
  visits: VisitRepository,
): Promise<NudgeState> {
  const [services, summaries] = await Promise.all([directory.services(), visits.listSummaries()]);
  return {
    services: services.map((s) => ({ id: s.id, name: s.name, cadenceMonths: s.cadenceMonths })),
    visits: summaries.map(({ visit, responsesCompleteAt }) => ({
      id: visit.id,
      serviceId: visit.serviceId,
      day: visit.date,
      councillorIds: visit.councillorIds,
      cancelled: false,
      booked: false,
      ...(visit.submittedAt ? { formSubmittedAt: visit.submittedAt } : {}),
      ...(responsesCompleteAt ? { responsesCompleteAt } : {}),
    })),
    quiet: new Map(),
  };
}
