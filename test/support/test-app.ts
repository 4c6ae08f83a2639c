import type { Clock } from '../../src/kernel/clock';
import { readConfig } from '../../src/config';
import { startApp, type RunningApp, type StartOptions } from '../../src/index';
import { createLogger } from '../../src/kernel/log';
import { testClock } from './clock';

export interface TestApp {
  readonly app: RunningApp;
  readonly baseUrl: string;
  /** Every log line the app wrote, in order. */
  readonly logs: string[];
  /** POSTs an activity to /api/messages; resolves once the turn is over, with the HTTP status. */
  post(activity: Record<string, unknown>): Promise<number>;
  /** POSTs an invoke activity; resolves with the HTTP status and the invoke response body. */
  invoke(activity: Record<string, unknown>): Promise<{ status: number; body: Record<string, unknown> }>;
  stop(): Promise<void>;
}

/** Starts the real app (composition root and all) on a free port against the given storage. */
export async function startTestApp(
  env: Record<string, string>,
  clock: Clock = testClock(),
  options: StartOptions = {},
): Promise<TestApp> {
  const logs: string[] = [];
  // Nudges are evaluated hourly unless a test asks otherwise, so they never surprise a test of something else.
  const config = { ...readConfig({ NODE_ENV: 'test', NUDGE_TICK_MS: '3600000', ...env }), port: 0 };
  const app = await startApp(
    config,
    createLogger((_level, line) => logs.push(line)),
    clock,
    options,
  );
  const send = (activity: Record<string, unknown>): Promise<Response> =>
    fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
  const baseUrl = `http://127.0.0.1:${app.port}`;
  return {
    app,
    baseUrl,
    logs,
    async post(activity) {
      const response = await send(activity);
      await response.arrayBuffer();
      return response.status;
    },
    async invoke(activity) {
      const response = await send(activity);
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
    },
    stop: () => app.stop(),
  };
}

/** Instances of the app on one storage account sharing `clock`, their outbox and scheduler loops ticking every 100 ms. */
export async function startInstances(
  connectionString: string,
  prefix: string,
  clock: Clock,
  count = 2,
): Promise<TestApp[]> {
  const env = {
    AZURE_STORAGE_CONNECTION_STRING: connectionString,
    TABLE_PREFIX: prefix,
    NUDGE_TICK_MS: '100',
    OUTBOX_POLL_MS: '100',
  };
  const apps: TestApp[] = [];
  for (let i = 0; i < count; i++) apps.push(await startTestApp(env, clock));
  return apps;
}
