import type { PeopleRepository, ServiceRepository } from '../directory/store';
import type { Day } from '../kernel/london';
import type { HoldStore, VisitDeletion } from './store';
import type { Hold } from './types';

export interface HoldListDeps {
  readonly holds: Pick<HoldStore, 'list'>;
  readonly services: Pick<ServiceRepository, 'list'>;
  readonly people: Pick<PeopleRepository, 'list'>;
  readonly visits: Pick<VisitDeletion, 'visitFactsOf'>;
}

/** A hold with what it covers in words, for the partnerships team to recognise it. */
export interface NamedHold {
  readonly hold: Hold;
  /** The service's name, the visited service's name, or the person's name; undefined when none is known now. */
  readonly subjectName?: string;
  /** A held visit's day. */
  readonly visitDay?: Day;
}

/** The holds and what can be held: the directory's services by name, for choosing one. */
export interface HoldsRead {
  /** Active holds first (newest placed first), then lifted ones (newest lifted first). */
  readonly holds: readonly NamedHold[];
  readonly services: readonly { readonly id: string; readonly name: string }[];
}

/** Every hold, named, with the services a new one could be placed on. */
export async function readHolds(deps: HoldListDeps): Promise<HoldsRead> {
  const services = (await deps.services.list())
    .map(({ id, name }) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const holds = await nameHolds(deps, await deps.holds.list(), services);
  return { holds: holds.sort(byStanding), services };
}

/** Holds with their subjects named: a service by the directory, a visit by its service and day, a person if known. */
export async function nameHolds(
  deps: Omit<HoldListDeps, 'holds'>,
  holds: readonly Hold[],
  known?: readonly { readonly id: string; readonly name: string }[],
): Promise<NamedHold[]> {
  const needs = (kind: Hold['subject']['kind']) => holds.some((h) => h.subject.kind === kind);
  const services = known ?? (needs('service') ? await deps.services.list() : []);
  const people = needs('person') ? await deps.people.list() : [];
  return Promise.all(
    holds.map(async (hold): Promise<NamedHold> => {
      const { kind, id } = hold.subject;
      if (kind === 'visit') {
        const visit = await deps.visits.visitFactsOf(id);
        return visit ? { hold, subjectName: visit.serviceName, visitDay: visit.date } : { hold };
      }
      const name =
        kind === 'service'
          ? services.find((s) => s.id === id)?.name
          : people.find((p) => p.aadObjectId.toLowerCase() === id)?.name;
      return name === undefined ? { hold } : { hold, subjectName: name };
    }),
  );
}

const byStanding = (a: NamedHold, b: NamedHold): number => {
  const [x, y] = [a.hold, b.hold];
  if (!x.lifted !== !y.lifted) return x.lifted ? 1 : -1;
  return (y.lifted?.at ?? y.placedAt).localeCompare(x.lifted?.at ?? x.placedAt);
};
