import { renderNotice } from '../../cards/notice-card';
import { renderPlan, type PlanRow } from '../../cards/rota-cards';
import { VERB } from '../../cards/verbs';
import type { DirectoryLookup } from '../../directory/directory';
import type { Planning } from '../../rota/planning';
import { PLAN_TIME } from '../../rota/planning';
import { KEEPS_ROTA, type Rota } from '../../rota/rota';
import { bad, forRoles, ok, parseId, text, type CardAction } from './card-action';
import { rotaCard } from './rota-actions';

export interface PlanDeps {
  readonly planning: Planning;
  readonly rota: Pick<Rota, 'overview'>;
  readonly directory: Pick<DirectoryLookup, 'services' | 'councillors'>;
  /** Tells the nudge scheduler that the rota changed. */
  readonly kickNudges: () => void;
}

type Notice = { text: string; good: boolean };

/** The plan card for a year: a fresh proposal, or the officer's rows again with what is wrong in them. */
export async function planCard(
  deps: PlanDeps,
  year: number,
  plan?: { id: string; rows: readonly PlanRow[] },
  notice?: Notice,
): Promise<object> {
  const problem = deps.planning.checkYear(year);
  if (problem) return renderNotice('Plan a year of visits', [problem]);
  const [services, councillors, booked] = await Promise.all([
    deps.directory.services(),
    deps.directory.councillors(),
    deps.planning.bookedIn(year),
  ]);
  const proposal = plan ?? (await deps.planning.propose(year));
  const rows =
    'rows' in proposal
      ? proposal.rows
      : proposal.visits.map((v) => ({ ...v, time: PLAN_TIME, include: true }));
  return renderPlan({
    planId: proposal.id,
    year,
    rows,
    services: services.map((s) => ({ id: s.id, name: s.name })),
    councillors: councillors.map((c) => ({ id: c.aadObjectId, name: c.name })),
    booked,
    ...(notice ? { notice } : {}),
  });
}

/** Propose again, and Book these visits, on the plan card. */
export function planActions(deps: PlanDeps): CardAction[] {
  return [
    forRoles({
      ...KEEPS_ROTA,
      verb: VERB.rotaPlan,
      parse: (data) => ok(Number(data.year)),
      run: (year) => planCard(deps, year),
    }),
    forRoles({
      ...KEEPS_ROTA,
      verb: VERB.rotaPlanAccept,
      parse: (data) => {
        const planId = parseId(data, 'planId');
        const services = data.services;
        if (!planId.ok) return planId;
        if (!Array.isArray(services) || !services.every((s) => typeof s === 'string')) return bad('services');
        const rows: PlanRow[] = services.map((serviceId: string, i) => ({
          serviceId,
          day: text(data, `day.${i}`),
          // A card from before rows had a start time sends none: the plan's time, as that card said.
          time: data[`time.${i}`] === undefined ? PLAN_TIME : text(data, `time.${i}`),
          councillorIds: text(data, `councillors.${i}`).split(',').filter(Boolean),
          include: text(data, `include.${i}`) !== 'false',
        }));
        return ok({ planId: planId.value, year: Number(data.year), rows });
      },
      async run({ planId, year, rows }, user) {
        const again = (marked: readonly PlanRow[], notice: Notice) =>
          planCard(deps, year, { id: planId, rows: marked }, notice);
        const kept = rows.flatMap(({ include, serviceId, day, time, councillorIds }, i) =>
          include ? [{ row: i, visit: { serviceId, day, time, councillorIds } }] : [],
        );
        if (kept.length === 0) return again(rows, { text: 'Tick at least one visit to book.', good: false });
        const result = await deps.planning.accept(user, planId, year, kept);
        if (!result.ok) {
          const marked = rows.map((row, i) => {
            const problem = result.problems.get(i);
            return problem ? { ...row, problem } : row;
          });
          const count = result.problems.size;
          return again(marked, {
            text: `Nothing was booked yet: ${count} visit${count === 1 ? ' needs' : 's need'} a change (marked below).`,
            good: false,
          });
        }
        deps.kickNudges();
        return rotaCard(
          deps,
          result.booked === 0
            ? 'Those visits were booked already; nothing was booked twice.'
            : `Booked ${result.booked} visit${result.booked === 1 ? '' : 's'} from the ${year} plan; each councillor will be sent one message listing their visits.`,
        );
      },
    }),
  ];
}
