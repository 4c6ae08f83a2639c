import type { Person } from '../directory/types';
import type { FormCatalogue } from './forms';
import { newestFirst, progressOf, type VisitProgress } from './progress';
import type { CouncillorVisitRepository, VisitRepository } from './store';
import type { VisitRecord } from './types';

/** Every visit a councillor is named on, drafts apart from submitted ones, newest first. */
export async function councillorVisits(
  deps: {
    readonly councillorVisits: Pick<CouncillorVisitRepository, 'listFor'>;
    readonly visits: Pick<VisitRepository, 'load'>;
    readonly forms: FormCatalogue;
  },
  councillor: Person,
): Promise<{ drafts: VisitProgress[]; submitted: VisitProgress[] }> {
  const pointers = await deps.councillorVisits.listFor(councillor.aadObjectId);
  const records = (await Promise.all(pointers.map((p) => deps.visits.load(p.visitId))))
    // The pointer table is kept apart from the visit, so the visit itself says who is named on it.
    .filter((r): r is VisitRecord => r?.visit.councillorIds.includes(councillor.aadObjectId) ?? false)
    .sort(newestFirst)
    .map((record) => progressOf(record, deps.forms.get(record.visit.formKey)));
  return {
    drafts: records.filter((p) => p.visit.status === 'draft'),
    submitted: records.filter((p) => p.visit.status === 'submitted'),
  };
}
