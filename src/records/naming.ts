import type { Action } from '../actions/types';
import type { Person } from '../directory/types';
import type { Hold } from '../retention/types';
import type { Booking, BookingEvent } from '../rota/types';
import type { VisitRepository } from '../visits/store';
import type { Amendment, VisitRecord } from '../visits/types';

/** A visit with its amendments, as subject access and erasure read it. */
export interface VisitWithAmendments {
  readonly record: VisitRecord;
  readonly amendments: readonly Amendment[];
}

/**
 * Every visit that names the person (on it, submitted it, asked to respond, answered, responded or amended it),
 * oldest first, read a few partitions at a time: a subject access request is rare, and must miss nothing.
 */
export async function visitsNaming(
  visits: Pick<VisitRepository, 'listSummaries' | 'load' | 'amendments'>,
  id: string,
): Promise<VisitWithAmendments[]> {
  const ids = (await visits.listSummaries()).map((s) => s.visit.id);
  const found: VisitWithAmendments[] = [];
  for (let i = 0; i < ids.length; i += 8) {
    const batch = await Promise.all(
      ids.slice(i, i + 8).map(async (v) => {
        const record = await visits.load(v);
        return record && { record, amendments: await visits.amendments(v) };
      }),
    );
    found.push(...batch.filter((v) => v !== undefined).filter((v) => visitNames(v, id)));
  }
  return found.sort((a, b) => a.record.visit.date.localeCompare(b.record.visit.date));
}

const visitNames = ({ record: r, amendments }: VisitWithAmendments, id: string): boolean =>
  r.visit.councillorIds.includes(id) ||
  r.visit.createdBy === id ||
  r.visit.submittedBy === id ||
  (r.request?.responderIds.includes(id) ?? false) ||
  [...r.answers.values()].some((a) => a.updatedBy === id) ||
  [...(r.responses?.values() ?? [])].some((s) => s.responderId === id) ||
  amendments.some((a) => a.by === id);

/** Whether an action names the person: they own it, or decided or followed it up. */
export const actionNames = (a: Action, id: string): boolean =>
  (a.owner?.kind === 'person' && a.owner.aadObjectId === id) ||
  a.history.some((e) => e.by === id) ||
  a.impacts.some((e) => e.by === id);

/** Whether a booking event was the person's: by id, or by name on events stored before ids were. */
export const isTheirs = (e: BookingEvent, person: Pick<Person, 'aadObjectId' | 'name'>): boolean =>
  e.by === undefined ? e.byName === person.name : e.by === person.aadObjectId;

/** Whether a booking names the person: they are booked on it, or booked, moved or cancelled it. */
export const bookingNames = (b: Booking, person: Pick<Person, 'aadObjectId' | 'name'>): boolean =>
  b.councillorIds.includes(person.aadObjectId) || b.history.some((e) => isTheirs(e, person));

/** Whether the person placed or lifted a hold (a hold on them is the legal team's, not theirs to see here). */
export const holdNames = (h: Hold, id: string): boolean => h.placedBy.id === id || h.lifted?.by.id === id;

/** The names a visit stores beside the person's id: what erasure looks for in the words of messages. */
export function namesBeside({ record: r, amendments }: VisitWithAmendments, id: string): string[] {
  const beside = (ids: readonly string[], names: readonly (string | undefined)[]) =>
    ids.flatMap((other, i) => (other === id && names[i] ? [names[i]] : []));
  return [
    ...beside(r.visit.councillorIds, r.visit.councillorNames),
    ...beside([r.visit.submittedBy ?? ''], [r.visit.submittedByName]),
    ...beside(r.request?.responderIds ?? [], r.request?.responderNames ?? []),
    ...[...r.answers.values()].flatMap((a) => beside([a.updatedBy], [a.updatedByName])),
    ...[...(r.responses?.values() ?? [])].flatMap((s) => beside([s.responderId], [s.name])),
    ...amendments.flatMap((a) => beside([a.by], [a.byName])),
  ];
}
