import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

/** Azurite's published development account (a well-known, non-secret key). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const READY_LINE = 'Azurite Table service successfully started';

export interface AzuriteOptions {
  readonly port: number;
  /** Where tables persist; omit to keep everything in memory (tests). */
  readonly dataDir?: string;
  readonly startTimeoutMs?: number;
}

export interface RunningAzurite {
  readonly connectionString: string;
  /** False when an Azurite already listening on the port was reused. */
  readonly owned: boolean;
  stop(): Promise<void>;
}

/** The connection string of an Azurite table service on loopback. */
export function azuriteConnectionString(port: number): string {
  return (
    `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};` +
    `TableEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`
  );
}

/**
 * Starts Azurite's table service as a child process on 127.0.0.1 (telemetry off) and waits until it is ready.
 * An Azurite already answering on the port (e.g. a running `npm start`) is reused rather than fought over.
 */
export async function startAzurite(options: AzuriteOptions): Promise<RunningAzurite> {
  const connectionString = azuriteConnectionString(options.port);
  const existing = await probe(options.port);
  if (existing === 'azurite') return { connectionString, owned: false, stop: async () => undefined };
  if (existing === 'other') {
    throw new Error(
      `Port ${options.port} is in use by something that is not Azurite; set AZURITE_TABLE_PORT to a free port.`,
    );
  }
  const args = [
    require.resolve('azurite/dist/src/table/main.js'),
    '--tableHost',
    '127.0.0.1',
    '--tablePort',
    String(options.port),
    '--disableTelemetry',
    '--skipApiVersionCheck',
  ];
  if (options.dataDir) {
    const location = path.resolve(options.dataDir);
    mkdirSync(location, { recursive: true });
    args.push('--location', location);
  } else {
    args.push('--inMemoryPersistence');
  }
  // Its own process group, so that a terminal's Ctrl-C reaches only us and we stop it once, in order.
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const stopOnExit = (): void => void child.kill('SIGINT');
  process.once('exit', stopOnExit);
  await waitUntilReady(child, options.startTimeoutMs ?? 30_000).catch((error: unknown) => {
    process.off('exit', stopOnExit);
    throw error;
  });
  return {
    connectionString,
    owned: true,
    stop: async () => {
      process.off('exit', stopOnExit);
      // Azurite saves its tables on SIGINT; SIGTERM would drop writes not yet autosaved.
      await stopChild(child, 'SIGINT');
    },
  };
}

function waitUntilReady(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Azurite did not start within ${timeoutMs} ms. Output:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes(READY_LINE)) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        child.stderr?.resume();
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with code ${code} before it was ready. Output:\n${output}`));
    });
  });
}

/** Asks a child process to stop with `signal`, kills it if it has not exited within 5 s, and waits. */
export function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill(signal);
  });
}

/** What answers on the port: Azurite, something else, or nothing. */
function probe(port: number): Promise<'azurite' | 'other' | 'none'> {
  return new Promise((resolve) => {
    const request = http.get(
      { host: '127.0.0.1', port, path: `/${DEV_ACCOUNT}/Tables`, timeout: 2_000 },
      (res) => {
        res.resume();
        resolve(String(res.headers.server ?? '').includes('Azurite') ? 'azurite' : 'other');
      },
    );
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', (error: NodeJS.ErrnoException) =>
      resolve(error.code === 'ECONNREFUSED' ? 'none' : 'other'),
    );
  });
}
