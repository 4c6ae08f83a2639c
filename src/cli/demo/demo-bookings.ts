import { addDays, type Day } from '../../kernel/london';
import type { Booking, BookingEvent } from '../../rota/types';
import type { Visit } from '../../visits/types';
import { demoVisitId, nthWednesday } from './demo-calendar';
import { DEMO_COUNCILLORS, DEMO_PARTNERSHIPS } from './demo-directory';

const TIME = '10:00';
type At = (day: Day, time: string) => string;

const booked = (at: string, day: Day): BookingEvent => ({
  at,
  by: DEMO_PARTNERSHIPS.aadObjectId,
  byName: DEMO_PARTNERSHIPS.name,
  what: `booked for ${day} ${TIME}`,
});

/**
 * The rota as the partnerships officer left it: the first disabilities social work visit, moved for sickness in
 * the service; a December visit to the same team, cancelled for councillor availability; the March short breaks
 * visit as booked; and a Crewe visit booked for the April after the period, so the report says one is planned.
 */
export function demoBookings(
  year: number,
  visits: readonly { readonly visit: Omit<Visit, 'etag'> }[],
  at: At,
): Omit<Booking, 'etag'>[] {
  const visitOf = (serviceId: string, month: string) =>
    visits.find((v) => v.visit.serviceId === serviceId && v.visit.date.slice(5, 7) === month)!.visit;
  const moved = visitOf('cwd-social-work', '07');
  const firstDay = nthWednesday(year, 6, 4);
  const cancelledDay = nthWednesday(year, 12, 1);
  const march = visitOf('cwd-short-breaks', '03');
  const april = nthWednesday(year + 1, 4, 3);
  return [
    {
      id: moved.id,
      serviceId: moved.serviceId,
      day: moved.date,
      time: TIME,
      councillorIds: moved.councillorIds,
      status: 'booked',
      history: [
        booked(at(addDays(firstDay, -42), '09:30'), firstDay),
        {
          at: at(addDays(firstDay, -2), '08:45'),
          by: DEMO_PARTNERSHIPS.aadObjectId,
          byName: DEMO_PARTNERSHIPS.name,
          what: `moved from ${firstDay} ${TIME} to ${moved.date} ${TIME}`,
          reason: 'sickness in the service',
          from: { day: firstDay, time: TIME },
        },
      ],
    },
    {
      id: demoVisitId('cwd-social-work', cancelledDay),
      serviceId: 'cwd-social-work',
      day: cancelledDay,
      time: TIME,
      councillorIds: [DEMO_COUNCILLORS[1]!.aadObjectId],
      status: 'cancelled',
      history: [
        booked(at(addDays(cancelledDay, -56), '09:30'), cancelledDay),
        {
          at: at(addDays(cancelledDay, -9), '16:05'),
          by: DEMO_PARTNERSHIPS.aadObjectId,
          byName: DEMO_PARTNERSHIPS.name,
          what: 'cancelled',
          reason: 'councillor availability',
        },
      ],
    },
    {
      id: march.id,
      serviceId: march.serviceId,
      day: march.date,
      time: TIME,
      councillorIds: march.councillorIds,
      status: 'booked',
      history: [booked(at(addDays(march.date, -42), '09:30'), march.date)],
    },
    {
      id: demoVisitId('cin-cp-crewe', april),
      serviceId: 'cin-cp-crewe',
      day: april,
      time: TIME,
      councillorIds: [DEMO_COUNCILLORS[4]!.aadObjectId, DEMO_COUNCILLORS[0]!.aadObjectId],
      status: 'booked',
      history: [booked(at(addDays(april, -49), '09:30'), april)],
    },
  ];
}
