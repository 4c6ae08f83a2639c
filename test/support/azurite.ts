import { startAzurite, type RunningAzurite } from '../../src/storage/azurite';
import { freePort } from './free-port';

/** A real Azurite table service on a free loopback port, in memory: one per suite. */
export async function startTestAzurite(): Promise<RunningAzurite & { port: number }> {
  const port = await freePort();
  return { ...(await startAzurite({ port })), port };
}

let counter = 0;
/** A table prefix no other test uses, so suites sharing an Azurite never see each other's rows. */
export function uniquePrefix(): string {
  counter += 1;
  return `t${process.pid}n${counter}`;
}
