import type { Day } from '../../src/kernel/london';
import type { BookingRepository } from '../../src/rota/store';
import type { Booking } from '../../src/rota/types';
import type { VisitRepository } from '../../src/visits/store';
import { TEST_START } from './clock';

/** The writes a test makes to bookings and visits, as the bot's use cases make them. */
interface Writer {
  readonly bookings: Pick<BookingRepository, 'create' | 'get' | 'update'>;
  readonly visits: Pick<VisitRepository, 'create' | 'load' | 'submit' | 'respond'>;
}

const AT = TEST_START.toISOString();

/** A visit's id by number (a visit started from a booking shares the booking's id). */
export const visitId = (n: number): string => `0f0e0d0c-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Books visit `n` for `day` at 10:00. */
export const book = (to: Writer, n: number, day: Day, serviceId = 'checs'): Promise<void> =>
  to.bookings.create({
    id: visitId(n),
    serviceId,
    day,
    time: '10:00',
    councillorIds: ['alex'],
    status: 'booked',
    history: [],
  });

/** Changes visit `n`'s booking: moves it (`day`) or cancels it (`status`). */
export async function rebook(to: Writer, n: number, changes: Partial<Pick<Booking, 'day' | 'status'>>) {
  await to.bookings.update((await to.bookings.get(visitId(n)))!, changes);
}

/** Starts visit `n`'s form as a draft. */
export const startForm = (to: Writer, n: number, day: Day, serviceId = 'checs'): Promise<void> =>
  to.visits.create({
    id: visitId(n),
    serviceId,
    serviceName: serviceId,
    date: day,
    councillorIds: ['alex'],
    councillorNames: ['Alex'],
    formKey: 'signs-of-safety@2',
    status: 'draft',
    createdBy: 'alex',
    createdAt: AT,
  });

/** Starts visit `n`'s form and submits it, asking `responderIds` to respond (none: it is closed at once). */
export async function submit(to: Writer, n: number, day: Day, responderIds: string[], serviceId = 'checs') {
  await startForm(to, n, day, serviceId);
  const { visit } = (await to.visits.load(visitId(n)))!;
  const request = {
    messageId: `${visit.id}.request`,
    responderIds,
    responderNames: responderIds,
    revision: 0,
  };
  await to.visits.submit(visit, { by: 'alex', byName: 'Alex', at: AT }, request, []);
}

/** `responderId` responds to visit `n`; `last` completes its responses. Reads the request through `from`. */
export async function respond(to: Writer, n: number, responderId: string, last: boolean, from: Writer = to) {
  const request = (await from.visits.load(visitId(n)))!.request!;
  const response = { responderId, name: responderId, text: 'Thank you.', at: AT, edited: false };
  const changes = { revision: request.revision + 1, ...(last ? { completedAt: AT } : {}) };
  await to.visits.respond(visitId(n), response, undefined, request, changes, []);
}

/** The first call to `hold` waits until `release`; later ones pass. `reached` settles once the first is there. */
export function gate() {
  let arrive = (): void => undefined;
  let release = (): void => undefined;
  const reached = new Promise<void>((resolve) => (arrive = resolve));
  const held = new Promise<void>((resolve) => (release = resolve));
  let first = true;
  const hold = async (): Promise<void> => {
    if (!first) return;
    first = false;
    arrive();
    await held;
  };
  return { reached, release, hold };
}
