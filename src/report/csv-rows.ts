import type { FormCatalogue } from '../visits/forms';
import type { ReportVisit } from './types';

/** One row of the report's CSV: one visit, one area, one lens. */
export interface CsvRow {
  readonly service: string;
  readonly visitDate: string;
  readonly councillors: string;
  readonly area: string;
  readonly lens: string;
  readonly text: string;
  readonly responseStatus: string;
}

export const CSV_HEADINGS: Readonly<Record<keyof CsvRow, string>> = {
  service: 'Service',
  visitDate: 'Visit date',
  councillors: 'Councillors',
  area: 'Area',
  lens: 'Lens',
  text: 'Text',
  responseStatus: 'Response status',
};

/** Every visit of the period, a row for each step of its form (answered or not), in date order. */
export function csvRows(visits: readonly ReportVisit[], forms: FormCatalogue): CsvRow[] {
  return visits.flatMap((visit) => {
    const form = forms.get(visit.formKey);
    const steps =
      form?.steps ?? Object.keys(visit.answers).map((id) => ({ id, section: id, lens: undefined }));
    const by = visit.responses.map((r) => r.name);
    const awaited = visit.responderNames.filter((name) => !by.includes(name));
    const responseStatus = visit.complete
      ? `Responded${by.length ? ` (${by.join(', ')})` : ''}`
      : `Feedback awaited${awaited.length ? ` from ${awaited.join(', ')}` : ''}`;
    return steps.map((step) => ({
      service: visit.serviceName,
      visitDate: visit.date,
      councillors: visit.councillorNames.join('; '),
      area: step.section,
      lens: step.lens ?? '',
      text: visit.answers[step.id] ?? '',
      responseStatus,
    }));
  });
}
