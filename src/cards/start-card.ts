import { Template } from 'adaptivecards-templating';
import startTemplate from '../../adaptive-cards/visit-start.json';
import { formatDay, formatMoment } from '../kernel/london';
import type { Form } from '../visits/forms';
import type { VisitRecord } from '../visits/types';
import { escapeMarkdown } from './escape';
import { VERB } from './verbs';
import { progressOf } from './visit-view';

const template = new Template(startTemplate);

export interface StartCardData {
  readonly visits: readonly { record: VisitRecord; form: Form | undefined }[];
  /** Visits booked on the rota for this councillor that have no form yet. */
  readonly booked?: readonly { id: string; serviceName: string; day: string; time: string }[];
  readonly services: readonly { id: string; name: string }[];
  readonly councillors: readonly { id: string; name: string }[];
  readonly today: string;
}

/** The `start` card: the councillor's current visits, and a form to record another. */
export function renderStart(data: StartCardData): object {
  return template.expand({
    $root: {
      visits: [
        ...(data.booked ?? []).map((b) => ({
          title: escapeMarkdown(`${b.serviceName} — ${formatDay(b.day)} ${b.time}`),
          detail: 'Booked on the rota: no form started yet.',
          action: 'Start the form',
          verb: VERB.visitCreate,
          data: { bookingId: b.id },
        })),
        ...data.visits.map(({ record, form }) => {
          const { visit } = record;
          const submitted = visit.status === 'submitted';
          const progress = form ? progressOf(record, form) : undefined;
          return {
            title: escapeMarkdown(`${visit.serviceName} — ${formatDay(visit.date)}`),
            detail: escapeMarkdown(
              submitted
                ? `Submitted by ${visit.submittedByName ?? 'a councillor'} on ${formatMoment(visit.submittedAt ?? '')}`
                : `Draft: ${progress?.answered ?? 0} of ${progress?.total ?? '?'} answered · ${visit.councillorNames.join(', ')}`,
            ),
            action: submitted ? 'Review' : 'Continue',
            verb: submitted ? VERB.visitReview : VERB.visitOpen,
            data: { visitId: visit.id },
          };
        }),
      ],
      services: data.services.map((s) => ({ id: s.id, name: s.name })),
      councillors: data.councillors,
      today: data.today,
    },
  }) as object;
}
