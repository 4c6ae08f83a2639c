import { Template } from 'adaptivecards-templating';
import conflictTemplate from '../../adaptive-cards/visit-conflict.json';
import stepTemplate from '../../adaptive-cards/visit-step.json';
import { formatMoment } from '../kernel/london';
import { MAX_ANSWER_CHARS } from '../visits/answer-text';
import type { Form } from '../visits/forms';
import { fingerprint, type Move, type ReturnTo } from '../visits/outcome';
import type { Answer, VisitRecord } from '../visits/types';
import { escapeMarkdown } from './escape';
import { handBack } from './hand-back';
import { VERB } from './verbs';
import { button, visitLine, withInputs } from './visit-view';

const templates = { step: new Template(stepTemplate), conflict: new Template(conflictTemplate) };
const expand = (template: Template, data: object): object => template.expand({ $root: data }) as object;

export interface StepOptions {
  amending: boolean;
  notice?: string;
  draft?: string;
  returnTo?: ReturnTo;
}

/** How much of a refused answer a step card hands back (UTF-8 bytes): it must stay under Teams' ~40 KB. */
export const HANDBACK_BYTES = 30_000;

const answerLabel = `Your notes (up to ${MAX_ANSWER_CHARS.toLocaleString('en-GB')} characters)`;

/** A question's card: its prompts, the box, and the moves (or Save amendment, after submission). */
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

/** Both versions of an answer, when someone else saved it since this card was drawn: the councillor chooses. */
export function renderConflict(
  record: VisitRecord,
  form: Form,
  index: number,
  mine: string,
  saved: Answer,
): object {
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

function savedNote(saved: Answer | undefined, amending: boolean): string {
  const when = saved
    ? `Last saved by ${escapeMarkdown(saved.updatedByName)}, ${formatMoment(saved.updatedAt)}.`
    : 'Not answered yet.';
  return amending
    ? `${when} The form is submitted: your change and its reason are recorded.`
    : `${when} Each answer is saved when you move on.`;
}
