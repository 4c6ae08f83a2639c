import { renderPlan, renderRota, type PlanRow } from '../cards/rota-cards';
import { renderNotice } from '../cards/notice-card';
import { PLAN_TIME } from '../rota/planning';
import { badData, onlyPartnerships, text } from './channel-guards';
import type { Turn } from './turn';

type Handler = (turn: Turn, data: Record<string, unknown>) => Promise<object>;

/** Plan ids are ours (UUIDs); the id goes into bookings and message keys, so nothing else is accepted. */
const PLAN_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The plan card for a year: a fresh proposal, or the officer's rows again with what is wrong in them. */
async function planCard(
  turn: Turn,
  year: number,
  plan: { id: string; rows: readonly PlanRow[] } | undefined,
  notice?: { text: string; good: boolean },
): Promise<object> {
  const problem = turn.planning.checkYear(year);
  if (problem) return renderNotice('Plan a year of visits', [problem]);
  const [services, councillors, booked] = await Promise.all([
    turn.directory.services(),
    turn.directory.councillors(),
    turn.planning.bookedIn(year),
  ]);
  const proposal = plan ?? (await turn.planning.propose(year));
  const rows = 'rows' in proposal ? proposal.rows : proposal.visits.map((v) => ({ ...v, include: true }));
  return renderPlan({
    planId: proposal.id,
    year,
    time: PLAN_TIME,
    rows,
    services: services.map((s) => ({ id: s.id, name: s.name })),
    councillors: councillors.map((c) => ({ id: c.aadObjectId, name: c.name })),
    booked,
    ...(notice ? { notice } : {}),
  });
}

/** `plan <year>`: the proposal card. */
export const proposePlanCard = (turn: Turn, year: number): Promise<object> => planCard(turn, year, undefined);

export const PLAN_ROUTES: Readonly<Record<string, Handler>> = {
  'rota.plan': async (turn, data) => onlyPartnerships(turn) ?? proposePlanCard(turn, Number(data.year)),

  'rota.plan-accept': async (turn, data) => {
    const refusal = onlyPartnerships(turn);
    if (refusal) return refusal;
    const planId = text(data, 'planId');
    const year = Number(data.year);
    const services = data.services;
    if (!PLAN_ID.test(planId) || !Array.isArray(services) || !services.every((s) => typeof s === 'string')) {
      return badData;
    }
    const rows: PlanRow[] = services.map((serviceId: string, i) => ({
      serviceId,
      day: text(data, `day.${i}`),
      councillorIds: text(data, `councillors.${i}`).split(',').filter(Boolean),
      include: text(data, `include.${i}`) !== 'false',
    }));
    const kept = rows.flatMap(({ include, serviceId, day, councillorIds }, i) =>
      include ? [{ row: i, visit: { serviceId, day, councillorIds } }] : [],
    );
    if (kept.length === 0) {
      return planCard(
        turn,
        year,
        { id: planId, rows },
        { text: 'Tick at least one visit to book.', good: false },
      );
    }
    const result = await turn.planning.accept(turn.user!, planId, year, kept);
    if (!result.ok) {
      const marked = rows.map((row, i) => {
        const problem = result.problems.get(i);
        return problem ? { ...row, problem } : row;
      });
      const count = result.problems.size;
      return planCard(
        turn,
        year,
        { id: planId, rows: marked },
        {
          text: `Nothing was booked yet: ${count} visit${count === 1 ? ' needs' : 's need'} a change (marked below).`,
          good: false,
        },
      );
    }
    turn.rotaChanged();
    const notice =
      result.booked === 0
        ? 'Those visits were booked already; nothing was booked twice.'
        : `Booked ${result.booked} visit${result.booked === 1 ? '' : 's'} from the ${year} plan; each councillor will be sent one message listing their visits.`;
    return renderRota(await turn.rota.overview(), notice);
  },
};
