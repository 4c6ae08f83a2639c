import path from 'node:path';
import type { Person, Service } from '../../src/directory/types';
import { addDays, londonTime, type Day } from '../../src/kernel/london';
import { azuriteConnectionString, startAzurite } from '../../src/storage/azurite';
import { createStores, type Stores } from '../../src/storage/stores';
import { openTables } from '../../src/storage/tables';
import { testDay } from '../support/clock';
import { freePort } from '../support/free-port';
import { countingProxy } from './counting-proxy';
import { eachLimited, percentile, startChild, uuidOf } from './kit';

/**
 * GET /api/overview for the partnerships team over 50 services with five years of visits (every five months per
 * service: booked on the rota, the form answered and submitted, the request posted, the responses in; the latest
 * of some still a draft or awaiting a response; some next visits booked), loaded straight through the
 * repositories. The app runs as a child process in local mode; requests are offered at a fixed rate (open loop),
 * each timed from when it was due. BENCH_OVERVIEW_SERVICES, _YEARS, _RATE and _SECONDS change the load.
 */
const SERVICES = Number(process.env.BENCH_OVERVIEW_SERVICES ?? 50);
const YEARS = Number(process.env.BENCH_OVERVIEW_YEARS ?? 5);
const RATE = Number(process.env.BENCH_OVERVIEW_RATE ?? 20);
const SECONDS = Number(process.env.BENCH_OVERVIEW_SECONDS ?? 15);
const CADENCE_DAYS = 152;
const OFFICER = 'bench-officer';
const FORM = 'signs-of-safety@2';
const STEPS = [
  'staff',
  ...['outcomes', 'support', 'other'].flatMap((a) =>
    ['working-well', 'worries', 'next-steps'].map((l) => `${a}.${l}`),
  ),
  'covid',
  'comments',
];
const ANSWER =
  'Staff told us that supervision is regular and reflective, and caseloads are high but manageable. '.repeat(
    4,
  );

const person = (aadObjectId: string, name: string, role: Person['role']): Person => ({
  aadObjectId,
  name,
  email: `${aadObjectId}@bench.example`,
  role,
});
const councillors = Array.from({ length: 24 }, (_, i) =>
  person(`bench-cllr-${i}`, `Cllr Bench ${i}`, 'councillor'),
);
const responders = Array.from({ length: SERVICES * 2 }, (_, i) =>
  person(`bench-hos-${i}`, `Head ${i}`, 'responder'),
);
const services: Service[] = Array.from({ length: SERVICES }, (_, i) => ({
  id: `bench-service-${String(i + 1).padStart(2, '0')}`,
  name: `Bench service ${i + 1}`,
  cadenceMonths: 5,
  responderIds: responders.slice(i * 2, i * 2 + (i % 2 ? 1 : 2)).map((p) => p.aadObjectId),
  order: i + 1,
}));
interface Planned {
  readonly service: Service;
  readonly index: number;
  readonly day: Day;
  /** The service's latest visit: a draft, or awaiting its last response, for some services. */
  readonly latest: boolean;
}

/** Every service's visits, five months apart, the latest 20 to 180 days ago, back five years. */
function plan(): Planned[] {
  const today = testDay(0);
  return services.flatMap((service, index) => {
    const last = addDays(today, -(20 + ((index * 37) % 160)));
    const count = Math.floor((YEARS * 365) / CADENCE_DAYS);
    return Array.from({ length: count }, (_, k) => ({
      service,
      index,
      day: addDays(last, -k * CADENCE_DAYS),
      latest: k === 0,
    }));
  });
}

/** One visit, as the rota, the walkthrough and the responses would have written it. */
async function writeVisit(stores: Stores, { service, index, day, latest }: Planned): Promise<void> {
  const id = uuidOf(`${service.id}/${day}`);
  const on = [councillors[index % 24]!, councillors[(index + 7) % 24]!];
  const at = (days: number, time: string): string => londonTime(addDays(day, days), time).toISOString();
  await stores.bookings.create({
    id,
    serviceId: service.id,
    day,
    time: '10:00',
    councillorIds: on.map((c) => c.aadObjectId),
    status: 'booked',
    history: [{ at: at(-30, '09:00'), byName: 'Partnerships Officer', what: `booked for ${day} 10:00` }],
  });
  const visit = {
    id,
    serviceId: service.id,
    serviceName: service.name,
    date: day,
    councillorIds: on.map((c) => c.aadObjectId),
    councillorNames: on.map((c) => c.name),
    formKey: FORM,
    status: 'draft' as const,
    createdBy: on[0]!.aadObjectId,
    createdAt: at(0, '11:30'),
  };
  await stores.visits.create(visit);
  await stores.councillorVisits.add(visit.councillorIds, { visitId: id, date: day });
  for (const stepId of STEPS) {
    const answer = {
      stepId,
      text: ANSWER,
      revision: 1,
      updatedBy: on[0]!.aadObjectId,
      updatedByName: on[0]!.name,
      updatedAt: at(2, '14:00'),
    };
    await stores.visits.saveAnswer(id, answer, undefined);
  }
  if (latest && index % 7 === 0) return; // the form is still a draft
  const named = service.responderIds.map((r) => responders.find((p) => p.aadObjectId === r)!);
  const request = {
    messageId: `${id}.request`,
    responderIds: named.map((p) => p.aadObjectId),
    responderNames: named.map((p) => p.name),
    revision: 0,
  };
  const post = {
    id: request.messageId,
    to: { kind: 'service' as const, serviceId: service.id },
    kind: 'post' as const,
    summary: `Response request: ${service.name}`,
    activity: { text: 'request' },
  };
  const drafted = (await stores.visits.load(id))!;
  await stores.visits.submit(
    drafted.visit,
    { by: on[0]!.aadObjectId, byName: on[0]!.name, at: at(4, '15:00') },
    request,
    [post],
  );
  const queued = (await stores.visitOutbox.get(id, post.id))!;
  await stores.visitOutbox.update(queued, {
    status: 'sent',
    sentActivityId: `1${String(index).padStart(12, '0')}`,
  });
  const responding = latest && index % 5 === 1 ? named.slice(0, -1) : named; // the last response still awaited
  for (const [i, responder] of responding.entries()) {
    const { request: current } = (await stores.visits.load(id))!;
    const response = {
      responderId: responder.aadObjectId,
      name: responder.name,
      text: 'Thank you for visiting. We have agreed funding for two posts.',
      at: at(14 + i, '12:00'),
      edited: false,
    };
    const complete = i === named.length - 1;
    await stores.visits.respond(
      id,
      response,
      undefined,
      current!,
      { revision: i + 1, ...(complete ? { completedAt: response.at } : {}) },
      [],
    );
  }
}

