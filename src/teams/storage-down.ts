import { renderNotice } from '../cards/notice-card';
import { renderNotSaved } from '../cards/not-saved-card';
import { renderImpactsNotSaved } from '../cards/since-last-visit-card';
import { renderUnsavedStep } from '../cards/step-card';
import { VERB } from '../cards/verbs';
import type { Logger } from '../kernel/log';
import type { FormCatalogue } from '../visits/forms';
import { parseTriage } from './actions/response-actions';
import { parseImpacts } from './actions/since-last-visit-actions';
import { parseStepAction, parseVisitId } from './actions/visit-data';

/**
 * The card for a click when storage is not answering: nothing was saved, and the person is told so. A step, an
 * amendment or a response comes back with their text still in its boxes and a button to send it again; nothing
 * is read or disclosed, only what they sent is echoed to them.
 */
export function cardWhileStorageDown(value: unknown, forms: FormCatalogue, log: Logger): object {
  const action = (value as { action?: { verb?: unknown; data?: unknown } } | undefined)?.action;
  const data = action?.data;
  if (typeof data !== 'object' || data === null) return nothingChanged;
  const fields = data as Record<string, unknown>;
  if (action?.verb === VERB.visitSaveStep || action?.verb === VERB.visitAmend) {
    const parsed = parseStepAction(fields);
    const form = parsed.ok ? forms.get(parsed.value.form) : undefined;
    if (parsed.ok && form) {
      const { answer, reason, ...step } = parsed.value;
      log.warn('Step not saved: storage unavailable', { visitId: step.visitId, stepId: step.stepId });
      if (action.verb === VERB.visitSaveStep) return renderUnsavedStep(form, parsed.value, answer);
      return renderNotSaved({
        label: step.label,
        fields: [
          { id: 'answer', label: 'Your amended notes', value: answer },
          { id: 'reason', label: 'Reason for the change', value: reason },
        ],
        button: 'Save amendment again',
        verb: VERB.visitAmend,
        data: step,
      });
    }
  }
  if (action?.verb === VERB.visitRecordImpacts) {
    const parsed = parseImpacts(fields);
    if (parsed.ok) {
      log.warn('Impacts not saved: storage unavailable', { visitId: parsed.value.visitId });
      return renderImpactsNotSaved(
        parsed.value,
        typeof fields.label === 'string' ? fields.label.slice(0, 300) : '',
      );
    }
  }
  if (action?.verb === VERB.responseSubmit) {
    const visitId = parseVisitId(fields);
    const triage = parseTriage(fields);
    if (visitId.ok && triage.ok) {
      log.warn('Response not saved: storage unavailable', { visitId: visitId.value });
      const noted = triage.value.map((t, n) => ({ ...t, n })).filter((t) => t.note !== '');
      return renderNotSaved({
        label: '',
        fields: [
          { id: 'response', label: 'Your response', value: String(fields.response ?? '') },
          ...noted.map((t) => ({
            id: `a${t.n}Note`,
            label: `Action ${t.n + 1} (${t.choice}): note or reason`,
            value: t.note,
          })),
        ],
        button: 'Send response again',
        verb: VERB.responseSubmit,
        data: {
          visitId: visitId.value,
          ...(typeof fields.revision === 'number' ? { revision: fields.revision } : {}),
          ...(triage.value.length > 0
            ? { actions: triage.value.map((t) => ({ id: t.actionId, etag: t.etag })) }
            : {}),
          ...Object.fromEntries(
            triage.value.flatMap((t, n) =>
              t.choice === 'leave'
                ? []
                : [
                    [`a${n}Choice`, t.choice],
                    [`a${n}Owner`, t.ownerId],
                    [`a${n}Team`, t.team],
                    [`a${n}Month`, t.month],
                  ],
            ),
          ),
        },
      });
    }
  }
  return nothingChanged;
}

const nothingChanged = renderNotice('Not done: storage is not answering', [
  'Nothing was changed. Please try again in a minute; your saved answers are safe.',
]);
