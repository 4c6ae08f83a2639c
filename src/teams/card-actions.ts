import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { londonDay } from '../kernel/london';
import { parseStepAction, parseVisitId, VERBS } from '../cards/visit-actions';
import {
  renderOutcome,
  renderStart,
  renderSuperseded,
  renderUnsavedStep,
  visitLine,
} from '../cards/visit-cards';
import { renderNotice } from '../cards/notice-card';
import type { Person } from '../directory/types';
import type { Logger } from '../kernel/log';
import type { FormCatalogue } from '../visits/forms';
import type { Outcome } from '../visits/walkthrough';
import { CHANNEL_ROUTES } from './channel-actions';
import type { Turn } from './turn';

/** One small handler per card verb; each gets the action's data (with the card's inputs merged in). */
type CardHandler = (turn: Turn, councillor: Person, data: Record<string, unknown>) => Promise<object>;

const card = (value: object): AdaptiveCardInvokeResponse => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.card.adaptive',
  value: value as Record<string, unknown>,
});

/** Shown for a button whose data we cannot read: an old or tampered card, or a bug. Nothing is changed. */
export const unreadable = (problem: string): object =>
  renderNotice('That button did not work', [
    `I could not read this card's details (${problem}), so nothing was changed.`,
    'Type **start** for a fresh card of your visits.',
  ]);

const outcome = async (result: Promise<Outcome>): Promise<object> => renderOutcome(await result);

const ROUTES: Readonly<Record<string, CardHandler>> = {
  [VERBS.create]: async (turn, councillor, data) => {
    if (typeof data.bookingId === 'string') return startBooked(turn, councillor, data.bookingId);
    const service =
      typeof data.serviceId === 'string' ? await turn.directory.service(data.serviceId) : undefined;
    if (!service)
      return renderNotice('Choose a service', ['Pick the service you visited, then press Start.']);
    const date =
      typeof data.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data.date) ? data.date : undefined;
    const days = date
      ? Math.abs(Date.parse(date) - Date.parse(londonDay(turn.clock.now()))) / 86_400_000
      : NaN;
    if (!date || !(days <= 366)) {
      return renderNotice('Choose a date', [
        'Pick the date of the visit, within a year of today, then press Start.',
      ]);
    }
    const ids = typeof data.others === 'string' && data.others ? data.others.split(',') : [];
    const everyone = await turn.directory.councillors();
    const others = everyone.filter((c) => ids.includes(c.aadObjectId));
    return outcome(turn.walkthrough.start(councillor, service, date, others));
  },
  [VERBS.open]: (turn, councillor, data) =>
    withVisitId(data, (visitId) =>
      outcome(
        turn.walkthrough.resume(
          councillor,
          visitId,
          typeof data.stepId === 'string' ? data.stepId : undefined,
        ),
      ),
    ),
  [VERBS.review]: (turn, councillor, data) =>
    withVisitId(data, (visitId) => outcome(turn.walkthrough.review(councillor, visitId))),
  [VERBS.check]: (turn, councillor, data) =>
    withVisitId(data, (visitId) => outcome(turn.walkthrough.check(councillor, visitId))),
  [VERBS.edit]: (turn, councillor, data) =>
    withVisitId(data, (visitId) =>
      typeof data.stepId === 'string'
        ? outcome(
            turn.walkthrough.edit(
              councillor,
              visitId,
              data.stepId,
              data.from === 'check' ? 'check' : 'review',
            ),
          )
        : Promise.resolve(unreadable('stepId')),
    ),
  [VERBS.submit]: (turn, councillor, data) =>
    withVisitId(data, (visitId) =>
      outcome(turn.walkthrough.submit(councillor, visitId, data.confirmed === true)),
    ),
  [VERBS.saveStep]: async (turn, councillor, data) => {
    const parsed = parseStepAction(data);
    if (!parsed.ok) return unreadable(parsed.problem);
    const action = parsed.value;
    return outcome(turn.walkthrough.saveStep(councillor, { ...action, text: action.answer }));
  },
  [VERBS.amend]: async (turn, councillor, data) => {
    const parsed = parseStepAction(data);
    if (!parsed.ok) return unreadable(parsed.problem);
    const action = parsed.value;
    return outcome(turn.walkthrough.amend(councillor, { ...action, text: action.answer }));
  },
};

/** Starts the form of a visit booked on the rota, once: a second Start opens the form already begun. */
async function startBooked(turn: Turn, councillor: Person, bookingId: string): Promise<object> {
  const booking = await turn.rota.booking(bookingId);
  if (!booking || booking.status !== 'booked' || !booking.councillorIds.includes(councillor.aadObjectId)) {
    return renderNotice('Sorry', [
      'That booking is not one of yours, or it was cancelled. Type **start** to see your visits.',
    ]);
  }
  const service = await turn.directory.service(booking.serviceId);
  if (!service) return unreadable('service');
  const existing = await turn.walkthrough.resume(councillor, booking.id);
  if (existing.kind !== 'refused') return renderOutcome(existing);
  const everyone = await turn.directory.councillors();
  const others = everyone.filter((c) => booking.councillorIds.includes(c.aadObjectId));
  return outcome(turn.walkthrough.start(councillor, service, booking.day, others, booking.id));
}

