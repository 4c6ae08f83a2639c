import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { startTestAzurite, uniquePrefix } from './azurite';
import { freePort } from './free-port';
import { seedExampleDirectory } from './seed';
import { startTestApp, type TestApp } from './test-app';

const ROOT = path.join(__dirname, '../../..');
const PLAYGROUND_CLI = path.join(ROOT, 'node_modules/@microsoft/m365agentsplayground/cli.js');
export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Why the e2e suite cannot run here, or undefined when it can. In CI a missing browser is a failure. */
export function e2eUnavailable(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  const why = `${CHROMIUM} is missing: install it with \`sudo apt-get install -y chromium\``;
  if (process.env.CI) throw new Error(`The end-to-end tests need Chromium in CI. ${why}.`);
  return why;
}

/** Everything real, wired as `npm start` + `npm run playground` would, with the example directory seeded. */
export interface PlaygroundRig {
  readonly app: TestApp;
  readonly page: Page;
  readonly connectionString: string;
  readonly tablePrefix: string;
  stop(): Promise<void>;
}

export async function startPlaygroundRig(): Promise<PlaygroundRig> {
  const azurite = await startTestAzurite();
  const tablePrefix = uniquePrefix();
  await seedExampleDirectory(azurite.connectionString, tablePrefix);
  const app = await startTestApp({
    AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
    TABLE_PREFIX: tablePrefix,
  });
  const playground = await startPlayground(`${app.baseUrl}/api/messages`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(playground.url);
  return {
    app,
    page,
    connectionString: azurite.connectionString,
    tablePrefix,
    async stop() {
      await closeQuietly(browser);
      await playground.stop();
      await app.stop();
      await azurite.stop();
    },
  };
}

async function closeQuietly(browser: Browser): Promise<void> {
  await browser.close().catch(() => undefined);
}

/** The Agents Playground CLI on a free port, reading .m365agentsplayground.yml from the repository root. */
async function startPlayground(endpoint: string): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [PLAYGROUND_CLI, '-e', endpoint, '-c', 'msteams', '--disable-telemetry', '-p', String(port)],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitForPage(url, child, () => output);
  return { url, stop: () => stopChild(child) };
}

async function waitForPage(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const exited = (): Error =>
    new Error(
      `The Agents Playground exited (code ${child.exitCode}); check .m365agentsplayground.yml.\n${output()}`,
    );
  const deadline = Date.now() + 30_000;
  while (
    !(await fetch(url).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null) throw exited();
    if (Date.now() > deadline)
      throw new Error(`The Agents Playground did not answer at ${url}:\n${output()}`);
    await delay(200);
  }
  // It answers before it reads its config file, then exits silently (code 1) if the file breaks its rules.
  await delay(1_500);
  if (child.exitCode !== null) throw exited();
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A person at the Playground page: chats are picked, messages typed, cards read and clicked. */
export function playgroundUser(page: Page) {
  const cards = page.locator('.ac-adaptiveCard');
  return {
    cards,
    /** The newest card on the page. */
    lastCard: (): Locator => cards.last(),
    async openChat(name: string): Promise<void> {
      await page.getByRole('treeitem', { name }).click();
    },
    async say(text: string): Promise<void> {
      const box = page.locator('[role="textbox"][data-lexical-editor="true"]');
      await box.click();
      await box.pressSequentially(text);
      await page.getByRole('button', { name: 'Send Message' }).click();
    },
    /** Waits until a card containing this text is on the page, and returns the newest such card. */
    async cardWith(text: string | RegExp): Promise<Locator> {
      const card = cards.filter({ hasText: text }).last();
      await card.waitFor({ state: 'visible', timeout: 15_000 });
      return card;
    },
  };
}
