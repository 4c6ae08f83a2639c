import type { Allowed } from '../directory/access';
import type { DirectoryLookup } from '../directory/directory';
import type { Person } from '../directory/types';
import type { Response } from '../responses/types';
import type { FormStep } from './form-definition';
import type { Form, FormCatalogue } from './forms';
import { progressOf, type VisitProgress } from './progress';
import type { VisitRepository } from './store';
import type { VisitRecord } from './types';

/**
 * Who may read a visit in full: the partnerships team any visit; a councillor the visits they are named on; a
 * responder the submitted visits of the services they respond for. Anyone else is refused with this sentence,
 * whether or not the visit exists.
 */
export const READS_VISIT: Allowed = {
  roles: ['partnerships', 'councillor', 'responder'],
  refusal:
    'Only the partnerships team, the councillors named on a visit and the responders for its service can read it',
};

/** One section of the form with its answered steps, labelled as the form labels them. */
export interface AnsweredSection {
  readonly title: string;
  readonly answers: readonly { readonly stepId: string; readonly label: string; readonly text: string }[];
}

export type VisitDetail =
  | {
      readonly kind: 'found';
      readonly progress: VisitProgress;
      readonly sections: readonly AnsweredSection[];
      readonly responses: readonly Response[];
    }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'refused' };

/** One visit with its answers by section and its responses in full, if this person may read it. */
export async function visitDetail(
  deps: {
    readonly visits: Pick<VisitRepository, 'load'>;
    readonly forms: FormCatalogue;
    readonly directory: Pick<DirectoryLookup, 'servicesRespondedBy'>;
  },
  person: Person,
  visitId: string,
): Promise<VisitDetail> {
  const record = await deps.visits.load(visitId);
  if (!(await mayRead(deps, person, record))) return { kind: 'refused' };
  if (!record) return { kind: 'not-found' };
  const form = deps.forms.get(record.visit.formKey);
  const order = record.request?.responderIds ?? [];
  return {
    kind: 'found',
    progress: progressOf(record, form),
    sections: sectionsOf(record, form),
    responses: [...(record.responses?.values() ?? [])].sort(
      (a, b) => order.indexOf(a.responderId) - order.indexOf(b.responderId),
    ),
  };
}

async function mayRead(
  deps: { readonly directory: Pick<DirectoryLookup, 'servicesRespondedBy'> },
  person: Person,
  record: VisitRecord | undefined,
): Promise<boolean> {
  if (person.role === 'partnerships') return true;
  if (!record) return false;
  const { visit } = record;
  if (person.role === 'councillor') return visit.councillorIds.includes(person.aadObjectId);
  if (person.role !== 'responder' || visit.status !== 'submitted') return false;
  const services = await deps.directory.servicesRespondedBy(person.aadObjectId);
  return services.some((s) => s.id === visit.serviceId);
}

/** The form's sections in order, each with its answered steps; every answer under one heading if the form is unknown. */
export function sectionsOf(record: VisitRecord, form: Form | undefined): AnsweredSection[] {
  const text = (stepId: string): string => record.answers.get(stepId)?.text ?? '';
  if (!form) {
    const answers = [...record.answers.values()].filter((a) => a.text.trim());
    return [
      {
        title: 'Answers',
        answers: answers.map((a) => ({ stepId: a.stepId, label: a.stepId, text: a.text })),
      },
    ];
  }
  // A grid step is labelled by its lens under its area's heading; any other step by its own title.
  const label = (step: FormStep): string => (form.lenses.length > 1 && step.lens) || step.title;
  return [...new Set(form.steps.map((s) => s.section))].map((title) => ({
    title,
    answers: form.steps
      .filter((step) => step.section === title && text(step.id).trim())
      .map((step) => ({ stepId: step.id, label: label(step), text: text(step.id) })),
  }));
}