async function seed(stores: Stores): Promise<{ visits: number; bookings: number }> {
  await stores.people.upsertMany([
    ...councillors,
    ...responders,
    person(OFFICER, 'Partnerships Officer', 'partnerships'),
  ]);
  await stores.services.upsertMany(services);
  await stores.reportVisits.markBuilt(); // the committee report's index is not what this measures
  const visits = plan();
  await eachLimited(visits, 16, (v) => writeVisit(stores, v));
  const ahead = services.filter((_, i) => i % 10 === 3);
  await eachLimited(ahead, 16, (service) =>
    stores.bookings.create({
      id: uuidOf(`${service.id}/next`),
      serviceId: service.id,
      day: addDays(testDay(0), 10),
      time: '10:00',
      councillorIds: [councillors[0]!.aadObjectId],
      status: 'booked',
      history: [],
    }),
  );
  return { visits: visits.length, bookings: visits.length + ahead.length };
}

/** Offers GET /api/overview at RATE per second for SECONDS, and prints p50, p95 and p99. */
export async function benchOverview(connectionString: string): Promise<void> {
  const prefix = `overview${Date.now()}`;
  const started = Date.now();
  const { visits, bookings } = await seed(createStores(await openTables(connectionString, prefix)));
  const seededIn = (Date.now() - started) / 1000;
  const proxy = await countingProxy(Number(/:(\d+)\//.exec(connectionString)?.[1]));
  const app = await startChild(path.join(__dirname, 'overview-app.js'), {
    AZURE_STORAGE_CONNECTION_STRING: azuriteConnectionString(proxy.port),
    TABLE_PREFIX: prefix,
    NUDGE_TICK_MS: '3600000',
  });
  const overview = async (): Promise<number> => {
    const response = await fetch(`${app.base}/api/overview`, { headers: { 'x-local-user': OFFICER } });
    const body = await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`GET /api/overview answered ${response.status}`);
    return body.byteLength;
  };
  const alone: number[] = [];
  for (let i = 0; i < 11; i++) {
    const start = performance.now();
    await overview();
    alone.push(performance.now() - start);
  }
  alone.sort((a, b) => a - b);
  const before = proxy.count();
  const bytes = await overview();
  const requests = proxy.count() - before;

  const samples: number[] = [];
  const t0 = performance.now() + 100;
  await Promise.all(
    Array.from({ length: RATE * SECONDS }, async (_, k) => {
      const due = t0 + (k * 1000) / RATE;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
      await overview();
      samples.push(performance.now() - due);
    }),
  );
  samples.sort((a, b) => a - b);
  const load = `at ${RATE} requests/s offered for ${SECONDS} s`;
  console.log(
    `Overview: ${SERVICES} services, ${YEARS} years: ${visits} submitted or draft visits, ${bookings} bookings (seeded in ${seededIn.toFixed(0)} s)`,
  );
  console.log(`GET /api/overview storage requests: ${requests}; response: ${(bytes / 1024).toFixed(1)} KB`);
  console.log(
    `GET /api/overview alone (one at a time), median of 11: ${percentile(alone, 50).toFixed(1)} ms`,
  );
  console.log(`GET /api/overview p50 ${load}: ${percentile(samples, 50).toFixed(1)} ms`);
  console.log(`GET /api/overview p95 ${load}: ${percentile(samples, 95).toFixed(1)} ms (target 50 ms)`);
  console.log(`GET /api/overview p99 ${load}: ${percentile(samples, 99).toFixed(1)} ms`);
  app.child.kill('SIGTERM');
  proxy.close();
}

if (require.main === module) {
  (async () => {
    const azurite = await startAzurite({ port: await freePort() });
    try {
      await benchOverview(azurite.connectionString);
    } finally {
      await azurite.stop();
    }
  })().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
