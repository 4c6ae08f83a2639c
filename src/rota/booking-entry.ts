import { actor } from '../audit/trail';
import type { AuditChange } from '../audit/types';
import type { Person } from '../directory/types';
import type { Booking } from './types';

/**
 * The audit entry for a booking changed by `by`: its councillors are the people it is about; the detail is the
 * slot and the reason, both chosen from the card's lists (CHANGE_REASONS), never typed.
 */
export function bookingEntry(
  by: Person,
  kind: 'booking.made' | 'booking.moved' | 'booking.cancelled',
  booking: Pick<Booking, 'id' | 'serviceId' | 'councillorIds'>,
  detail: string,
): AuditChange {
  return {
    by: actor(by),
    kind,
    record: { kind: 'booking', id: booking.id },
    visitId: booking.id,
    people: booking.councillorIds,
    detail: `${booking.serviceId}: ${detail}`,
  };
}
