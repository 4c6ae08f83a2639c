import type { Column } from './types';
import { COLUMNS } from './types';

/**
 * Where each form's answers go in the paper's three columns. The Signs of Safety grid maps lens to column. The
 * free-text "visit notes" form has no lenses: each point of a group's notes is sorted by its cue words (praise →
 * working well, a plan → next steps, otherwise worries) and the conclusion goes to next steps. Header questions,
 * COVID-19 and comments stay out of the table (they are in the CSV).
 */
export function columnOf(formKey: string, stepId: string, point: string): Column | undefined {
  const formId = formKey.split('@')[0];
  if (formId === 'visit-notes') {
    if (stepId === 'conclusion') return 'next-steps';
    return stepId.endsWith('.notes') ? sortByCue(point) : undefined;
  }
  const lens = stepId.split('.')[1];
  return COLUMNS.find((column) => column === lens);
}

const WORKING_WELL =
  /\b(praise|praised|positive|works? well|working well|valued|supported|proud|good|effective|strong)\b/i;
const NEXT_STEPS =
  /\b(should|needs? to|will|plan(?:s|ned)? to|recommend\w*|to be reviewed|being reviewed|would help)\b/i;

function sortByCue(point: string): Column {
  if (NEXT_STEPS.test(point)) return 'next-steps';
  if (WORKING_WELL.test(point)) return 'working-well';
  return 'worries';
}
