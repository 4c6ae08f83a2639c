import { renderStart } from '../cards/start-card';
import { renderOutcome, renderSuperseded } from '../cards/visit-cards';
import { visitLine } from '../cards/visit-view';
import type { DirectoryLookup } from '../directory/directory';
import type { Person } from '../directory/types';
import type { Clock } from '../kernel/clock';
import type { Logger } from '../kernel/log';
import { londonDay } from '../kernel/london';
import type { Rota } from '../rota/rota';
import type { Outcome } from '../visits/outcome';
import type { LiveCardRepository } from '../visits/store';
import type { Walkthrough } from '../visits/walkthrough';
import type { Turn } from './turn';

export interface WalkthroughChatDeps {
  readonly walkthrough: Walkthrough;
  readonly directory: Pick<DirectoryLookup, 'services' | 'councillors'>;
  readonly rota: Pick<Rota, 'bookingsFor'>;
  readonly liveCards: LiveCardRepository;
  readonly clock: Clock;
  readonly log: Logger;
}

/** The `start` card for a councillor: their visits and bookings, and a form to record another. */
export async function startCard(deps: WalkthroughChatDeps, councillor: Person): Promise<object> {
  const [visits, services, councillors, booked] = await Promise.all([
    deps.walkthrough.myVisits(councillor),
    deps.directory.services(),
    deps.directory.councillors(),
    deps.rota.bookingsFor(councillor.aadObjectId),
  ]);
  const started = new Set(visits.map((v) => v.record.visit.id));
  return renderStart({
    visits,
    booked: booked
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
    today: londonDay(deps.clock.now()),
  });
}

/**
 * Posts a walkthrough card as a new message in this personal chat and closes the one posted before it (updated
 * in place to a short "see the latest card below", with no buttons), so only the newest card in the chat takes
 * answers. Which card is live is kept in storage, not in memory, so any instance knows. `label` is the card's
 * visit line, if any. (A click that still reaches a closed card is safe: a stale edit shows both versions.)
 */
export async function postWalkthroughCard(
  deps: Pick<WalkthroughChatDeps, 'liveCards' | 'log'>,
  turn: Turn,
  content: object,
  label = '',
): Promise<void> {
  const activityId = await turn.sendCard(content);
  if (!activityId || !turn.user) return;
  const who = turn.user.aadObjectId;
  const before = await deps.liveCards.get(who);
  await deps.liveCards.put(who, { activityId, label });
  if (!before || before.activityId === activityId) return;
  try {
    await turn.updateCard(before.activityId, renderSuperseded(before.label));
  } catch (error) {
    // The new card is posted; a message deleted in Teams lands here.
    deps.log.warn('Could not close the previous walkthrough card', { activityId: before.activityId, error });
  }
}

/** Posts the card for a walkthrough outcome (resume, review), closing the previous walkthrough card. */
export const postOutcome = (
  deps: Pick<WalkthroughChatDeps, 'liveCards' | 'log'>,
  turn: Turn,
  result: Outcome,
): Promise<void> =>
  postWalkthroughCard(deps, turn, renderOutcome(result), 'record' in result ? visitLine(result.record) : '');
