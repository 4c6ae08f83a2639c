import { Template } from 'adaptivecards-templating';
import conflictTemplate from '../../adaptive-cards/visit-conflict.json';
import reviewTemplate from '../../adaptive-cards/visit-review.json';
import sensitiveTemplate from '../../adaptive-cards/visit-sensitive.json';
import startTemplate from '../../adaptive-cards/visit-start.json';
import stepTemplate from '../../adaptive-cards/visit-step.json';
import { MAX_ANSWER_CHARS } from '../visits/answer-text';
import type { Form } from '../visits/forms';
import type { Answer, VisitRecord } from '../visits/types';
import { fingerprint, type Move, type Outcome, type ReturnTo } from '../visits/walkthrough';
import { formatDay, formatMoment } from '../kernel/london';
import { escapeMarkdown } from './escape';
import { renderNotice, type Button } from './notice-card';
import { handBack } from './hand-back';
import { VERB } from './verbs';

const templates = {
  step: new Template(stepTemplate),
  conflict: new Template(conflictTemplate),
  review: new Template(reviewTemplate),
  sensitive: new Template(sensitiveTemplate),
  start: new Template(startTemplate),
};
const expand = (template: Template, data: object): object => template.expand({ $root: data }) as object;

/** The longest stretch of one answer shown on the review card, which must stay under Teams' ~40 KB. */
export const REVIEW_EXCERPT_CHARS = 500;

/** "ChECS · Tue 10 Nov 2026 · Cllr Alex Morgan, Cllr Priya Shah", escaped. */
export function visitLine(record: VisitRecord): string {
  const { visit } = record;
  return escapeMarkdown(
    `${visit.serviceName} · ${formatDay(visit.date)} · ${visit.councillorNames.join(', ')}`,
  );
}

/** What an earlier walkthrough card becomes once a newer one is posted below it: no buttons, nothing to edit. */
export function renderSuperseded(label: string): object {
  return renderNotice('Answered — see the latest card below', [
    ...(label ? [label] : []),
    'Your answers are saved. Carry on with the newest card in this chat, or type **resume**.',
  ]);
}

/** The card for a walkthrough outcome: a step, an amendment, both versions, the review, a check, a pause. */
export function renderOutcome(outcome: Outcome): object {
  switch (outcome.kind) {
    case 'step':
    case 'amend':
      return renderStep(outcome.record, outcome.form, outcome.stepIndex, {
        amending: outcome.kind === 'amend',
        ...(outcome.notice !== undefined ? { notice: outcome.notice } : {}),
        ...(outcome.draft !== undefined ? { draft: outcome.draft } : {}),
        ...(outcome.kind === 'step' && outcome.returnTo ? { returnTo: outcome.returnTo } : {}),
      });
    case 'conflict':
      return renderConflict(outcome.record, outcome.form, outcome.stepIndex, outcome.mine, outcome.saved);
    case 'review':
      return renderReview(outcome.record, outcome.form, outcome.notice);
    case 'sensitive':
      return expand(templates.sensitive, {
        visitLine: visitLine(outcome.record),
        findings: outcome.findings.map((f) => {
          const step = outcome.form.steps[f.stepIndex]!;
          return {
            label: escapeMarkdown(step.title),
            kinds: joinWords(f.kinds),
            editData: { visitId: outcome.record.visit.id, stepId: step.id, from: 'check' },
          };
        }),
        buttons: [
          button(
            'Submit anyway',
            VERB.visitSubmit,
            { visitId: outcome.record.visit.id, confirmed: true },
            'destructive',
          ),
          button('Back to review', VERB.visitReview, { visitId: outcome.record.visit.id }),
        ],
      });
    case 'paused': {
      const { answered, total } = progressOf(outcome.record, outcome.form);
      return renderNotice(
        'Paused: your answers are saved',
        [
          `${visitLine(outcome.record)}`,
          `${answered} of ${total} questions answered. Type **resume** to carry on later, or press Continue.`,
        ],
        [
          button(
            'Continue',
            VERB.visitOpen,
            { visitId: outcome.record.visit.id, stepId: outcome.form.steps[outcome.stepIndex]!.id },
            'positive',
          ),
        ],
      );
    }
    case 'refused':
      return renderNotice('Sorry', [outcome.message]);
  }
}

interface StepOptions {
  amending: boolean;
  notice?: string;
  draft?: string;
  returnTo?: ReturnTo;
}

/** How much of a refused answer a step card hands back (UTF-8 bytes): it must stay under Teams' ~40 KB. */
export const HANDBACK_BYTES = 30_000;

const answerLabel = `Your notes (up to ${MAX_ANSWER_CHARS.toLocaleString('en-GB')} characters)`;

