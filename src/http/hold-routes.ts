import type { Person } from '../directory/types';
import { nameHolds, readHolds, type HoldListDeps, type NamedHold } from '../retention/hold-list';
import { KEEPS_HOLDS, type HoldRefusal, type HoldResult, type LegalHolds } from '../retention/holds';
import { HttpProblem, ok, type ApiRoute, type Reply } from './api-route';
import type { HoldsPage, HoldView, PlaceHold } from './api-types';
import { bodyOf, isKey, text } from './request-parts';

export interface HoldRoutesDeps extends Omit<HoldListDeps, 'holds'> {
  readonly legalHolds: Pick<LegalHolds, 'list' | 'place' | 'lift'>;
}

const KINDS: readonly PlaceHold['kind'][] = ['service', 'visit', 'person'];
const STATUS: Readonly<Record<HoldRefusal, number>> = { invalid: 422, missing: 404, conflict: 409 };

/** Legal holds on the tab's Records page: list them, place one, lift one; the caller is who the audit names. */
export function holdRoutes(deps: HoldRoutesDeps): ApiRoute[] {
  const answer = async (result: HoldResult, status: number): Promise<Reply> => {
    if (!result.ok) throw new HttpProblem(STATUS[result.refusal], result.problem);
    const [named] = await nameHolds(deps, [result.hold]);
    return { status, body: holdView(named!) };
  };
  return [
    {
      method: 'get',
      path: '/api/holds',
      allowed: KEEPS_HOLDS,
      async handle() {
        const read = await readHolds({ ...deps, holds: deps.legalHolds });
        return ok({ holds: read.holds.map(holdView), services: read.services } satisfies HoldsPage);
      },
    },
    {
      method: 'post',
      path: '/api/holds',
      allowed: KEEPS_HOLDS,
      async handle(req, user) {
        const body = bodyOf(req);
        const kind = KINDS.find((k) => k === body.kind);
        if (!kind) throw new HttpProblem(400, 'Say what to hold: kind "service", "visit" or "person".');
        const placed = await deps.legalHolds.place(
          { kind, id: text(body, 'id') },
          text(body, 'reason'),
          by(user),
        );
        return answer(placed, 201);
      },
    },
    {
      method: 'post',
      path: '/api/holds/:holdId/lift',
      allowed: KEEPS_HOLDS,
      async handle(req, user) {
        const holdId = String(req.params?.holdId ?? '');
        if (!isKey(holdId)) throw new HttpProblem(404, 'There is no such hold.');
        return answer(await deps.legalHolds.lift(holdId, by(user)), 200);
      },
    },
  ];
}

const by = (user: Person) => ({ id: user.aadObjectId, name: user.name });

function holdView({ hold, subjectName, visitDay }: NamedHold): HoldView {
  return {
    id: hold.id,
    kind: hold.subject.kind,
    subjectId: hold.subject.id,
    ...(subjectName !== undefined ? { subjectName } : {}),
    ...(visitDay !== undefined ? { visitDay } : {}),
    reason: hold.reason,
    placedBy: hold.placedBy.name,
    placedAt: hold.placedAt,
    ...(hold.lifted ? { lifted: { by: hold.lifted.by.name, at: hold.lifted.at } } : {}),
  };
}
