import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { demoYear, type DemoYear } from '../../src/cli/demo/demo-year';
import { seedDemo } from '../../src/cli/demo/seed-demo';
import { londonDay } from '../../src/kernel/london';
import { keepingStanding } from '../../src/overview/keep-standing';
import { createStores, type Stores } from '../../src/storage/stores';
import { openTables } from '../../src/storage/tables';
import { startTestAzurite, uniquePrefix } from './azurite';
import { TEST_START, testClock } from './clock';
import { CHROMIUM, CHROMIUM_FLAGS, e2eUnavailable } from './playground';
import { startTestApp, type TestApp } from './test-app';

/** The app in local mode on Azurite with the demo year loaded, and Chromium to open its tab in. */
export interface TabRig {
  readonly app: TestApp;
  readonly stores: Stores;
  readonly year: DemoYear;
  /** A new page at /tab/ acting as this person (local mode's act-as), in a theme and a width. */
  open(aadObjectId: string, options?: { theme?: 'light' | 'dark'; width?: number }): Promise<Page>;
  stop(): Promise<void>;
}

/** Starts the rig once for the suite (skipped, with the reason, when Chromium is missing outside CI). */
export function useTabRig(suite: Mocha.Suite): () => TabRig {
  suite.timeout(180_000);
  let rig: TabRig | undefined;
  suite.beforeAll(async function () {
    const why = e2eUnavailable();
    if (why) {
      console.warn(`    Skipping the tab's browser tests: ${why}.`);
      this.skip();
    }
    rig = await startTabRig();
  });
  suite.afterAll(async () => rig?.stop());
  return () => {
    if (!rig) throw new Error('The tab rig is not running');
    return rig;
  };
}

async function startTabRig(): Promise<TabRig> {
  const azurite = await startTestAzurite();
  const env = { AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: uniquePrefix() };
  const tables = await openTables(env.AZURE_STORAGE_CONNECTION_STRING, env.TABLE_PREFIX);
  const stores = keepingStanding(createStores(tables), console);
  await seedDemo(stores, testClock(TEST_START));
  const app = await startTestApp(env);
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  return {
    app,
    stores,
    year: demoYear(londonDay(TEST_START)),
    async open(aadObjectId, { theme = 'light', width = 1280 } = {}) {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        locale: 'en-GB',
        timezoneId: 'Europe/London',
        colorScheme: theme,
      });
      await context.addInitScript({
        content: `sessionStorage.setItem('frontline-visits.act-as', ${JSON.stringify(aadObjectId)})`,
      });
      const page = await context.newPage();
      // The page's clock is the tests' clock too, so its "today" is the server's.
      await page.clock.install({ time: TEST_START });
      await page.goto(`${app.baseUrl}/tab/?theme=${theme}`);
      return page;
    },
    async stop() {
      await browser.close().catch(() => undefined);
      await app.stop();
      await azurite.stop();
    },
  };
}

/**
 * The page's serious and critical accessibility violations under the WCAG 2.2 AA rules, one line each. Fluent's
 * tab list adds hidden focus guards (data-tabster-dummy) that axe misreads (fluentui #25133), so they are left out.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .exclude('[data-tabster-dummy]')
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** True when the page scrolls sideways (at 320 px, Teams mobile, it must not). */
export const scrollsSideways = (page: Page): Promise<boolean> =>
  page.evaluate<boolean>('document.documentElement.scrollWidth > document.documentElement.clientWidth');
