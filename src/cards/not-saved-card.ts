import { Template } from 'adaptivecards-templating';
import notSavedTemplate from '../../adaptive-cards/not-saved.json';
import { handBack } from './hand-back';
import type { Verb } from './verbs';

const template = new Template(notSavedTemplate);

/** What the person typed, to give back in its box. */
export interface TypedField {
  readonly id: string;
  readonly label: string;
  readonly value: string;
}

/** Room for what is handed back, shared by the boxes, inside Teams' message limit. */
const HANDBACK_BYTES = 30_000;

/**
 * The card for a click that storage did not answer: nothing was saved, what the person typed is back in its
 * boxes (whole when it fits a Teams message), and one button sends it again. `label` names what it was for.
 */
export function renderNotSaved(input: {
  readonly label: string;
  readonly fields: readonly TypedField[];
  readonly button: string;
  readonly verb: Verb;
  readonly data: object;
}): object {
  const room = Math.floor(HANDBACK_BYTES / Math.max(1, input.fields.length));
  const fields = input.fields.map((f) => ({ ...f, handed: handBack(f.value, room) }));
  const cut = fields.find((f) => f.handed.cut)?.handed.cut;
  return template.expand({
    $root: {
      explanation: `Nothing was lost: what you typed is below. Press ${input.button} in a minute.${cut ? ` ${cut}` : ''}`,
      label: input.label,
      fields: fields.map((f) => ({ id: f.id, label: f.label, value: f.handed.value })),
      button: input.button,
      verb: input.verb,
      data: input.data,
    },
  }) as object;
}
