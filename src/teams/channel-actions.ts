import { renderOutboxCard } from '../cards/outbox-card';
import { RESPONSE_VERBS } from '../cards/response-cards';
import { renderNotice } from '../cards/visit-cards';
import { parseVisitId } from '../cards/visit-actions';
import type { Turn } from './turn';

/** Card verbs used in channels: responding to a visit, and retrying a failed delivery. */
type ChannelHandler = (turn: Turn, data: Record<string, unknown>) => Promise<object>;

const badData = renderNotice('That button did not work', [
  "I could not read this card's details, so nothing was changed.",
]);

export const OUTBOX_RETRY = 'outbox.retry';

export const CHANNEL_ROUTES: Readonly<Record<string, ChannelHandler>> = {
  [RESPONSE_VERBS.open]: async (turn, data) => {
    const visitId = parseVisitId(data);
    return visitId.ok ? turn.responses.open(turn.user, visitId.value) : badData;
  },
  [RESPONSE_VERBS.submit]: async (turn, data) => {
    const visitId = parseVisitId(data);
    const text = typeof data.response === 'string' ? data.response : '';
    return visitId.ok ? turn.responses.respond(turn.user, visitId.value, text) : badData;
  },
  [OUTBOX_RETRY]: async (turn, data) => {
    if (turn.user?.role !== 'partnerships') {
      return renderNotice('Only the partnerships team can retry deliveries', ['Nothing was changed.']);
    }
    const { store, partition, id } = data;
    if (typeof store !== 'string' || typeof partition !== 'string' || typeof id !== 'string') return badData;
    const retried = await turn.dispatcher.retry(store, partition, id);
    turn.queued();
    return renderOutboxCard(
      await turn.dispatcher.open(),
      retried ? 'Queued again: it will be sent shortly.' : 'That message is no longer waiting to be retried.',
    );
  },
};
