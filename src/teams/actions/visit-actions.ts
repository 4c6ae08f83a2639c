import { renderNotice } from '../../cards/notice-card';
import { VERB, type Verb } from '../../cards/verbs';
import { renderOutcome } from '../../cards/visit-cards';
import type { DirectoryLookup } from '../../directory/directory';
import type { Person } from '../../directory/types';
import type { Clock } from '../../kernel/clock';
import { daysBetween, londonDay } from '../../kernel/london';
import type { Rota } from '../../rota/rota';
import { RECORDS_VISITS, type Walkthrough } from '../../visits/walkthrough';
import type { Outcome } from '../../visits/outcome';
import { bad, forRoles, ok, unreadable, type CardAction, type RoleAction } from './card-action';
import { parseStepAction, parseVisitId } from './visit-data';

export interface VisitActionDeps {
  readonly walkthrough: Walkthrough;
  readonly directory: DirectoryLookup;
  readonly rota: Pick<Rota, 'booking'>;
  readonly clock: Clock;
}

const COUNCILLORS: Pick<RoleAction<unknown>, 'roles' | 'refusal' | 'hint'> = {
  ...RECORDS_VISITS,
  hint: 'Type **start** for a fresh card of your visits.',
};

type Create = { bookingId: string } | { serviceId: string; date: string; others: string[] };

const card = async (result: Promise<Outcome>): Promise<object> => renderOutcome(await result);

/** The buttons of the walkthrough's cards, for councillors in their personal chat. */
export function visitActions({ walkthrough, directory, rota, clock }: VisitActionDeps): CardAction[] {
  /** Starts the form of a visit booked on the rota, once: a second Start opens the form already begun. */
  async function startBooked(councillor: Person, bookingId: string): Promise<object> {
    const booking = await rota.booking(bookingId);
    if (!booking || booking.status !== 'booked' || !booking.councillorIds.includes(councillor.aadObjectId)) {
      return renderNotice('Sorry', [
        'That booking is not one of yours, or it was cancelled. Type **start** to see your visits.',
      ]);
    }
    const service = await directory.service(booking.serviceId);
    if (!service) return unreadable('service', COUNCILLORS.hint);
    const existing = await walkthrough.resume(councillor, booking.id);
    if (existing.kind !== 'refused') return renderOutcome(existing);
    const others = (await directory.councillors()).filter((c) =>
      booking.councillorIds.includes(c.aadObjectId),
    );
    return card(walkthrough.start(councillor, service, booking.day, others, booking.id));
  }

  /** An action that needs only the visit's id. */
  const onVisit = (verb: Verb, run: (user: Person, visitId: string) => Promise<Outcome>): CardAction =>
    forRoles({ ...COUNCILLORS, verb, parse: parseVisitId, run: (visitId, user) => card(run(user, visitId)) });

  return [
    forRoles<Create>({
      ...COUNCILLORS,
      verb: VERB.visitCreate,
      parse: (data) =>
        typeof data.bookingId === 'string'
          ? ok({ bookingId: data.bookingId })
          : ok({
              serviceId: typeof data.serviceId === 'string' ? data.serviceId : '',
              date: typeof data.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data.date) ? data.date : '',
              others: typeof data.others === 'string' && data.others ? data.others.split(',') : [],
            }),
      async run(input, councillor) {
        if ('bookingId' in input) return startBooked(councillor, input.bookingId);
        const service = input.serviceId ? await directory.service(input.serviceId) : undefined;
        if (!service)
          return renderNotice('Choose a service', ['Pick the service you visited, then press Start.']);
        if (!input.date || Math.abs(daysBetween(londonDay(clock.now()), input.date)) > 366) {
          return renderNotice('Choose a date', [
            'Pick the date of the visit, within a year of today, then press Start.',
          ]);
        }
        const others = (await directory.councillors()).filter((c) => input.others.includes(c.aadObjectId));
        return card(walkthrough.start(councillor, service, input.date, others));
      },
    }),
    forRoles({
      ...COUNCILLORS,
      verb: VERB.visitOpen,
      parse: (data) => {
        const visitId = parseVisitId(data);
        if (!visitId.ok) return visitId;
        return ok({
          visitId: visitId.value,
          stepId: typeof data.stepId === 'string' ? data.stepId : undefined,
        });
      },
      run: (input, councillor) => card(walkthrough.resume(councillor, input.visitId, input.stepId)),
    }),
    onVisit(VERB.visitReview, (user, visitId) => walkthrough.review(user, visitId)),
    onVisit(VERB.visitCheck, (user, visitId) => walkthrough.check(user, visitId)),
    forRoles({
      ...COUNCILLORS,
      verb: VERB.visitEdit,
      parse: (data) => {
        const visitId = parseVisitId(data);
        if (!visitId.ok) return visitId;
        if (typeof data.stepId !== 'string') return bad('stepId');
        return ok({
          visitId: visitId.value,
          stepId: data.stepId,
          from: data.from === 'check' ? 'check' : 'review',
        } as const);
      },
      run: (input, councillor) => card(walkthrough.edit(councillor, input.visitId, input.stepId, input.from)),
    }),
    forRoles({
      ...COUNCILLORS,
      verb: VERB.visitSubmit,
      parse: (data) => {
        const visitId = parseVisitId(data);
        return visitId.ok ? ok({ visitId: visitId.value, confirmed: data.confirmed === true }) : visitId;
      },
      run: (input, councillor) => card(walkthrough.submit(councillor, input.visitId, input.confirmed)),
    }),
    forRoles({
      ...COUNCILLORS,
      verb: VERB.visitSaveStep,
      parse: parseStepAction,
      run: (action, councillor) => card(walkthrough.saveStep(councillor, { ...action, text: action.answer })),
    }),
    forRoles({
      ...COUNCILLORS,
      verb: VERB.visitAmend,
      parse: parseStepAction,
      run: (action, councillor) => card(walkthrough.amend(councillor, { ...action, text: action.answer })),
    }),
  ];
}
