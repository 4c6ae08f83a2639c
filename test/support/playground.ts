import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { startTestAzurite, uniquePrefix } from './azurite';
import { stopChild } from '../../src/storage/azurite';
import { freePort } from './free-port';
import { seedExampleDirectory } from './seed';
import { startTestApp, type TestApp } from './test-app';

const ROOT = path.join(__dirname, '../../..');
const PLAYGROUND_CLI = path.join(ROOT, 'node_modules/@microsoft/m365agentsplayground/cli.js');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
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

/**
 * Registers the suite's before/after hooks: a rig is started once for the suite, or the suite is skipped with a
 * message when Chromium is missing (outside CI). Answers a getter for the running rig.
 */
export function usePlaygroundRig(suite: Mocha.Suite): () => PlaygroundRig {
  suite.timeout(180_000);
  let rig: PlaygroundRig | undefined;
  suite.beforeAll(async function () {
    const why = e2eUnavailable();
    if (why) {
      console.warn(`    Skipping the end-to-end tests: ${why}.`);
      this.skip();
    }
    rig = await startPlaygroundRig();
  });
  suite.afterAll(async () => rig?.stop());
  return () => {
    if (!rig) throw new Error('The Playground rig is not running');
    return rig;
  };
}

/** Everything real, wired as `npm start` + `npm run playground` would, with the example directory seeded. */
export interface PlaygroundRig {
  readonly app: TestApp;
  readonly page: Page;
  readonly connectionString: string;
  readonly tablePrefix: string;
  /** Another Playground against the same bot, in a new page, with this persona as its current user. */
  openPlaygroundAs(aadObjectId: string): Promise<Page>;
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
  const others: { stop(): Promise<void> }[] = [];
  return {
    app,
    page,
    connectionString: azurite.connectionString,
    tablePrefix,
    async openPlaygroundAs(aadObjectId) {
      const other = await startPlayground(`${app.baseUrl}/api/messages`, configAs(aadObjectId));
      others.push(other);
      const otherPage = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await otherPage.goto(other.url);
      return otherPage;
    },
    async stop() {
      await closeQuietly(browser);
      await Promise.all(others.map((o) => o.stop()));
      await playground.stop();
      await app.stop();
      await azurite.stop();
    },
  };
}

/** A folder holding the Playground config with another persona swapped in as the current user. */
function configAs(aadObjectId: string): string {
  const config = YAML.parse(readFileSync(path.join(ROOT, '.m365agentsplayground.yml'), 'utf8')) as {
    currentUser: { aadObjectId: string };
    users: { aadObjectId: string }[];
  };
  const index = config.users.findIndex((u) => u.aadObjectId === aadObjectId);
  if (index === -1) throw new Error(`No Playground persona has aadObjectId ${aadObjectId}`);
  const current = config.currentUser;
  config.currentUser = config.users[index]!;
  config.users[index] = current;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fv-playground-'));
  writeFileSync(path.join(dir, '.m365agentsplayground.yml'), YAML.stringify(config));
  return dir;
}

async function closeQuietly(browser: Browser): Promise<void> {
  await browser.close().catch(() => undefined);
}

/** The Agents Playground CLI on a free port, reading .m365agentsplayground.yml from the repository root. */
async function startPlayground(
  endpoint: string,
  cwd = ROOT,
): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [PLAYGROUND_CLI, '-e', endpoint, '-c', 'msteams', '--disable-telemetry', '-p', String(port)],
    { cwd, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitForPage(url, child, () => output);
  return { url, stop: () => stopChild(child, 'SIGTERM') };
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

/** Saves a screenshot of the page as <SCREENSHOT_DIR>/<name>.png when SCREENSHOT_DIR is set (README's come from here). */
export async function screenshot(page: Page, name: string, { fullPage = false } = {}): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage });
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
    /**
     * Types a message and presses Enter (in a channel: a reply in the latest post's thread). In a channel the
     * bot only hears messages that @mention it, picked from the Playground's mention list as a person would.
     */
    async say(text: string, options: { mention?: boolean } = {}): Promise<void> {
      const box = page.locator('[role="textbox"][data-lexical-editor="true"]').last();
      await box.click();
      if (options.mention) {
        const names = page.getByText('Frontline Visits', { exact: true });
        const before = await names.count();
        await box.pressSequentially('@Frontline');
        for (let i = 0; i < 50 && (await names.count()) <= before; i++) await page.waitForTimeout(100);
        await names.last().click(); // the suggestion the mention list just opened
        await box.pressSequentially(' ');
      }
      await box.pressSequentially(text);
      await box.press('Enter');
    },
    /** Types `start` and starts a new visit to a service (today's date, no co-councillors). */
    async startVisit(service: string): Promise<void> {
      await this.say('start');
      const start = await this.cardWith('Record another visit');
      await start.locator('.fui-Combobox').first().click();
      await page.getByRole('option', { name: service }).click();
      await start.getByRole('button', { name: 'Start the form' }).click();
    },
    /** Waits until a card containing this text is on the page, and returns the newest such card. */
    async cardWith(text: string | RegExp): Promise<Locator> {
      const card = cards.filter({ hasText: text }).last();
      await card.waitFor({ state: 'visible', timeout: 15_000 });
      return card;
    },
  };
}

/**
 * The partnerships officer in a Playground of their own, in the team's General channel, linked as the
 * partnerships channel (as an officer does once): their page and the person at it.
 */
export async function partnershipsChannel(rig: PlaygroundRig, who: { name: string; aadObjectId: string }) {
  const page = await rig.openPlaygroundAs(who.aadObjectId);
  const officer = playgroundUser(page);
  await officer.cardWith(`Welcome, ${who.name}`);
  await officer.openChat("Children's Services - General");
  await officer.say('link partnerships', { mention: true });
  await page.getByText('This channel is now the partnerships channel').first().waitFor({ timeout: 15_000 });
  return { page, officer };
}
