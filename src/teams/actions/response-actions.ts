import { renderRequestResult } from '../../cards/response-cards';
import { VERB } from '../../cards/verbs';
import type { Responses } from '../../responses/responses';
import { forAnyone, ok, type CardAction } from './card-action';
import { parseVisitId } from './visit-data';

/**
 * Respond (open your own view) and Send response, on the request card in a service's channel. Anyone may press
 * them: the use case lets only the request's named responders respond, and shows everyone else why.
 */
export function responseActions(responses: Responses): CardAction[] {
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
        return ok({ visitId: visitId.value, text: typeof data.response === 'string' ? data.response : '' });
      },
      run: async (input, user) =>
        renderRequestResult(await responses.respond(user, input.visitId, input.text)),
    }),
  ];
}
