import { Template } from 'adaptivecards-templating';
import reviewTemplate from '../../adaptive-cards/visit-review.json';
import sensitiveTemplate from '../../adaptive-cards/visit-sensitive.json';
import { formatMoment } from '../kernel/london';
import type { Form } from '../visits/forms';
import type { StepFindings } from '../visits/outcome';
import type { VisitRecord } from '../visits/types';
import { escapeMarkdown } from './escape';
import { VERB } from './verbs';
import { button, joinWords, progressOf, visitLine } from './visit-view';

const templates = { review: new Template(reviewTemplate), sensitive: new Template(sensitiveTemplate) };
const expand = (template: Template, data: object): object => template.expand({ $root: data }) as object;

/** The longest stretch of one answer shown on the review card, which must stay under Teams' ~40 KB. */
export const REVIEW_EXCERPT_CHARS = 500;

/** Every answer by area and lens, each with Edit (Amend once submitted), and Submit. */
export function renderReview(record: VisitRecord, form: Form, notice?: string): object {
  const { visit } = record;
  const submitted = visit.status === 'submitted';
  const { answered, total } = progressOf(record, form);
  const sections: { title: string; items: object[] }[] = [];
  for (const step of form.steps) {
    const text = record.answers.get(step.id)?.text ?? '';
    let section = sections.find((s) => s.title === escapeMarkdown(step.section));
    if (!section) sections.push((section = { title: escapeMarkdown(step.section), items: [] }));
    section.items.push({
      label: step.lens ? escapeMarkdown(step.lens) : '',
      text: text ? excerpt(text) : '_Not answered_',
      unanswered: !text,
      editTitle: submitted ? 'Amend' : 'Edit',
      editData: { visitId: visit.id, stepId: step.id, from: 'review' },
    });
  }
  return expand(templates.review, {
    visitLine: visitLine(record),
    heading: escapeMarkdown(`Review: ${form.title}`),
    notice: notice ? escapeMarkdown(notice) : '',
    noticeStyle: notice ? 'good' : 'default',
    status: submitted
      ? escapeMarkdown(
          `Submitted by ${visit.submittedByName ?? 'a councillor'} on ${formatMoment(visit.submittedAt ?? '')}. ` +
            'A change now needs a reason, and is recorded.',
        )
      : `Draft: ${answered} of ${total} answered. Only add commentary where you gathered information; submit when ready.`,
    sections,
    buttons: submitted
      ? []
      : [
          button('Submit', VERB.visitSubmit, { visitId: visit.id, confirmed: false }, 'positive'),
          button('Continue answering', VERB.visitOpen, { visitId: visit.id }),
        ],
  });
}

/** The personal-details check: what was found in which answer, each with Edit; Submit anyway or back. */
export function renderSensitive(record: VisitRecord, form: Form, findings: readonly StepFindings[]): object {
  return templates.sensitive.expand({
    $root: {
      visitLine: visitLine(record),
      findings: findings.map((f) => {
        const step = form.steps[f.stepIndex]!;
        return {
          label: escapeMarkdown(step.title),
          kinds: joinWords(f.kinds),
          editData: { visitId: record.visit.id, stepId: step.id, from: 'check' },
        };
      }),
      buttons: [
        button(
          'Submit anyway',
          VERB.visitSubmit,
          { visitId: record.visit.id, confirmed: true },
          'destructive',
        ),
        button('Back to review', VERB.visitReview, { visitId: record.visit.id }),
      ],
    },
  }) as object;
}

function excerpt(text: string): string {
  if (text.length <= REVIEW_EXCERPT_CHARS) return escapeMarkdown(text);
  const more = text.length - REVIEW_EXCERPT_CHARS;
  return `${escapeMarkdown(text.slice(0, REVIEW_EXCERPT_CHARS))}… _(${more.toLocaleString('en-GB')} more characters: Edit to see all)_`;
}
