import { renderNotice } from '../cards/notice-card';
import { renderUnsavedStep } from '../cards/step-card';
import { VERB } from '../cards/verbs';
import type { Logger } from '../kernel/log';
import type { FormCatalogue } from '../visits/forms';
import { parseStepAction } from './actions/visit-data';

/**
 * The card for a click when storage is not answering: nothing was saved, and the person is told so. A step
 * card comes back with their text still in the box and a Save again button; nothing is read or disclosed, only
 * what they sent is echoed to them.
 */
export function cardWhileStorageDown(value: unknown, forms: FormCatalogue, log: Logger): object {
  const action = (value as { action?: { verb?: unknown; data?: unknown } } | undefined)?.action;
  const data = action?.data;
  if (action?.verb === VERB.visitSaveStep && typeof data === 'object' && data !== null) {
    const parsed = parseStepAction(data as Record<string, unknown>);
    const form = parsed.ok ? forms.get(parsed.value.form) : undefined;
    if (parsed.ok && form) {
      log.warn('Step not saved: storage unavailable', {
        visitId: parsed.value.visitId,
        stepId: parsed.value.stepId,
      });
      return renderUnsavedStep(form, parsed.value, parsed.value.answer);
    }
  }
  return renderNotice('Not done: storage is not answering', [
    'Nothing was changed. Please try again in a minute; your saved answers are safe.',
  ]);
}
