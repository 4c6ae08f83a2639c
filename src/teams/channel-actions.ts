import { renderChange, renderRota, renderSchedule } from '../cards/rota-cards';
import { addWorkingDays, londonDay } from '../kernel/london';
import { renderRequestResult, RESPONSE_VERBS } from '../cards/response-cards';
import { renderNotice } from '../cards/notice-card';
import { parseVisitId } from '../cards/visit-actions';
import { badData, onlyPartnerships, text } from './channel-guards';
import { NUDGE_ROUTES } from './nudge-actions';
import { PLAN_ROUTES } from './plan-actions';
import { outboxCard } from './outbox-card';
import type { Turn } from './turn';

/** Card verbs used in channels: responding to a visit, keeping the rota, retrying a failed delivery. */
type ChannelHandler = (turn: Turn, data: Record<string, unknown>) => Promise<object>;

export const OUTBOX_RETRY = 'outbox.retry';

/** The `schedule` card, with the directory's services and councillors. */
export async function scheduleCard(turn: Turn, notice?: string, serviceId?: string): Promise<object> {
  const [services, councillors] = await Promise.all([
    turn.directory.services(),
    turn.directory.councillors(),
  ]);
  return renderSchedule({
    services: services.map((s) => ({ id: s.id, name: s.name })),
    councillors: councillors.map((c) => ({ id: c.aadObjectId, name: c.name })),
    day: addWorkingDays(londonDay(turn.clock.now()), 5),
    ...(notice ? { notice } : {}),
    ...(serviceId ? { serviceId } : {}),
  });
}

async function changeBooking(turn: Turn, data: Record<string, unknown>, move: boolean): Promise<object> {
  const refusal = onlyPartnerships(turn);
  if (refusal) return refusal;
  const id = text(data, 'bookingId');
  const result = await turn.rota.change(
    turn.user!,
    id,
    text(data, 'reason'),
    move ? text(data, 'day') : undefined,
  );
  if (!result.ok) {
    const booking = await turn.rota.booking(id);
    const service = booking && (await turn.directory.service(booking.serviceId));
    return booking ? renderChange(booking, service?.name ?? booking.serviceId, result.problem) : badData;
  }
  turn.rotaChanged();
  return renderRota(
    await turn.rota.overview(),
    move ? 'Moved; the councillors will be told.' : 'Cancelled; the councillors will be told.',
  );
}

export const CHANNEL_ROUTES: Readonly<Record<string, ChannelHandler>> = {
  ...NUDGE_ROUTES,
  ...PLAN_ROUTES,
  [RESPONSE_VERBS.open]: async (turn, data) => {
    const visitId = parseVisitId(data);
    return visitId.ok ? renderRequestResult(await turn.responses.open(turn.user, visitId.value)) : badData;
  },
  [RESPONSE_VERBS.submit]: async (turn, data) => {
    const visitId = parseVisitId(data);
    const text = typeof data.response === 'string' ? data.response : '';
    return visitId.ok
      ? renderRequestResult(await turn.responses.respond(turn.user, visitId.value, text))
      : badData;
  },
  'rota.open-schedule': async (turn, data) =>
    onlyPartnerships(turn) ?? scheduleCard(turn, undefined, text(data, 'serviceId') || undefined),
  'rota.book': async (turn, data) => {
    const refusal = onlyPartnerships(turn);
    if (refusal) return refusal;
    const result = await turn.rota.book(turn.user!, {
      serviceId: text(data, 'serviceId'),
      day: text(data, 'day'),
      time: text(data, 'time'),
      councillorIds: text(data, 'councillorIds').split(',').filter(Boolean),
      ...(text(data, 'meetingLink') ? { meetingLink: text(data, 'meetingLink') } : {}),
    });
    if (!result.ok) return scheduleCard(turn, result.problem, text(data, 'serviceId'));
    turn.rotaChanged();
    return renderRota(await turn.rota.overview(), 'Booked; the councillors will be sent a confirmation.');
  },
  'rota.open-change': async (turn, data) => {
    const refusal = onlyPartnerships(turn);
    if (refusal) return refusal;
    const booking = await turn.rota.booking(text(data, 'bookingId'));
    const service = booking && (await turn.directory.service(booking.serviceId));
    return booking ? renderChange(booking, service?.name ?? booking.serviceId) : badData;
  },
  'rota.move': (turn, data) => changeBooking(turn, data, true),
  'rota.cancel': (turn, data) => changeBooking(turn, data, false),
  [OUTBOX_RETRY]: async (turn, data) => {
    if (turn.user?.role !== 'partnerships') {
      return renderNotice('Only the partnerships team can retry deliveries', ['Nothing was changed.']);
    }
    const { store, partition, id } = data;
    if (typeof store !== 'string' || typeof partition !== 'string' || typeof id !== 'string') return badData;
    const retried = await turn.dispatcher.retry(store, partition, id);
    turn.queued();
    return outboxCard(
      turn,
      retried ? 'Queued again: it will be sent shortly.' : 'That message is no longer waiting to be retried.',
    );
  },
};
