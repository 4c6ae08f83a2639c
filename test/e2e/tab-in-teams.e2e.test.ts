import assert from 'node:assert/strict';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PARTNERSHIPS } from '../../src/cli/demo/demo-directory';
import { seedDemo } from '../../src/cli/demo/seed-demo';
import { createStores } from '../../src/storage/stores';
import { openTables } from '../../src/storage/tables';
import { startTestAzurite, uniquePrefix } from '../support/azurite';
import { TEST_START, testClock } from '../support/clock';
import { startLocalJwks, TEST_CLIENT_ID, TEST_TENANT_ID, type LocalJwks } from '../support/jwks';
import { CHROMIUM, CHROMIUM_FLAGS, e2eUnavailable } from '../support/playground';
import { startTestApp, type TestApp } from '../support/test-app';

const TEAMS = 'https://teams.microsoft.com';

/**
 * A stand-in for the Teams client around the tab (the Playground cannot host tabs): a page on Teams' origin that
 * frames the tab and answers teams-js over postMessage as Teams does: initialize, getContext (dark theme),
 * getAuthToken (a token minted by the local JWKS, verified by the server on its real path), the channel tab's
 * settings. Every message the tab sends is kept in `window.sent` for the test to read.
 */
const host = (
  tabPath: string,
  frameContext: 'content' | 'settings',
  token: string,
): string => `<!doctype html>
<html lang="en"><title>Teams</title><body style="margin:0">
<iframe id="tab" title="Visits" src="${tabPath}" style="width:100vw;height:100vh;border:0"></iframe>
<script>
window.sent = [];
const runtime = JSON.stringify({ apiVersion: 4, isLegacyTeams: false,
  supports: { pages: { config: {}, tabs: {} }, appEntity: {}, teams: {} } });
window.addEventListener('message', (e) => {
  const m = e.data;
  if (!m || typeof m !== 'object' || !('func' in m)) return;
  window.sent.push({ func: m.func, args: m.args });
  const reply = (args) => e.source.postMessage({ id: m.id, uuid: m.uuid, args }, e.origin);
  if (m.func === 'initialize') reply(['${frameContext}', 'web', runtime, '2.58.0']);
  else if (m.func === 'getContext') reply([{ theme: 'dark', locale: 'en-gb', frameContext: '${frameContext}',
    hostClientType: 'web', tid: '${TEST_TENANT_ID}', appSessionId: 'session' }]);
  else if (m.func === 'authentication.getAuthToken') reply([true, '${token}']);
  else reply([true]);
});
window.tell = (func, args) => document.getElementById('tab').contentWindow.postMessage({ func, args }, '*');
</script></body></html>`;

describe('the tab inside a stand-in Teams client, signed in with SSO (app as deployed)', function () {
  this.timeout(180_000);
  let azurite: Awaited<ReturnType<typeof startTestAzurite>>;
  let jwks: LocalJwks;
  let app: TestApp;
  let browser: Browser;
  const clock = testClock();

  before(async function () {
    const why = e2eUnavailable();
    if (why) {
      console.warn(`    Skipping the tab-in-Teams tests: ${why}.`);
      return this.skip();
    }
    azurite = await startTestAzurite();
    const env = { AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: uniquePrefix() };
    await seedDemo(
      createStores(await openTables(env.AZURE_STORAGE_CONNECTION_STRING, env.TABLE_PREFIX)),
      clock,
    );
    jwks = await startLocalJwks(clock);
    app = await startTestApp(
      {
        ...env,
        MicrosoftAppId: TEST_CLIENT_ID,
        MicrosoftAppPassword: 'not-used-by-these-tests',
        MicrosoftAppTenantId: TEST_TENANT_ID,
        PUBLIC_HOSTNAME: 'teams.microsoft.com',
      },
      clock,
      { dispatch: false, ssoKeysUrl: jwks.keysUrl },
    );
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  });
  after(async () => {
    await browser?.close().catch(() => undefined);
    await app?.stop();
    await jwks?.close();
    await azurite?.stop();
  });

  /** A browser context in which Teams' origin serves the host page and proxies everything else to the app. */
  async function inTeams(tabPath: string, frameContext: 'content' | 'settings', token: string) {
    const context: BrowserContext = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
    });
    const apiCalls: { path: string; authorization: string }[] = [];
    await context.route(`${TEAMS}/**`, async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/host') {
        return route.fulfill({ contentType: 'text/html', body: host(tabPath, frameContext, token) });
      }
      const headers = route.request().headers();
      if (url.pathname.startsWith('/api/')) {
        apiCalls.push({ path: url.pathname, authorization: headers.authorization ?? '' });
      }
      await route.fulfill({ response: await route.fetch({ url: app.baseUrl + url.pathname + url.search }) });
    });
    const page: Page = await context.newPage();
    await page.clock.install({ time: TEST_START });
    await page.goto(`${TEAMS}/host`);
    const tab = page.frameLocator('#tab');
    const sent = (): Promise<{ func: string; args: unknown[] }[]> => page.evaluate('window.sent');
    return { context, page, tab, apiCalls, sent };
  }

  it('shows the officer her pages from the Teams token, in Teams’ theme, following a theme change', async () => {
    const token = await jwks.mintToken({ oid: DEMO_PARTNERSHIPS.aadObjectId });
    const { context, page, tab, apiCalls, sent } = await inTeams('/tab/', 'content', token);
    await tab.getByRole('heading', { name: /^Services \(5\)/ }).waitFor();
    assert.equal(await tab.getByText('Local mode').count(), 0, 'no act-as picker inside Teams');
    assert.ok(apiCalls.length >= 2, 'the tab called the API');
    for (const call of apiCalls) assert.equal(call.authorization, `Bearer ${token}`, call.path);

    const funcs = (await sent()).map((m) => m.func);
    assert.ok(funcs.includes('authentication.getAuthToken'));
    assert.ok(funcs.includes('appInitialization.success'), 'the tab tells Teams it has loaded');
    const theme = () => tab.locator('[data-theme]').first().getAttribute('data-theme');
    assert.equal(await theme(), 'dark');
    await page.evaluate("window.tell('themeChange', ['contrast'])");
    await page.waitForFunction(
      "document.getElementById('tab').contentDocument?.querySelector('[data-theme]')?.getAttribute('data-theme') === 'contrast'",
    );
    await context.close();
  });

  it('says why when Teams’ token is refused (expired), instead of a blank tab', async () => {
    const now = Math.floor(clock.now().getTime() / 1000);
    const expired = await jwks.mintToken({ oid: DEMO_PARTNERSHIPS.aadObjectId, exp: now - 3600 });
    const { context, tab } = await inTeams('/tab/', 'content', expired);
    await tab.getByText('Your sign-in has expired: reload the tab.').first().waitFor();
    await context.close();
  });

  it('saves the channel tab from its configuration page with the partnerships pages as its content', async () => {
    const token = await jwks.mintToken({ oid: DEMO_PARTNERSHIPS.aadObjectId });
    const { context, page, sent } = await inTeams('/tab/configure', 'settings', token);
    await page.waitForFunction("window.sent.some((m) => m.func === 'settings.setValidityState')");
    await page.evaluate("window.tell('settings.save', [{}])");
    await page.waitForFunction("window.sent.some((m) => m.func === 'settings.setSettings')");
    const saved = (await sent()).find((m) => m.func === 'settings.setSettings')?.args[0] as {
      contentUrl?: string;
      entityId?: string;
    };
    assert.equal(saved.contentUrl, `${TEAMS}/tab/channel`);
    assert.equal(saved.entityId, 'partnerships');
    await context.close();
  });
});
