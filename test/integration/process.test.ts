import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TableClient } from '@azure/data-tables';
import { azuriteConnectionString } from '../../src/storage/azurite';
import { freePort } from '../support/free-port';

const BUILD = path.join(__dirname, '../../src');
const EXAMPLE = path.join(__dirname, '../../../directory.example.yaml');

const running = new Set<ChildProcess>();

interface Run {
  readonly child: ChildProcess;
  output: string;
  readonly exited: Promise<number | null>;
}

/** Runs compiled code as `npm start` would, in a scratch folder with only the given environment. */
function run(script: string, args: string[], env: Record<string, string>, cwd: string): Run {
  const child = spawn(process.execPath, [path.join(BUILD, script), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const result: Run = {
    child,
    output: '',
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
  };
  child.stdout?.on('data', (chunk: Buffer) => (result.output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (result.output += chunk.toString()));
  return result;
}

async function waitForHealth(port: number, process: Run, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return Date.now();
    if (process.child.exitCode !== null) assert.fail(`the bot exited early:\n${process.output}`);
    if (Date.now() > deadline) assert.fail(`no 200 from /healthz within ${timeoutMs} ms:\n${process.output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const countPeople = async (azuritePort: number): Promise<number> => {
  const table = TableClient.fromConnectionString(azuriteConnectionString(azuritePort), 'People', {
    allowInsecureConnection: true,
  });
  let count = 0;
  for await (const _ of table.listEntities()) count++;
  return count;
};

describe('the bot as a process (compiled, as npm start runs it)', function () {
  this.timeout(120_000);
  let scratch: string;

  before(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'fv-process-'));
  });
  afterEach(async () => {
    // A failed assertion must not leave a bot (and its Azurite) running: SIGINT lets it stop Azurite too.
    for (const child of running) child.kill('SIGINT');
    while (running.size > 0) await new Promise((resolve) => setTimeout(resolve, 100));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('refuses to start in production without credentials, naming the variable', async () => {
    const bot = run('index.js', [], { NODE_ENV: 'production' }, scratch);
    assert.equal(await bot.exited, 1);
    assert.match(
      bot.output,
      /Configuration error, not starting\. MicrosoftAppId: is required when NODE_ENV=production/,
    );
  });

  it('on the embedded default: starts Azurite, loads the demo on first run, seeds, stops cleanly on SIGTERM, and keeps data across a restart', async () => {
    const [port, azuritePort] = [await freePort(), await freePort()];
    const env = {
      PORT: String(port),
      AZURITE_TABLE_PORT: String(azuritePort),
      AZURITE_DATA_DIR: '.data/azurite',
    };

    const first = run('index.js', [], env, scratch);
    await waitForHealth(port, first);
    assert.match(first.output, /LOCAL MODE/);
    assert.match(first.output, /Storage: Azurite \(embedded, 127\.0\.0\.1:\d+, data in \.data\/azurite\)/);
    assert.match(
      first.output,
      /The embedded Azurite was empty: loaded the example directory .* and an invented year/,
    );
    assert.doesNotMatch(first.output, /The directory is empty/);
    const people = await countPeople(azuritePort);
    assert.ok(people > 6, 'the example directory and the demo year’s people');
    const api = (url: string, who = '') =>
      fetch(`http://127.0.0.1:${port}${url}`, { headers: who ? { 'X-Local-User': who } : {} });
    const picker = (await (await api('/api/local/people')).json()) as {
      people: { aadObjectId: string; role: string }[];
    };
    assert.equal(picker.people.length, people, 'the tab’s act-as picker lists the directory');
    const officer = picker.people.find((p) => p.role === 'partnerships' && p.aadObjectId.includes('-9000-'));
    const overview = (await (await api('/api/overview', officer?.aadObjectId)).json()) as {
      services: unknown[];
    };
    assert.equal(overview.services.length, 5, 'the tab’s overview shows the demo’s services');

    const badFile = path.join(scratch, 'bad.yaml');
    writeFileSync(
      badFile,
      'people:\n  - name: Cllr X\n    aadObjectId: not-a-guid\n    email: x@council.example\n    role: councillor\n',
    );
    const rejected = run('cli/seed.js', [badFile], env, scratch);
    assert.equal(await rejected.exited, 1);
    assert.match(
      rejected.output,
      /1 problem\(s\); nothing was written:\n {2}- people\[0\] "Cllr X" \(line 2\): aadObjectId must be a GUID/,
    );
    assert.equal(await countPeople(azuritePort), people, 'nothing was written');

    const seeded = run('cli/seed.js', [EXAMPLE], env, scratch);
    assert.equal(await seeded.exited, 0, seeded.output);
    assert.match(seeded.output, /Loaded 6 people and 5 services .* into Azurite \(already running/);

    first.child.kill('SIGTERM');
    assert.equal(await first.exited, 0, first.output);
    assert.match(first.output, /SIGTERM received: finishing in-flight turns, then stopping\./);
    await assert.rejects(countPeople(azuritePort), 'the embedded Azurite stopped with the bot');

    const second = run('index.js', [], env, scratch);
    await waitForHealth(port, second);
    assert.equal(await countPeople(azuritePort), people, 'the directory survived the restart');
    assert.doesNotMatch(second.output, /The directory is empty|was empty: loaded/);
    second.child.kill('SIGINT');
    assert.equal(await second.exited, 0, second.output);
  });
});
