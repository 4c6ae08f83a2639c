import { formatDay } from '../kernel/london';
import type { Form } from '../visits/forms';
import type { VisitRecord } from '../visits/types';
import { escapeMarkdown } from './escape';
import type { Button } from './notice-card';
import type { Verb } from './verbs';

// Small pieces the walkthrough's cards share.

/** "ChECS · Tue 10 Nov 2026 · Cllr Alex Morgan, Cllr Priya Shah", escaped. */
export function visitLine(record: VisitRecord): string {
  const { visit } = record;
  return escapeMarkdown(
    `${visit.serviceName} · ${formatDay(visit.date)} · ${visit.councillorNames.join(', ')}`,
  );
}

/** How many of the form's questions are answered. */
export function progressOf(record: VisitRecord, form: Form): { answered: number; total: number } {
  const answered = form.steps.filter((s) => record.answers.get(s.id)?.text).length;
  return { answered, total: form.steps.length };
}

/** "a, b and c". */
export function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** A button that sends none of the card's inputs. */
export function button(title: string, verb: Verb, data: object, style: Button['style'] = 'default'): Button {
  return { title, verb, style, data, associatedInputs: 'none' };
}

/** A button that sends the card's inputs (the answer, the reason). */
export const withInputs = (b: Button): Button => ({ ...b, associatedInputs: 'auto' });
