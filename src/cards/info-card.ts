import { Template } from 'adaptivecards-templating';
import template from '../../adaptive-cards/info.json';

/** Commands that work in one place ("here", "in a team channel"), under a heading that says where. */
export interface CommandSection {
  readonly heading: string;
  readonly commands: readonly { name: string; description: string }[];
}

/** A heading, some paragraphs and the commands by where they work: the welcome and help cards. */
export interface InfoCardData {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly sections: readonly CommandSection[];
  readonly footnote: string;
}

const compiled = new Template(template);

/** Expands the info template; pure. Text must already be escaped where it came from a person. */
export function renderInfoCard(data: InfoCardData): object {
  return compiled.expand({ $root: data }) as object;
}
