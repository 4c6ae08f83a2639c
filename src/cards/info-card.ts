import { Template } from 'adaptivecards-templating';
import template from '../../adaptive-cards/info.json';

/** A heading, some paragraphs and a list of commands: the welcome and help cards. */
export interface InfoCardData {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly commandsHeading: string;
  readonly commands: readonly { name: string; description: string }[];
  readonly footnote: string;
}

const compiled = new Template(template);

/** Expands the info template; pure. Text must already be escaped where it came from a person. */
export function renderInfoCard(data: InfoCardData): object {
  return compiled.expand({ $root: data }) as object;
}
