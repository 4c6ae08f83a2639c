import assert from 'node:assert/strict';
import { fillManifest, manifestProblems, readManifest } from '../../src/cli/app-package';
import { readConfig, readPackageConfig } from '../../src/config';
import { configFailure } from '../support/config-failure';

const IDENTITY = '11111111-2222-4333-8444-555555555555';
const TENANT = '66666666-7777-4888-8999-000000000000';
const TAB = '22222222-3333-4444-8555-666666666666';
const ACCOUNT_URL = 'https://council.table.core.windows.net';
const CONNECTION =
  'DefaultEndpointsProtocol=https;AccountName=council;AccountKey=a2V5;EndpointSuffix=core.windows.net';

/** Production with no secret anywhere: the bot and storage both through the user-assigned managed identity. */
const managed = {
  NODE_ENV: 'production',
  MicrosoftAppType: 'UserAssignedMSI',
  MicrosoftAppId: IDENTITY,
  MicrosoftAppTenantId: TENANT,
  TAB_APP_ID: TAB,
  AZURE_STORAGE_ACCOUNT_URL: ACCOUNT_URL,
};
const withSecret = {
  NODE_ENV: 'production',
  MicrosoftAppId: IDENTITY,
  MicrosoftAppPassword: 'secret',
  MicrosoftAppTenantId: TENANT,
  AZURE_STORAGE_CONNECTION_STRING: CONNECTION,
};

const failure = configFailure;

describe('readConfig with managed identities (no secrets in production)', () => {
  it('accepts a UserAssignedMSI bot and an account URL in production, with no secret held anywhere', () => {
    const config = readConfig(managed);
    assert.deepEqual(config.bot, {
      kind: 'entra',
      appId: IDENTITY,
      appType: 'UserAssignedMSI',
      tenantId: TENANT,
    });
    assert.ok(!('appPassword' in config.bot));
    assert.deepEqual(config.storage, {
      kind: 'account-url',
      accountUrl: ACCOUNT_URL,
      accountName: 'council',
      tablePrefix: '',
    });
    assert.equal(config.tabAppId, TAB);
    assert.deepEqual(config.allowedTenantIds, [TENANT]);
  });

  it('refuses a client secret beside UserAssignedMSI, since botbuilder would ignore it', () => {
    const error = failure({ ...managed, MicrosoftAppPassword: 'left-over' });
    assert.equal(error.variable, 'MicrosoftAppPassword');
    assert.equal(
      error.message,
      'MicrosoftAppPassword: must not be set when MicrosoftAppType=UserAssignedMSI ' +
        '(the managed identity has no secret; it would be ignored)',
    );
  });

  it('a UserAssignedMSI bot needs its tenant, a GUID client id, and the tab its own app registration', () => {
    assert.equal(
      failure({ ...managed, MicrosoftAppTenantId: '' }).message,
      'MicrosoftAppTenantId: is required when MicrosoftAppId is set',
    );
    assert.equal(failure({ ...managed, MicrosoftAppTenantId: 'contoso' }).variable, 'MicrosoftAppTenantId');
    assert.equal(failure({ ...managed, MicrosoftAppId: 'my-identity' }).variable, 'MicrosoftAppId');
    assert.equal(
      failure({ ...managed, TAB_APP_ID: '' }).message,
      "TAB_APP_ID: is required when MicrosoftAppType=UserAssignedMSI: a managed identity cannot expose the tab's " +
        'sign-in API, so the tab has its own app registration',
    );
    assert.equal(
      failure({ ...managed, TAB_APP_ID: 'tab-app' }).message,
      "TAB_APP_ID: must be a GUID (the tab's app registration id)",
    );
    // The same rules outside production: a managed identity only exists in Azure, but the checks do not relax.
    assert.equal(failure({ ...managed, NODE_ENV: 'development', TAB_APP_ID: '' }).variable, 'TAB_APP_ID');
  });

  it('keeps the client secret paths: SingleTenant in production, MultiTenant elsewhere; the tab signs in as the bot', () => {
    const single = readConfig(withSecret);
    assert.deepEqual(single.bot, {
      kind: 'entra',
      appId: IDENTITY,
      appPassword: 'secret',
      appType: 'SingleTenant',
      tenantId: TENANT,
    });
    assert.equal(single.tabAppId, IDENTITY);
    assert.equal(readConfig({ ...withSecret, TAB_APP_ID: TAB }).tabAppId, TAB);
    const multi = readConfig({ ...withSecret, NODE_ENV: 'development', MicrosoftAppType: 'MultiTenant' });
    assert.equal(multi.bot.kind === 'entra' && multi.bot.appType, 'MultiTenant');
    assert.equal(
      failure({ ...withSecret, MicrosoftAppType: 'MultiTenant' }).message,
      'MicrosoftAppType: must be SingleTenant or UserAssignedMSI when NODE_ENV=production',
    );
    assert.equal(
      failure({ ...withSecret, MicrosoftAppType: 'UserAssignedMsi' }).message,
      'MicrosoftAppType: must be SingleTenant, MultiTenant or UserAssignedMSI',
    );
    assert.equal(failure({ ...withSecret, MicrosoftAppPassword: '' }).variable, 'MicrosoftAppPassword');
    // Local mode has no sign-in to configure.
    assert.equal(readConfig({ TAB_APP_ID: TAB }).tabAppId, undefined);
  });

  it('mixes the two paths: a managed identity for storage with a secret bot, a connection string with an MSI bot', () => {
    const mixed = readConfig({
      ...withSecret,
      AZURE_STORAGE_CONNECTION_STRING: '',
      AZURE_STORAGE_ACCOUNT_URL: ACCOUNT_URL,
    });
    assert.equal(mixed.storage.kind, 'account-url');
    const other = readConfig({
      ...managed,
      AZURE_STORAGE_ACCOUNT_URL: '',
      AZURE_STORAGE_CONNECTION_STRING: CONNECTION,
    });
    assert.equal(other.storage.kind, 'connection-string');
  });

  it('takes exactly one storage account setting', () => {
    assert.equal(
      failure({ ...managed, AZURE_STORAGE_CONNECTION_STRING: CONNECTION }).message,
      'AZURE_STORAGE_ACCOUNT_URL: set it or AZURE_STORAGE_CONNECTION_STRING, not both',
    );
    assert.equal(
      failure({ AZURE_STORAGE_ACCOUNT_URL: ACCOUNT_URL, AZURE_STORAGE_CONNECTION_STRING: CONNECTION })
        .variable,
      'AZURE_STORAGE_ACCOUNT_URL',
    );
    assert.equal(
      failure({ ...managed, AZURE_STORAGE_ACCOUNT_URL: '' }).variable,
      'AZURE_STORAGE_ACCOUNT_URL',
    );
  });

  it('reads the account URL as the table endpoint, normalised, and refuses anything else naming the variable', () => {
    for (const given of [
      'https://council.table.core.windows.net/',
      ' HTTPS://Council.Table.Core.Windows.Net ',
    ]) {
      const config = readConfig({ AZURE_STORAGE_ACCOUNT_URL: given, TABLE_PREFIX: 'councilA' });
      assert.deepEqual(config.storage, {
        kind: 'account-url',
        accountUrl: ACCOUNT_URL,
        accountName: 'council',
        tablePrefix: 'councilA',
      });
    }
    for (const bad of [
      'http://council.table.core.windows.net',
      'https://council.blob.core.windows.net',
      'https://council.table.core.windows.net/People',
      'https://council.table.core.windows.net.evil.example',
      'https://co.table.core.windows.net',
      'council',
      CONNECTION,
    ]) {
      const error = failure({ AZURE_STORAGE_ACCOUNT_URL: bad });
      assert.equal(error.variable, 'AZURE_STORAGE_ACCOUNT_URL', bad);
      assert.match(
        error.message,
        /is not a table endpoint \(https:\/\/<account>\.table\.core\.windows\.net\)$/,
      );
    }
  });
});

