import path from 'node:path';
import { createPeopleRepository } from '../../src/storage/people-repository';
import { azuriteConnectionString, startAzurite } from '../../src/storage/azurite';
import { openTables } from '../../src/storage/tables';
import { StandInConnector } from '../support/connector';
import { freePort } from '../support/free-port';
import { seedExampleDirectory } from '../support/seed';
import { countingProxy } from './counting-proxy';
import { benchOverview } from './overview.bench';
import { peakRssMb, percentile, startChild } from './kit';
import { walkthrough, type Councillor, type Sample, type Target } from './load';

/**
 * `npm run bench`: Azurite, the bot (compiled, as `npm start` runs it) and a bare botbuilder echo bot, each a
 * child process, driven through POST /api/messages by simulated councillors doing complete walkthroughs.
 * Storage traffic passes through a counting proxy. Figures are printed one per line, each with its unit.
 */
const COUNCILLORS = Number(process.env.BENCH_COUNCILLORS ?? 50);
const INTERVAL_MS = Number(process.env.BENCH_INTERVAL_MS ?? 2_000);
const CLOSED_SECONDS = Number(process.env.BENCH_CLOSED_SECONDS ?? 10);
const STEPS = 12;
const TENANT = '00000000-0000-4000-8000-000000000001';
const ROOT = path.join(__dirname, '../../..');

const councillors: Councillor[] = Array.from({ length: COUNCILLORS }, (_, i) => ({
  id: `29:bench-${i}`,
  aadObjectId: `b0000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  name: `Cllr Bench ${i}`,
}));

/** Open loop: councillor i acts every INTERVAL_MS from its own offset, whether or not the bot keeps up. */
async function openLoop(target: Target): Promise<Sample[]> {
  const samples: Sample[] = [];
  const t0 = performance.now() + 200;
  await Promise.all(
    councillors.map((who, i) => {
      let k = 0;
      const pace = async (): Promise<number> => {
        const due = t0 + (i * INTERVAL_MS) / COUNCILLORS + k++ * INTERVAL_MS;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        return due; // latency counts from when the action was due, so a slow bot cannot hide its queue
      };
      return walkthrough(target, who, STEPS, pace, (s) => samples.push(s));
    }),
  );
  return samples;
}

/** Closed loop: every councillor does walkthroughs back to back; the most the bot can take. */
async function closedLoop(target: Target): Promise<number> {
  let steps = 0;
  const end = performance.now() + CLOSED_SECONDS * 1000;
  const start = performance.now();
  await Promise.all(
    councillors.map(async (who) => {
      while (performance.now() < end) {
        await walkthrough(
          target,
          who,
          STEPS,
          async () => performance.now(),
          (s) => {
            if (s.kind === 'step' && performance.now() < end) steps++;
          },
        );
      }
    }),
  );
  return steps / ((Math.min(performance.now(), end) - start) / 1000);
}

async function main(): Promise<void> {
  const azurite = await startAzurite({ port: await freePort() });
  const proxy = await countingProxy(Number(/:(\d+)\//.exec(azurite.connectionString)?.[1]));
  const connector = await new StandInConnector().start();
  const prefix = `bench${Date.now()}`;
  const tables = await seedExampleDirectory(azurite.connectionString, prefix);
  await createPeopleRepository(tables.People).upsertMany(
    councillors.map((c) => ({
      aadObjectId: c.aadObjectId,
      name: c.name,
      email: `${c.id}@bench.example`,
      role: 'councillor' as const,
    })),
  );
  await openTables(azurite.connectionString, prefix);

  const ours = await startChild(path.join(ROOT, 'dist/src/index.js'), {
    AZURE_STORAGE_CONNECTION_STRING: azuriteConnectionString(proxy.port),
    TABLE_PREFIX: prefix,
    ALLOWED_TENANT_IDS: TENANT,
  });
  const echo = await startChild(path.join(ROOT, '.test-build/test/bench/echo-bot.js'), {});
  const target = (url: string): Target => ({ url, serviceUrl: connector.url, tenantId: TENANT });
  const idleRss = peakRssMb(ours.child.pid);

  // Storage round trips per step, measured alone so no other traffic is counted.
  const perStep: number[] = [];
  await walkthrough(
    target(ours.url),
    councillors[0]!,
    STEPS,
    async () => {
      perStep.push(proxy.count());
      return performance.now();
    },
    () => undefined,
  );
  const counts = perStep.map((c, i) => (perStep[i + 1] ?? proxy.count()) - c);
  const stepRequests = counts.slice(2, 2 + STEPS);

  console.log(
    `Offered load: ${COUNCILLORS} councillors, each acting every ${INTERVAL_MS} ms (${((COUNCILLORS * 1000) / INTERVAL_MS).toFixed(1)} actions/s), ${STEPS} steps per walkthrough`,
  );
  const results: Record<string, Sample[]> = {};
  for (const [name, url] of [
    ['ours', ours.url],
    ['echo', echo.url],
  ] as const) {
    results[name] = await openLoop(target(url));
  }
  const openLoopRss = { ours: peakRssMb(ours.child.pid), echo: peakRssMb(echo.child.pid) };
  const stepMs = (name: string) =>
    results[name]!.filter((s) => s.kind === 'step')
      .map((s) => s.ms)
      .sort((a, b) => a - b);
  const ourSteps = stepMs('ours');
  const echoSteps = stepMs('echo');
  console.log(`steps measured: ${ourSteps.length}`);
  console.log(`p50 per step: ${percentile(ourSteps, 50).toFixed(1)} ms`);
  console.log(`p95 per step: ${percentile(ourSteps, 95).toFixed(1)} ms`);
  console.log(`p99 per step: ${percentile(ourSteps, 99).toFixed(1)} ms`);
  console.log(`max per step: ${(ourSteps.at(-1) ?? NaN).toFixed(1)} ms`);
  console.log(`echo bot p95 per step: ${percentile(echoSteps, 95).toFixed(1)} ms`);
  console.log(
    `our p95 over echo p95: ${(percentile(ourSteps, 95) / percentile(echoSteps, 95)).toFixed(2)} x`,
  );
  console.log(
    `storage requests per step: ${(stepRequests.reduce((a, b) => a + b, 0) / stepRequests.length).toFixed(2)} (max ${Math.max(...stepRequests)})`,
  );
  console.log(
    `storage requests per start: ${counts[0]}; per new visit: ${counts[1]}; per submit: ${counts.at(-1)}`,
  );

  console.log(`Closed loop: ${COUNCILLORS} councillors acting back to back for ${CLOSED_SECONDS} s`);
  console.log(`max throughput: ${(await closedLoop(target(ours.url))).toFixed(1)} steps/s`);
  console.log(`echo bot max throughput: ${(await closedLoop(target(echo.url))).toFixed(1)} steps/s`);
  console.log(`RSS of the bot at rest after start-up: ${idleRss.toFixed(1)} MB`);
  console.log(`peak RSS of the bot under the offered load: ${openLoopRss.ours.toFixed(1)} MB`);
  console.log(`peak RSS of the echo bot under the offered load: ${openLoopRss.echo.toFixed(1)} MB`);
  console.log(`peak RSS of the bot at max throughput: ${peakRssMb(ours.child.pid).toFixed(1)} MB`);
  console.log(`peak RSS of the echo bot at max throughput: ${peakRssMb(echo.child.pid).toFixed(1)} MB`);

  for (const { child } of [ours, echo]) child.kill('SIGTERM');
  await connector.stop();
  proxy.close();

  await benchOverview(azurite.connectionString);
  await azurite.stop();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
