import type { Person } from '../directory/types';
import type { Form, FormCatalogue } from './forms';
import type { VisitRepository } from './store';
import type { VisitRecord } from './types';

/** A visit this person may work on, with its form; or why not, in words for them. */
export async function openVisit(
  deps: { readonly visits: VisitRepository; readonly forms: FormCatalogue },
  visitId: string,
  user: Person,
): Promise<{ record: VisitRecord; form: Form } | { refused: string }> {
  const record = await deps.visits.load(visitId);
  if (!record) return { refused: 'I cannot find that visit. Type **start** to see your visits.' };
  if (!record.visit.councillorIds.includes(user.aadObjectId)) {
    return { refused: 'Only the councillors named on this visit can work on its form.' };
  }
  const form = deps.forms.get(record.visit.formKey);
  if (!form)
    return { refused: `This visit uses form ${record.visit.formKey}, which this version does not know.` };
  return { record, form };
}