describe('readPackageConfig with a managed identity bot', () => {
  const host = { PUBLIC_HOSTNAME: 'visits.council.gov.uk' };

  it("writes the tab's own app registration into the sign-in, and requires it for a UserAssignedMSI bot", () => {
    assert.equal(readPackageConfig({ MicrosoftAppId: IDENTITY, ...host }).tabAppId, IDENTITY);
    assert.deepEqual(readPackageConfig({ MicrosoftAppId: IDENTITY, TAB_APP_ID: TAB, ...host }), {
      botId: IDENTITY,
      teamsAppId: IDENTITY,
      tabAppId: TAB,
      publicHost: 'visits.council.gov.uk',
    });
    assert.throws(
      () => readPackageConfig({ MicrosoftAppId: IDENTITY, MicrosoftAppType: 'UserAssignedMSI', ...host }),
      {
        variable: 'TAB_APP_ID',
      },
    );
    assert.throws(() => readPackageConfig({ MicrosoftAppId: IDENTITY, TAB_APP_ID: 'tab', ...host }), {
      variable: 'TAB_APP_ID',
    });
  });

  it('the packaged manifest names the identity as the bot and the tab registration in webApplicationInfo', async () => {
    const ids = readPackageConfig({
      MicrosoftAppId: IDENTITY,
      MicrosoftAppType: 'UserAssignedMSI',
      TAB_APP_ID: TAB,
      ...host,
    });
    const filled = fillManifest(await readManifest(), { ...ids, version: '1.0.0' });
    assert.equal(filled.bots[0]?.botId, IDENTITY);
    assert.deepEqual(filled.webApplicationInfo, { id: TAB, resource: `api://visits.council.gov.uk/${TAB}` });
    assert.deepEqual(await manifestProblems(filled), []);
  });
});
