import { formatMoment } from '../kernel/london';
import { HANDLES_NUDGES, type NudgeHandling } from '../nudges/handling';
import { RETRIES_DELIVERIES, type Dispatcher } from '../outbox/dispatcher';
import { KEEPS_ROTA, type Rota } from '../rota/rota';
import { HttpProblem, type ApiRoute, type Reply } from './api-route';
import { bodyOf, isKey, text } from './request-parts';
import type { Done } from './overview-types';

const done = (message: string): Reply => ({ status: 200, body: { message } satisfies Done });

export interface TabActionDeps {
  readonly rota: Pick<Rota, 'book' | 'change' | 'booking'>;
  readonly nudges: Pick<NudgeHandling, 'snooze' | 'isTopic'>;
  readonly dispatcher: Pick<Dispatcher, 'retry'>;
  /** Tells the nudge scheduler that the rota or a nudge changed (confirmations, notices, the digest). */
  readonly kickNudges: () => void;
  /** Tells the outbox that messages were queued. */
  readonly queued: () => void;
}

/**
 * The overview's buttons: Book, Move, Cancel, Snooze and Retry, each running the use case its card button runs,
 * under the same role declaration. Each answers `Done`, or what to fix with nothing changed.
 */
export function tabActions(deps: TabActionDeps): ApiRoute[] {
  const changed = async (result: { ok: true } | { ok: false; problem: string }, message: string) => {
    if (!result.ok) throw new HttpProblem(422, result.problem);
    deps.kickNudges();
    return done(message);
  };
  const change = (what: 'move' | 'cancel'): ApiRoute => ({
    method: 'post',
    path: `/api/rota/bookings/:bookingId/${what}`,
    allowed: KEEPS_ROTA,
    async handle(req, user) {
      const body = bodyOf(req);
      const bookingId = String(req.params?.bookingId ?? '');
      if (!isKey(bookingId) || !(await deps.rota.booking(bookingId))) {
        throw new HttpProblem(
          404,
          'No booking has that id: it may have been removed. Open the overview again.',
        );
      }
      const reason = text(body, 'reason');
      if (what === 'cancel') {
        return changed(
          await deps.rota.change(user, bookingId, reason),
          'Cancelled; the councillors will be told.',
        );
      }
      const time = text(body, 'time', { optional: true });
      const to = { day: text(body, 'day'), ...(time ? { time } : {}) };
      return changed(
        await deps.rota.change(user, bookingId, reason, to),
        'Moved; the councillors will be told.',
      );
    },
  });
  return [
    {
      method: 'post',
      path: '/api/rota/bookings',
      allowed: KEEPS_ROTA,
      async handle(req, user) {
        const body = bodyOf(req);
        const ids = body.councillorIds;
        if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
          throw new HttpProblem(400, "Send councillorIds as a list of the councillors' ids.");
        }
        const meetingLink = text(body, 'meetingLink', { optional: true });
        const request = {
          serviceId: text(body, 'serviceId'),
          day: text(body, 'day'),
          time: text(body, 'time'),
          councillorIds: ids as string[],
          ...(meetingLink ? { meetingLink } : {}),
        };
        return changed(
          await deps.rota.book(user, request),
          'Booked; the councillors will be sent a confirmation.',
        );
      },
    },
    change('move'),
    change('cancel'),
    {
      method: 'post',
      path: '/api/nudges/snooze',
      allowed: HANDLES_NUDGES,
      async handle(req, user) {
        const topic = text(bodyOf(req), 'topic');
        if (!deps.nudges.isTopic(topic))
          throw new HttpProblem(400, 'Send the topic of a nudge from the overview.');
        const until = await deps.nudges.snooze(user, topic);
        deps.kickNudges();
        return done(
          `Snoozed by ${user.name}: I will remind you again on ${formatMoment(until)} if it still applies.`,
        );
      },
    },
    {
      method: 'post',
      path: '/api/outbox/retry',
      allowed: RETRIES_DELIVERIES,
      handle: (req) => retry(deps, bodyOf(req)),
    },
  ];
}

async function retry(deps: TabActionDeps, body: Record<string, unknown>): Promise<Reply> {
  const [store, partition, id] = ['store', 'partition', 'id'].map((field) => {
    const value = text(body, field);
    if (!isKey(value)) throw new HttpProblem(400, `Send the ${field} from the overview.`);
    return value;
  }) as [string, string, string];
  if (!(await deps.dispatcher.retry(store, partition, id))) {
    throw new HttpProblem(409, 'That message is no longer waiting to be retried: open the overview again.');
  }
  deps.queued();
  return done('Queued again: it will be sent shortly.');
}
