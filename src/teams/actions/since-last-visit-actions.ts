import { ACTION_ID } from '../../actions/types';
import { impactInputId, noteInputId } from '../../cards/since-last-visit-card';
import { VERB } from '../../cards/verbs';
import { renderOutcome } from '../../cards/visit-cards';
import {
  MADE_DIFFERENCE,
  type ImpactsInput,
  type MadeDifference,
  type ShownAction,
} from '../../visits/since-last-visit';
import { RECORDS_VISITS, type Walkthrough } from '../../visits/walkthrough';
import { bad, forRoles, ok, type CardAction, type CardData, type Parsed } from './card-action';
import { parseVisitId } from './visit-data';

const COUNCILLORS = { ...RECORDS_VISITS, hint: 'Type **resume** for a fresh card of this visit.' };

/** More actions than any service gathers between two visits; beyond it the card is not ours. */
const MAX_SHOWN = 200;
/** Longer than any note the card's box allows; the use case says how long a note may be. */
const MAX_NOTE_SENT = 10_000;

/** The buttons of "Since the last visit": councillors on the new visit (the use case checks they are named on it). */
export function sinceLastVisitActions({ walkthrough }: { walkthrough: Walkthrough }): CardAction[] {
  return [
    forRoles({
      ...COUNCILLORS,
      verb: VERB.visitRecordImpacts,
      parse: parseImpacts,
      run: async (input, councillor) => renderOutcome(await walkthrough.recordImpacts(councillor, input)),
    }),
    forRoles({
      ...COUNCILLORS,
      verb: VERB.visitSkipToQuestions,
      parse: parseVisitId,
      run: async (visitId, councillor) =>
        renderOutcome(await walkthrough.skipToQuestions(councillor, visitId)),
    }),
  ];
}

/** The visit, the actions as shown, and per action the choice and note merged into the data by Teams. */
export function parseImpacts(data: CardData): Parsed<ImpactsInput> {
  const visitId = parseVisitId(data);
  if (!visitId.ok) return visitId;
  const shown = parseShown(data.shown);
  if (!shown) return bad('shown');
  const impacts = [];
  for (const [index, action] of shown.entries()) {
    const choice = data[impactInputId(index)] ?? '';
    const note = data[noteInputId(index)] ?? '';
    if (choice !== '' && !MADE_DIFFERENCE.includes(choice as MadeDifference)) return bad('choice');
    if (typeof note !== 'string' || note.length > MAX_NOTE_SENT) return bad('note');
    impacts.push({ actionId: action.id, madeDifference: choice as MadeDifference | '', note });
  }
  return ok({ visitId: visitId.value, shown, impacts });
}

function parseShown(value: unknown): ShownAction[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_SHOWN) return undefined;
  const shown: ShownAction[] = [];
  for (const item of value as unknown[]) {
    const { id, etag } = (item ?? {}) as { id?: unknown; etag?: unknown };
    if (typeof id !== 'string' || !ACTION_ID.test(id) || typeof etag !== 'string' || etag.length > 200) {
      return undefined;
    }
    shown.push({ id, etag });
  }
  return shown;
}