function withVisitId(
  data: Record<string, unknown>,
  run: (visitId: string) => Promise<object>,
): Promise<object> {
  const visitId = parseVisitId(data);
  return visitId.ok ? run(visitId.value) : Promise.resolve(unreadable(visitId.problem));
}

/** Answers an Action.Execute: routes by verb; unknown verbs, bad data and the wrong person get a clear card. */
export async function handleCardAction(turn: Turn, value: unknown): Promise<AdaptiveCardInvokeResponse> {
  const action = (value as { action?: { type?: unknown; verb?: unknown; data?: unknown } } | undefined)
    ?.action;
  const verb = typeof action?.verb === 'string' ? action.verb : '';
  const handler = Object.hasOwn(ROUTES, verb) ? ROUTES[verb] : undefined;
  const channelHandler = Object.hasOwn(CHANNEL_ROUTES, verb) ? CHANNEL_ROUTES[verb] : undefined;
  if (action?.type !== 'Action.Execute' || !(handler || channelHandler))
    return card(unreadable(verb ? `unknown action "${verb.slice(0, 40)}"` : 'no action'));
  const data = action.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return card(unreadable('no data'));
  if (channelHandler) return card(await channelHandler(turn, data as Record<string, unknown>));
  if (!handler) return card(unreadable('no action'));
  if (turn.user?.role !== 'councillor') {
    return card(
      renderNotice('Only councillors record visits', [
        turn.user
          ? 'This card is for the councillors named on the visit.'
          : 'You are not in the directory yet. Type **whoami** and send your id to the partnerships team.',
      ]),
    );
  }
  return card(await handler(turn, turn.user, data as Record<string, unknown>));
}

/**
 * Posts a walkthrough card as a new message in this personal chat and closes the one posted before it (updated
 * in place to a short "see the latest card below", with no buttons), so only the newest card in the chat takes
 * answers. Which card is live is kept in storage, not in memory, so any instance knows. `label` is the card's
 * visit line, if any. (A click that still reaches a closed card is safe: a stale edit shows both versions.)
 */
export async function postWalkthroughCard(turn: Turn, content: object, label = ''): Promise<void> {
  const activityId = await turn.sendCard(content);
  if (!activityId || !turn.user) return;
  const who = turn.user.aadObjectId;
  const before = await turn.liveCards.get(who);
  await turn.liveCards.put(who, { activityId, label });
  if (!before || before.activityId === activityId) return;
  try {
    await turn.updateCard(before.activityId, renderSuperseded(before.label));
  } catch (error) {
    // The new card is posted; a message deleted in Teams lands here.
    turn.log.warn('Could not close the previous walkthrough card', { activityId: before.activityId, error });
  }
}

/** Posts the card for a walkthrough outcome (resume, review), closing the previous walkthrough card. */
export const postOutcome = (turn: Turn, result: Outcome): Promise<void> =>
  postWalkthroughCard(turn, renderOutcome(result), 'record' in result ? visitLine(result.record) : '');

/**
 * The answer to a card action when storage is not answering: nothing was saved, and the person is told so.
 * A step card comes back with their text still in the box and a Save again button; nothing is read or
 * disclosed, only what they sent is echoed to them.
 */
export function cardActionWhileStorageDown(
  value: unknown,
  forms: FormCatalogue,
  log: Logger,
): AdaptiveCardInvokeResponse {
  const action = (value as { action?: { verb?: unknown; data?: unknown } } | undefined)?.action;
  const data = action?.data;
  if (action?.verb === VERBS.saveStep && typeof data === 'object' && data !== null) {
    const parsed = parseStepAction(data as Record<string, unknown>);
    const form = parsed.ok ? forms.get(parsed.value.form) : undefined;
    if (parsed.ok && form) {
      log.warn('Step not saved: storage unavailable', {
        visitId: parsed.value.visitId,
        stepId: parsed.value.stepId,
      });
      return card(renderUnsavedStep(form, parsed.value, parsed.value.answer));
    }
  }
  return card(
    renderNotice('Not done: storage is not answering', [
      'Nothing was changed. Please try again in a minute; your saved answers are safe.',
    ]),
  );
}

/** The `start` card for a councillor: their visits, and a form to record another. */
export async function startCard(turn: Turn, councillor: Person): Promise<object> {
  const [visits, services, councillors, rota] = await Promise.all([
    turn.walkthrough.myVisits(councillor),
    turn.directory.services(),
    turn.directory.councillors(),
    turn.rota.bookingsFor(councillor.aadObjectId),
  ]);
  const started = new Set(visits.map((v) => v.record.visit.id));
  return renderStart({
    visits,
    booked: rota
      .filter((b) => !started.has(b.id))
      .map((b) => ({
        id: b.id,
        serviceName: services.find((s) => s.id === b.serviceId)?.name ?? b.serviceId,
        day: b.day,
        time: b.time,
      })),
    services,
    councillors: councillors
      .filter((c) => c.aadObjectId !== councillor.aadObjectId)
      .map((c) => ({ id: c.aadObjectId, name: c.name })),
    today: londonDay(turn.clock.now()),
  });
}
