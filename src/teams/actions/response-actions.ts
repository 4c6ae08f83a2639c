import { renderRequestResult } from '../../cards/response-cards';
import { VERB } from '../../cards/verbs';
import type { Responses } from '../../responses/responses';
import type { TriageInput } from '../../responses/types';
import { forAnyone, ok, text, typed, type CardData, type Parsed } from './card-action';
import { parseVisitId } from './visit-data';

const CHOICES: readonly TriageInput['choice'][] = ['leave', 'agree', 'in hand', 'decline'];
/** An action id is a point id (12 hex digits); an etag is storage's, kept short. */
const ACTION_ID = /^[0-9a-f]{12}$/;

/**
 * The responder's choices for the actions their card showed: `actions` (ids and etags, in the card's order)
 * with the boxes `a<n>Choice`, `a<n>Owner`, `a<n>Team`, `a<n>Month` and `a<n>Note` of each.
 */
export function parseTriage(data: CardData): Parsed<TriageInput[]> {
  const shown = data.actions ?? [];
  if (!Array.isArray(shown) || shown.length > 50) return { ok: false, problem: 'actions' };
  const triage: TriageInput[] = [];
  for (const [n, entry] of shown.entries()) {
    const { id, etag } = (entry ?? {}) as { id?: unknown; etag?: unknown };
    if (typeof id !== 'string' || !ACTION_ID.test(id) || typeof etag !== 'string' || etag.length > 200) {
      return { ok: false, problem: 'actions' };
    }
    if (triage.some((t) => t.actionId === id)) return { ok: false, problem: 'actions' };
    const choice = text(data, `a${n}Choice`) || 'leave';
    const [team, note] = [typed(data, `a${n}Team`), typed(data, `a${n}Note`)];
    if (!CHOICES.includes(choice as TriageInput['choice']) || team === undefined || note === undefined) {
      return { ok: false, problem: 'actions' };
    }
    triage.push({
      actionId: id,
      etag,
      choice: choice as TriageInput['choice'],
      ownerId: text(data, `a${n}Owner`, 100),
      team,
      month: text(data, `a${n}Month`, 20),
      note,
    });
  }
  return ok(triage);
}

/**
 * Respond (open your own view) and Send response, on the request card in a service's channel. Anyone may press
 * them: the use case lets only the request's named responders respond, and shows everyone else why.
 */
export function responseActions(responses: Responses) {
  return [
    forAnyone({
      verb: VERB.responseOpen,
      parse: parseVisitId,
      run: async (visitId, user) => renderRequestResult(await responses.open(user, visitId)),
    }),
    forAnyone({
      verb: VERB.responseSubmit,
      parse: (data) => {
        const visitId = parseVisitId(data);
        if (!visitId.ok) return visitId;
        const triage = parseTriage(data);
        if (!triage.ok) return triage;
        return ok({
          visitId: visitId.value,
          text: typeof data.response === 'string' ? data.response : '',
          triage: triage.value,
        });
      },
      run: async (input, user) =>
        renderRequestResult(await responses.respond(user, input.visitId, input.text, input.triage)),
    }),
  ];
}
