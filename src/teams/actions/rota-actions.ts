import { renderChange, renderRota, renderSchedule } from '../../cards/rota-cards';
import { VERB } from '../../cards/verbs';
import type { DirectoryLookup } from '../../directory/directory';
import type { Clock } from '../../kernel/clock';
import { addWorkingDays, londonDay } from '../../kernel/london';
import { KEEPS_ROTA, type Rota } from '../../rota/rota';
import { bad, forRoles, ok, text, unreadable, type CardAction } from './card-action';

export interface RotaDeps {
  readonly rota: Rota;
  readonly directory: Pick<DirectoryLookup, 'services' | 'service' | 'councillors'>;
  readonly clock: Clock;
  /** Tells the nudge scheduler that the rota changed (confirmations, notices, the digest). */
  readonly kickNudges: () => void;
}

/** The `rota` card as it stands now. */
export const rotaCard = async (deps: { rota: Pick<Rota, 'overview'> }, notice?: string): Promise<object> =>
  renderRota(await deps.rota.overview(), notice);

/** The `schedule` card, with the directory's services and councillors, a week's notice ahead. */
export async function scheduleCard(deps: RotaDeps, notice?: string, serviceId?: string): Promise<object> {
  const [services, councillors] = await Promise.all([
    deps.directory.services(),
    deps.directory.councillors(),
  ]);
  return renderSchedule({
    services: services.map((s) => ({ id: s.id, name: s.name })),
    councillors: councillors.map((c) => ({ id: c.aadObjectId, name: c.name })),
    day: addWorkingDays(londonDay(deps.clock.now()), 5),
    ...(notice ? { notice } : {}),
    ...(serviceId ? { serviceId } : {}),
  });
}

/** Book, Move or cancel on the rota and schedule cards (and Book on a nudge). */
export function rotaActions(deps: RotaDeps): CardAction[] {
  const { rota, directory } = deps;
  const changeCard = async (bookingId: string, problem?: string): Promise<object> => {
    const booking = await rota.booking(bookingId);
    const service = booking && (await directory.service(booking.serviceId));
    return booking
      ? renderChange(booking, service?.name ?? booking.serviceId, problem)
      : unreadable('bookingId');
  };
  const change = (verb: typeof VERB.rotaMove | typeof VERB.rotaCancel): CardAction =>
    forRoles({
      ...KEEPS_ROTA,
      verb,
      parse: (data) =>
        text(data, 'bookingId')
          ? ok({
              bookingId: text(data, 'bookingId'),
              reason: text(data, 'reason'),
              day: text(data, 'day'),
              // A card from before Move offered a time sends none: the booking keeps its time.
              time: data.time === undefined ? undefined : text(data, 'time'),
            })
          : bad('bookingId'),
      async run(input, user) {
        const move = verb === VERB.rotaMove;
        const to = move ? { day: input.day, time: input.time } : undefined;
        const result = await rota.change(user, input.bookingId, input.reason, to);
        if (!result.ok) return changeCard(input.bookingId, result.problem);
        deps.kickNudges();
        return rotaCard(
          deps,
          move ? 'Moved; the councillors will be told.' : 'Cancelled; the councillors will be told.',
        );
      },
    });

  return [
    forRoles({
      ...KEEPS_ROTA,
      verb: VERB.rotaOpenSchedule,
      parse: (data) => ok(text(data, 'serviceId') || undefined),
      run: (serviceId) => scheduleCard(deps, undefined, serviceId),
    }),
    forRoles({
      ...KEEPS_ROTA,
      verb: VERB.rotaBook,
      parse: (data) =>
        ok({
          serviceId: text(data, 'serviceId'),
          day: text(data, 'day'),
          time: text(data, 'time'),
          councillorIds: text(data, 'councillorIds').split(',').filter(Boolean),
          ...(text(data, 'meetingLink') ? { meetingLink: text(data, 'meetingLink') } : {}),
        }),
      async run(booking, user) {
        const result = await rota.book(user, booking);
        if (!result.ok) return scheduleCard(deps, result.problem, booking.serviceId);
        deps.kickNudges();
        return rotaCard(deps, 'Booked; the councillors will be sent a confirmation.');
      },
    }),
    forRoles({
      ...KEEPS_ROTA,
      verb: VERB.rotaOpenChange,
      parse: (data) => (text(data, 'bookingId') ? ok(text(data, 'bookingId')) : bad('bookingId')),
      run: (bookingId) => changeCard(bookingId),
    }),
    change(VERB.rotaMove),
    change(VERB.rotaCancel),
  ];
}
