import { createActions } from '../../../src/actions/actions';
import type { ActionRepository } from '../../../src/actions/store';
import type { Action } from '../../../src/actions/types';
import type { Person, Service } from '../../../src/directory/types';
import type { Clock } from '../../../src/kernel/clock';
import { ConcurrencyConflict } from '../../../src/kernel/errors';
import type { Day } from '../../../src/kernel/london';
import type { ReportVisit } from '../../../src/report/types';
import { memoryAudit } from '../../support/audit';
import { testClock, testDay } from '../../support/clock';

const person = (aadObjectId: string, name: string, role: Person['role']): Person => ({
  aadObjectId,
  name,
  email: `${aadObjectId}@council.example`,
  role,
});
export const DANA = person('dana', 'Dana Whitfield', 'responder');
export const RUTH = person('ruth', 'Ruth Ellison', 'responder');
export const OWEN = person('owen', 'Owen Price', 'responder');
export const SAM = person('sam', 'Sam Okafor', 'partnerships');
export const ALEX = person('alex', 'Cllr Alex Morgan', 'councillor');
export const PRIYA = person('priya', 'Cllr Priya Shah', 'councillor');
const PEOPLE = [DANA, RUTH, OWEN, SAM, ALEX, PRIYA];

export const CHECS: Service = { id: 'checs', name: 'ChECS', cadenceMonths: 5, responderIds: ['dana'] };
const CREWE: Service = { id: 'crewe', name: 'CIN/CP Crewe', cadenceMonths: 5, responderIds: ['ruth'] };

/** A submitted visit as the report index holds it (Signs of Safety unless told). */
export function visit(
  fields: Pick<ReportVisit, 'visitId' | 'date' | 'answers'> & Partial<ReportVisit>,
): ReportVisit {
  return {
    serviceId: CHECS.id,
    serviceName: CHECS.name,
    councillorNames: [ALEX.name],
    formKey: 'signs-of-safety@2',
    submittedAt: `${fields.date}T16:00:00.000Z`,
    responderNames: [DANA.name],
    responses: [],
    complete: false,
    version: 1,
    ...fields,
  };
}

/** A ChECS visit whose next steps make three proposals. */
export const CHECS_VISIT = visit({
  visitId: 'v-checs-1',
  date: testDay(-20),
  answers: {
    'outcomes.working-well': 'The team works well together.',
    'outcomes.next-steps': '- Recruit two social workers\n- Protect time for training\n- Fix the printers',
  },
});

/** An ActionRepository in memory: one partition per service, a transaction per `saveAll`, etags counted up. */
export function memoryActions(initial: readonly Action[] = []) {
  const rows = new Map<string, Action>();
  const key = (serviceId: string, id: string) => `${serviceId}\u0000${id}`;
  let version = 0;
  for (const a of initial) rows.set(key(a.serviceId, a.id), a.etag ? a : { ...a, etag: `e${++version}` });
  const saves: Action[][] = [];
  const repository: ActionRepository = {
    forService: async (serviceId) =>
      [...rows.values()]
        .filter((a) => a.serviceId === serviceId)
        .sort((a, b) => a.visitDate.localeCompare(b.visitDate)),
    get: async (serviceId, id) => rows.get(key(serviceId, id)),
    async saveAll(serviceId, actions) {
      for (const a of actions) {
        const stored = rows.get(key(serviceId, a.id));
        if (a.serviceId !== serviceId) throw new Error(`${a.id} is not ${serviceId}'s`);
        if (a.etag === '' ? stored !== undefined : stored?.etag !== a.etag) throw new ConcurrencyConflict();
      }
      const saved = actions.map((a) => ({ ...a, etag: `e${++version}` }));
      for (const a of saved) rows.set(key(serviceId, a.id), a);
      saves.push(saved);
      return saved;
    },
    all: async () => [...rows.values()],
  };
  return { repository, rows: () => [...rows.values()], saves };
}

/** The actions use case over a memory store, the report index's visits and a directory of the people above. */
export function actionsWith({
  stored = [] as readonly Action[],
  visits = [] as readonly ReportVisit[],
  clock = testClock() as Clock,
} = {}) {
  const store = memoryActions(stored);
  const audit = memoryAudit(clock);
  const actions = createActions({
    actions: store.repository,
    reportVisits: {
      between: async (from: Day, to: Day) =>
        visits.filter((v) => v.date >= from && v.date <= to).sort((a, b) => a.date.localeCompare(b.date)),
    },
    directory: {
      person: async (id) => PEOPLE.find((p) => p.aadObjectId === id),
      servicesRespondedBy: async (id) => [CHECS, CREWE].filter((s) => s.responderIds.includes(id)),
    },
    clock,
    audit: audit.trail,
  });
  return { actions, store, audit: audit.entries };
}

/** A stored action of a visit. */
export const stored = (v: ReportVisit, id: string, extra: Partial<Action> = {}): Action => ({
  id,
  visitId: v.visitId,
  serviceId: v.serviceId,
  serviceName: v.serviceName,
  visitDate: v.date,
  text: `Action ${id}`,
  status: 'agreed',
  history: [],
  impacts: [],
  etag: '',
  ...extra,
});
