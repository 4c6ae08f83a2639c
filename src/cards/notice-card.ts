import { Template } from 'adaptivecards-templating';
import noticeTemplate from '../../adaptive-cards/notice.json';
import type { Verb } from './verbs';

/** A card button: its title, the verb it runs and the data it carries. */
export interface Button {
  title: string;
  verb: Verb;
  style: 'default' | 'positive' | 'destructive';
  data: object;
  /**
   * 'auto' sends (and validates) the card's inputs with the click; 'none' does neither, so a required box
   * elsewhere on the card cannot block a button that does not use it. Default 'none'.
   */
  associatedInputs?: 'auto' | 'none';
}

const template = new Template(noticeTemplate);

/** A short card with a heading, some sentences and optional buttons: pauses, refusals, errors. */
export function renderNotice(
  heading: string,
  paragraphs: readonly string[],
  buttons: readonly Button[] = [],
): object {
  return template.expand({
    $root: {
      heading,
      paragraphs,
      buttons: buttons.map((b) => ({ ...b, associatedInputs: b.associatedInputs ?? 'none' })),
    },
  }) as object;
}
