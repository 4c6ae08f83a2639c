import { firstLine } from '../kernel/errors';
import type { Logger } from '../kernel/log';
import type { BookingRepository } from '../rota/store';
import type { VisitRepository } from '../visits/store';
import { refreshStanding, type StandingRepository } from './standing';

/** The stores a composition root wires, of which the visits and bookings feed the overview's index. */
interface Kept {
  readonly visits: VisitRepository;
  readonly bookings: BookingRepository;
  readonly standing: StandingRepository;
}

/**
 * The stores with the overview's index kept after each write that can change where a visit stands (booked,
 * moved, cancelled, form started, submitted, responded). A write whose index update fails stands: it is logged
 * and the index marked not whole, so that its next reader rebuilds it.
 */
export function keepingStanding<S extends Kept>(stores: S, log: Pick<Logger, 'warn'>): S {
  const { visits, bookings, standing } = stores;
  const refresh = (id: string): Promise<void> =>
    refreshStanding({ visits, bookings, standing }, id).catch(async (error: unknown) => {
      log.warn('The overview index missed a write; it is rebuilt when next read', {
        id,
        error: firstLine(error),
      });
      await standing.setWhole(false).catch((again: unknown) => {
        log.warn('The overview index could not be marked for a rebuild', { id, error: firstLine(again) });
      });
    });
  const then =
    <A extends unknown[]>(write: (...args: A) => Promise<void>, idOf: (...args: A) => string) =>
    async (...args: A): Promise<void> => {
      await write(...args);
      await refresh(idOf(...args));
    };
  return {
    ...stores,
    visits: {
      ...visits,
      create: then(visits.create, (visit) => visit.id),
      submit: then(visits.submit, (visit) => visit.id),
      respond: then(visits.respond, (visitId) => visitId),
    },
    bookings: {
      ...bookings,
      create: then(bookings.create, (booking) => booking.id),
      update: then(bookings.update, (booking) => booking.id),
    },
  };
}