export function renderStep(record: VisitRecord, form: Form, index: number, options: StepOptions): object {
  const step = form.steps[index]!;
  const saved = record.answers.get(step.id);
  const handed = handBack(options.draft ?? saved?.text ?? '', HANDBACK_BYTES);
  const value = handed.value;
  const notice = [options.notice, handed.cut].filter(Boolean).join(' ');
  const data = (move: Move) => ({
    visitId: record.visit.id,
    stepId: step.id,
    revision: saved?.revision ?? 0,
    shown: value === (saved?.text ?? '') ? fingerprint(value) : 'draft',
    form: form.key,
    label: visitLine(record),
    move,
  });
  const buttons = options.amending
    ? [
        withInputs(button('Save amendment', VERB.visitAmend, data('review'), 'positive')),
        button('Cancel', VERB.visitReview, { visitId: record.visit.id }),
      ]
    : options.returnTo === 'review'
      ? [
          withInputs(button('Save & back to review', VERB.visitSaveStep, data('review'), 'positive')),
          button('Cancel', VERB.visitReview, { visitId: record.visit.id }),
        ]
      : options.returnTo === 'check'
        ? [
            withInputs(button('Save & check again', VERB.visitSaveStep, data('check'), 'positive')),
            button('Cancel', VERB.visitCheck, { visitId: record.visit.id }),
          ]
        : [
            withInputs(
              button(
                index === form.steps.length - 1 ? 'Save & review' : 'Save & next',
                VERB.visitSaveStep,
                data('next'),
                'positive',
              ),
            ),
            ...(index > 0 ? [withInputs(button('Back', VERB.visitSaveStep, data('back')))] : []),
            button('Skip', VERB.visitSaveStep, data('skip')),
            withInputs(button('Pause', VERB.visitSaveStep, data('pause'))),
          ];
  return expand(templates.step, {
    visitLine: visitLine(record),
    progress: escapeMarkdown(`Step ${index + 1} of ${form.steps.length} — ${step.title}`),
    notice: notice ? escapeMarkdown(notice) : '',
    noticeStyle: notice ? 'warning' : 'default',
    guidance: step.guidance.map((line) => `- ${escapeMarkdown(line)}`).join('\n'),
    answerLabel,
    value,
    amending: options.amending,
    footnote: savedNote(saved, options.amending),
    buttons,
  });
}

/** A step card drawn without storage (it did not answer): the person's text is kept, the save can be retried. */
export function renderUnsavedStep(
  form: Form,
  action: { stepId: string; revision: number; label: string; visitId: string; move: Move },
  text: string,
): object {
  const index = Math.max(
    0,
    form.steps.findIndex((s) => s.id === action.stepId),
  );
  const step = form.steps[index]!;
  const data = (move: Move) => ({ ...action, shown: 'draft', form: form.key, move });
  const handed = handBack(text, HANDBACK_BYTES);
  return expand(templates.step, {
    visitLine: action.label,
    progress: escapeMarkdown(`Step ${index + 1} of ${form.steps.length} — ${step.title}`),
    notice: escapeMarkdown(
      [
        'Not saved: our storage is not answering just now. Your text is still in the box below; press Save again in a minute.',
        handed.cut,
      ]
        .filter(Boolean)
        .join(' '),
    ),
    noticeStyle: 'attention',
    guidance: step.guidance.map((line) => `- ${escapeMarkdown(line)}`).join('\n'),
    answerLabel,
    value: handed.value,
    amending: false,
    footnote: 'Nothing was lost: your earlier answers are kept.',
    buttons: [withInputs(button('Save again', VERB.visitSaveStep, data(action.move), 'positive'))],
  });
}

function renderConflict(record: VisitRecord, form: Form, index: number, mine: string, saved: Answer): object {
  const step = form.steps[index]!;
  const data = (move: Move) => ({
    visitId: record.visit.id,
    stepId: step.id,
    revision: saved.revision,
    shown: 'draft',
    form: form.key,
    label: visitLine(record),
    move,
  });
  return expand(templates.conflict, {
    visitLine: visitLine(record),
    stepTitle: escapeMarkdown(step.title),
    savedBy: escapeMarkdown(`${saved.updatedByName} (${formatMoment(saved.updatedAt)})`),
    savedText: saved.text ? escapeMarkdown(saved.text) : '_(empty)_',
    mine,
    buttons: [
      withInputs(button('Save my version', VERB.visitSaveStep, data('next'), 'positive')),
      button('Keep the saved version', VERB.visitSaveStep, data('skip')),
    ],
  });
}

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
  return expand(templates.start, {
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
  });
}

function progressOf(record: VisitRecord, form: Form): { answered: number; total: number } {
  const answered = form.steps.filter((s) => record.answers.get(s.id)?.text).length;
  return { answered, total: form.steps.length };
}

function savedNote(saved: Answer | undefined, amending: boolean): string {
  const when = saved
    ? `Last saved by ${escapeMarkdown(saved.updatedByName)}, ${formatMoment(saved.updatedAt)}.`
    : 'Not answered yet.';
  return amending
    ? `${when} The form is submitted: your change and its reason are recorded.`
    : `${when} Each answer is saved when you move on.`;
}

function excerpt(text: string): string {
  if (text.length <= REVIEW_EXCERPT_CHARS) return escapeMarkdown(text);
  const more = text.length - REVIEW_EXCERPT_CHARS;
  return `${escapeMarkdown(text.slice(0, REVIEW_EXCERPT_CHARS))}… _(${more.toLocaleString('en-GB')} more characters: Edit to see all)_`;
}

function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function button(title: string, verb: string, data: object, style: Button['style'] = 'default'): Button {
  return { title, verb, style, data, associatedInputs: 'none' };
}

/** A button that sends the card's inputs (the answer, the reason). */
const withInputs = (b: Button): Button => ({ ...b, associatedInputs: 'auto' });
