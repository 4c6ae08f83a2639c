import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { freePort } from '../support/free-port';

/** What the benchmarks share: their child processes, figures, and loading data in parallel. */

/** Starts a Node script as a child process on a free port and waits until its /healthz answers. */
export async function startChild(
  script: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; base: string; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', script], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'development', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (
    !(await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${script} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { child, base, url: `${base}/api/messages` };
}

/** Peak resident memory of a process, from Linux's VmHWM. */
export function peakRssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

/** The p-th percentile of ascending samples (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Runs `fn` over the items, at most `limit` at a time. */
export async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

/** A stable UUID-shaped id for a key, so a benchmark's data is the same on every run. */
export const uuidOf = (key: string): string =>
  createHash('sha1')
    .update(key)
    .digest('hex')
    .slice(0, 32)
    .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
