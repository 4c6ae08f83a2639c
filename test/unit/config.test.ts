import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readConfig, readPackageConfig } from '../../src/config';
import { configFailure } from '../support/config-failure';

const APP_ID = '11111111-2222-4333-8444-555555555555';
const TENANT = '66666666-7777-4888-8999-000000000000';
const AZURE =
  'DefaultEndpointsProtocol=https;AccountName=council;AccountKey=a2V5;EndpointSuffix=core.windows.net';
const production = {
  NODE_ENV: 'production',
  MicrosoftAppId: APP_ID,
  MicrosoftAppPassword: 'secret',
  MicrosoftAppTenantId: TENANT,
  AZURE_STORAGE_CONNECTION_STRING: AZURE,
};

const failure = configFailure;

describe('readConfig', () => {
  it('defaults to local mode on the embedded Azurite, port 3978, any tenant', () => {
    const config = readConfig({});
    assert.equal(config.production, false);
    assert.equal(config.port, 3978);
    assert.deepEqual(config.bot, { kind: 'local' });
    assert.deepEqual(config.allowedTenantIds, []);
    assert.deepEqual(config.storage, {
      kind: 'embedded-azurite',
      port: 10002,
      dataDir: '.data/azurite',
      tablePrefix: '',
    });
  });

  it('uses the connection string and table prefix when given', () => {
    const config = readConfig({ AZURE_STORAGE_CONNECTION_STRING: AZURE, TABLE_PREFIX: 'councilA' });
    assert.deepEqual(config.storage, {
      kind: 'connection-string',
      connectionString: AZURE,
      tablePrefix: 'councilA',
    });
  });

  it('in production refuses to start without each credential, naming the variable', () => {
    for (const missing of ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId']) {
      const error = failure({ ...production, [missing]: '' });
      assert.equal(error.variable, missing);
      assert.match(error.message, new RegExp(`^${missing}: `));
    }
    // Without storage the message names the managed identity's variable first, then the connection string.
    assert.equal(
      failure({ ...production, AZURE_STORAGE_CONNECTION_STRING: '' }).message,
      'AZURE_STORAGE_ACCOUNT_URL: or AZURE_STORAGE_CONNECTION_STRING is required when NODE_ENV=production ' +
        '(the embedded Azurite is for local use only)',
    );
  });

  it('in production accepts a single-tenant bot and serves only its tenant by default', () => {
    const config = readConfig(production);
    assert.equal(config.production, true);
    assert.equal(config.bot.kind, 'entra');
    assert.deepEqual(config.allowedTenantIds, [TENANT]);
    assert.equal(failure({ ...production, MicrosoftAppType: 'MultiTenant' }).variable, 'MicrosoftAppType');
  });

  it('names the variable for each malformed value', () => {
    const cases: [NodeJS.ProcessEnv, string][] = [
      [{ PORT: 'eighty' }, 'PORT'],
      [{ PORT: '70000' }, 'PORT'],
      [{ AZURITE_TABLE_PORT: '0' }, 'AZURITE_TABLE_PORT'],
      [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
      [{ ALLOWED_TENANT_IDS: `${TENANT},contoso` }, 'ALLOWED_TENANT_IDS'],
      [{ TABLE_PREFIX: 'has-hyphen' }, 'TABLE_PREFIX'],
      [{ AZURE_STORAGE_CONNECTION_STRING: 'not a connection string' }, 'AZURE_STORAGE_CONNECTION_STRING'],
      [
        { MicrosoftAppId: 'not-a-guid', MicrosoftAppPassword: 'x', MicrosoftAppTenantId: TENANT },
        'MicrosoftAppId',
      ],
    ];
    for (const [env, variable] of cases) assert.equal(failure(env).variable, variable, JSON.stringify(env));
  });

  it('reads a tenant list case-insensitively', () => {
    const config = readConfig({ ALLOWED_TENANT_IDS: ` ${TENANT.toUpperCase()} , ${APP_ID}` });
    assert.deepEqual(config.allowedTenantIds, [TENANT, APP_ID]);
  });

  it('reads the public host name when given, as a bare lower-case host', () => {
    assert.equal(readConfig({}).publicHost, undefined);
    assert.equal(
      readConfig({ PUBLIC_HOSTNAME: 'Visits.Council.gov.uk ' }).publicHost,
      'visits.council.gov.uk',
    );
    assert.equal(failure({ PUBLIC_HOSTNAME: 'https://visits.council.gov.uk' }).variable, 'PUBLIC_HOSTNAME');
  });

  it('the app package takes its ids and host from the configuration: the bot id, the Teams app id or else the bot id', () => {
    const host = { PUBLIC_HOSTNAME: 'Visits.Council.gov.uk' };
    assert.deepEqual(readPackageConfig({ MicrosoftAppId: APP_ID, ...host }), {
      botId: APP_ID,
      teamsAppId: APP_ID,
      tabAppId: APP_ID,
      publicHost: 'visits.council.gov.uk',
    });
    assert.deepEqual(readPackageConfig({ MicrosoftAppId: APP_ID, TEAMS_APP_ID: TENANT, ...host }), {
      botId: APP_ID,
      teamsAppId: TENANT,
      tabAppId: APP_ID,
      publicHost: 'visits.council.gov.uk',
    });
    assert.throws(() => readPackageConfig({ ...host }), { variable: 'MicrosoftAppId' });
    assert.throws(() => readPackageConfig({ MicrosoftAppId: APP_ID, TEAMS_APP_ID: 'my-app', ...host }), {
      variable: 'TEAMS_APP_ID',
    });
    for (const bad of [
      undefined,
      'https://visits.council.gov.uk',
      'visits.council.gov.uk/tab',
      'localhost',
    ]) {
      assert.throws(() => readPackageConfig({ MicrosoftAppId: APP_ID, PUBLIC_HOSTNAME: bad }), {
        variable: 'PUBLIC_HOSTNAME',
      });
    }
  });

  it('reads only variables that .env.example documents', () => {
    const read = new Set<string>();
    const recording = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv =>
      new Proxy(env, { get: (target, name: string) => (read.add(name), target[name]) });
    readConfig(recording({}));
    readConfig(recording(production));
    readConfig(recording({ ...production, NODE_ENV: 'development', MicrosoftAppType: 'MultiTenant' }));
    readConfig(
      recording({
        ...production,
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppPassword: '',
        TAB_APP_ID: TENANT,
        AZURE_STORAGE_CONNECTION_STRING: '',
        AZURE_STORAGE_ACCOUNT_URL: 'https://council.table.core.windows.net',
      }),
    );
    readPackageConfig(
      recording({ MicrosoftAppId: APP_ID, TEAMS_APP_ID: TENANT, PUBLIC_HOSTNAME: 'visits.council.gov.uk' }),
    );
    const example = readFileSync(path.join(__dirname, '../../../.env.example'), 'utf8');
    const documented = new Set([...example.matchAll(/^([A-Za-z_]+)=/gm)].map((m) => m[1]));
    assert.ok(read.size >= 10, [...read].join());
    assert.deepEqual(
      [...read].filter((name) => !documented.has(name)),
      [],
    );
  });
});
