import { DEFAULT_SCHEDULE, type RetentionSchedule } from './retention/types';

/** The typed, validated configuration, read once at start-up from the environment. */
export interface Config {
  readonly production: boolean;
  readonly port: number;
  readonly bot: BotIdentity;
  /** Tenants whose activities are served; empty means any tenant (local mode only). */
  readonly allowedTenantIds: readonly string[];
  readonly storage: StorageConfig;
  /** The form id new visits use (its newest version); old visits keep theirs. */
  readonly visitForm: string;
  /** How often the outbox is checked for messages to send (it is also checked right after each change). */
  readonly outboxPollMs: number;
  /** How long a message failing with transient errors is retried before it is given up (ms). */
  readonly outboxGiveUpMs: number;
  /** How often the nudge rules are evaluated (by whichever instance holds the lease). */
  readonly nudgeTickMs: number;
  /** How long records are kept (RETENTION_YEARS and the *_RETENTION_DAYS variables); see src/retention. */
  readonly retention: RetentionSchedule;
  /** The host name the app is reached at (PUBLIC_HOSTNAME, e.g. visits.council.gov.uk): the tab's sign-in
   * accepts tokens for `api://<host>/<app id>`, and the app package points Teams at `https://<host>/tab/`. */
  readonly publicHost?: string;
  /** The client id of the tab's sign-in app registration (TAB_APP_ID, else the bot's app id); unset in local mode. */
  readonly tabAppId?: string;
}

/**
 * The bot's Microsoft Entra identity; absent in unauthenticated local mode. An app registration carries its
 * client secret; a user-assigned managed identity (appId = its client id) has none to carry.
 */
export type BotIdentity =
  | { readonly kind: 'local' }
  | ({ readonly kind: 'entra'; readonly appId: string; readonly tenantId: string } & (
      | { readonly appType: 'SingleTenant' | 'MultiTenant'; readonly appPassword: string }
      | { readonly appType: 'UserAssignedMSI' }
    ));

export type StorageConfig = {
  readonly tablePrefix: string;
} & (
  | { readonly kind: 'connection-string'; readonly connectionString: string }
  /** Reached with a token from the managed identity (DefaultAzureCredential), no key in the configuration. */
  | { readonly kind: 'account-url'; readonly accountUrl: string; readonly accountName: string }
  | { readonly kind: 'embedded-azurite'; readonly port: number; readonly dataDir: string }
);

/** A configuration value that is missing or malformed; the message names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads and validates every variable; throws ConfigError naming the first bad one. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const value = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw ? raw : undefined;
  };
  const nodeEnv = value('NODE_ENV') ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError('NODE_ENV', `must be development, production or test, not "${nodeEnv}"`);
  }
  const production = nodeEnv === 'production';
  const bot = readBotIdentity(value, production);
  const allowedTenantIds = readTenantList(value('ALLOWED_TENANT_IDS'));
  if (production && allowedTenantIds.length === 0 && bot.kind === 'entra') {
    allowedTenantIds.push(bot.tenantId);
  }
  return {
    production,
    port: readPort('PORT', value('PORT'), 3978),
    bot,
    allowedTenantIds,
    storage: readStorage(value, production),
    visitForm: readFormId(value('VISIT_FORM')),
    outboxPollMs: readPositive('OUTBOX_POLL_MS', value('OUTBOX_POLL_MS'), 2_000),
    outboxGiveUpMs: readHours('OUTBOX_GIVE_UP_HOURS', value('OUTBOX_GIVE_UP_HOURS'), 24) * 3_600_000,
    nudgeTickMs: readPositive('NUDGE_TICK_MS', value('NUDGE_TICK_MS'), 300_000),
    retention: readRetention(value),
    ...(value('PUBLIC_HOSTNAME') ? { publicHost: readHost(value('PUBLIC_HOSTNAME') as string) } : {}),
    ...(bot.kind === 'entra' ? { tabAppId: readTabAppId(value('TAB_APP_ID'), bot) } : {}),
  };
}

/** The ids `npm run package` writes into the Teams app manifest. */
export interface PackageConfig {
  readonly botId: string;
  readonly teamsAppId: string;
  /** The client id the tab signs in with (TAB_APP_ID, else the bot's): the manifest's webApplicationInfo. */
  readonly tabAppId: string;
  /** Where Teams loads the tab from and the sign-in's resource: PUBLIC_HOSTNAME. */
  readonly publicHost: string;
}

/** Reads the app package's ids: the bot's app id, the Teams app id and the tab's sign-in app id (each the bot's unless set). */
export function readPackageConfig(env: NodeJS.ProcessEnv = process.env): PackageConfig {
  const botId = env.MicrosoftAppId?.trim() ?? '';
  const teamsAppId = env.TEAMS_APP_ID?.trim() || botId;
  if (!GUID.test(botId))
    throw new ConfigError('MicrosoftAppId', 'must be set to a GUID to build the app package');
  if (!GUID.test(teamsAppId))
    throw new ConfigError('TEAMS_APP_ID', 'must be a GUID (or unset, to use MicrosoftAppId)');
  const tabAppId = env.TAB_APP_ID?.trim() || undefined;
  if (tabAppId === undefined && env.MicrosoftAppType?.trim() === 'UserAssignedMSI')
    throw new ConfigError(
      'TAB_APP_ID',
      'is required with a UserAssignedMSI bot (the tab has its own app registration)',
    );
  if (tabAppId !== undefined && !GUID.test(tabAppId))
    throw new ConfigError('TAB_APP_ID', 'must be a GUID (or unset, to use MicrosoftAppId)');
  const host = env.PUBLIC_HOSTNAME?.trim();
  if (!host)
    throw new ConfigError(
      'PUBLIC_HOSTNAME',
      'must be set to build the app package (the tab is served there)',
    );
  return { botId, teamsAppId, tabAppId: tabAppId ?? botId, publicHost: readHost(host) };
}

/** A bare DNS host name (no scheme, port or path), as Teams' validDomains and the app id URI take it. */
function readHost(raw: string): string {
  const host = raw.toLowerCase();
  if (
    !/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/.test(host)
  ) {
    throw new ConfigError(
      'PUBLIC_HOSTNAME',
      `"${raw}" is not a host name (e.g. visits.council.gov.uk, no https://)`,
    );
  }
  return host;
}

function readBotIdentity(value: (name: string) => string | undefined, production: boolean): BotIdentity {
  const appId = value('MicrosoftAppId');
  if (!appId) {
    if (production) {
      throw new ConfigError(
        'MicrosoftAppId',
        'is required when NODE_ENV=production (the bot must authenticate)',
      );
    }
    return { kind: 'local' };
  }
  const required = (name: string): string => {
    const found = value(name);
    if (!found) throw new ConfigError(name, 'is required when MicrosoftAppId is set');
    return found;
  };
  if (!GUID.test(appId)) throw new ConfigError('MicrosoftAppId', 'must be a GUID (the app registration id)');
  const appType = value('MicrosoftAppType') ?? 'SingleTenant';
  if (appType !== 'SingleTenant' && appType !== 'MultiTenant' && appType !== 'UserAssignedMSI') {
    throw new ConfigError('MicrosoftAppType', 'must be SingleTenant, MultiTenant or UserAssignedMSI');
  }
  const tenantId = required('MicrosoftAppTenantId');
  if (!GUID.test(tenantId)) throw new ConfigError('MicrosoftAppTenantId', 'must be a GUID');
  if (appType === 'UserAssignedMSI') {
    if (value('MicrosoftAppPassword')) {
      throw new ConfigError(
        'MicrosoftAppPassword',
        'must not be set when MicrosoftAppType=UserAssignedMSI (the managed identity has no secret; it would be ignored)',
      );
    }
    return { kind: 'entra', appId, appType, tenantId };
  }
  const appPassword = required('MicrosoftAppPassword');
  if (production && appType !== 'SingleTenant') {
    throw new ConfigError(
      'MicrosoftAppType',
      'must be SingleTenant or UserAssignedMSI when NODE_ENV=production',
    );
  }
  return { kind: 'entra', appId, appPassword, appType, tenantId };
}

/** The tab's sign-in needs an app registration exposing an API; a managed identity cannot be one. */
function readTabAppId(raw: string | undefined, bot: BotIdentity & { kind: 'entra' }): string {
  if (raw === undefined) {
    if (bot.appType === 'UserAssignedMSI') {
      throw new ConfigError(
        'TAB_APP_ID',
        "is required when MicrosoftAppType=UserAssignedMSI: a managed identity cannot expose the tab's sign-in API, so the tab has its own app registration",
      );
    }
    return bot.appId;
  }
  if (!GUID.test(raw)) throw new ConfigError('TAB_APP_ID', "must be a GUID (the tab's app registration id)");
  return raw;
}

function readTenantList(raw: string | undefined): string[] {
  if (!raw) return [];
  const ids = raw.split(',').map((id) => id.trim().toLowerCase());
  const bad = ids.find((id) => !GUID.test(id));
  if (bad !== undefined) {
    throw new ConfigError('ALLOWED_TENANT_IDS', `"${bad}" is not a tenant GUID (use a comma-separated list)`);
  }
  return ids;
}

function readStorage(value: (name: string) => string | undefined, production: boolean): StorageConfig {
  const tablePrefix = value('TABLE_PREFIX') ?? '';
  if (!/^[A-Za-z][A-Za-z0-9]{0,29}$/.test(tablePrefix) && tablePrefix !== '') {
    throw new ConfigError(
      'TABLE_PREFIX',
      'must start with a letter and hold only letters and digits (at most 30)',
    );
  }
  const connectionString = value('AZURE_STORAGE_CONNECTION_STRING');
  const accountUrl = value('AZURE_STORAGE_ACCOUNT_URL');
  if (accountUrl) {
    if (connectionString) {
      throw new ConfigError(
        'AZURE_STORAGE_ACCOUNT_URL',
        'set it or AZURE_STORAGE_CONNECTION_STRING, not both',
      );
    }
    return { kind: 'account-url', ...readAccountUrl(accountUrl), tablePrefix };
  }
  if (connectionString) {
    if (!/(AccountName=|TableEndpoint=|SharedAccessSignature=)/i.test(connectionString)) {
      throw new ConfigError(
        'AZURE_STORAGE_CONNECTION_STRING',
        'does not look like a storage connection string',
      );
    }
    return { kind: 'connection-string', connectionString, tablePrefix };
  }
  if (production) {
    throw new ConfigError(
      'AZURE_STORAGE_ACCOUNT_URL',
      'or AZURE_STORAGE_CONNECTION_STRING is required when NODE_ENV=production (the embedded Azurite is for local use only)',
    );
  }
  return {
    kind: 'embedded-azurite',
    port: readPort('AZURITE_TABLE_PORT', value('AZURITE_TABLE_PORT'), 10002),
    dataDir: value('AZURITE_DATA_DIR') ?? '.data/azurite',
    tablePrefix,
  };
}

/** The account's table endpoint, https://<account>.table.core.windows.net, as the managed identity reaches it. */
function readAccountUrl(raw: string): { accountUrl: string; accountName: string } {
  const match = /^https:\/\/([a-z0-9]{3,24})\.table\.core\.windows\.net\/?$/.exec(raw.toLowerCase());
  if (!match) {
    throw new ConfigError(
      'AZURE_STORAGE_ACCOUNT_URL',
      `"${raw}" is not a table endpoint (https://<account>.table.core.windows.net)`,
    );
  }
  const accountName = match[1] as string;
  return { accountUrl: `https://${accountName}.table.core.windows.net`, accountName };
}

function readFormId(raw: string | undefined): string {
  const id = raw ?? 'signs-of-safety';
  if (!/^[a-z][a-z0-9-]{0,39}$/.test(id)) {
    throw new ConfigError('VISIT_FORM', `"${id}" is not a form id (e.g. signs-of-safety or visit-notes)`);
  }
  return id;
}

function readPositive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 100 || n > 3_600_000) {
    throw new ConfigError(name, `must be a whole number of milliseconds from 100 to 3600000, not "${raw}"`);
  }
  return n;
}

function readHours(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0.01 || n > 720) {
    throw new ConfigError(name, `must be a number of hours from 0.01 to 720 (30 days), not "${raw}"`);
  }
  return n;
}

function readPort(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(name, `must be a port number from 1 to 65535, not "${raw}"`);
  }
  return port;
}

/** The retention schedule; the draft reminder must come before the draft is deleted. */
function readRetention(value: (name: string) => string | undefined): RetentionSchedule {
  const whole = (name: string, fallback: number, min: number, max: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new ConfigError(name, `must be a whole number from ${min} to ${max}, not "${raw}"`);
    }
    return n;
  };
  const d = DEFAULT_SCHEDULE;
  const draftDays = whole('DRAFT_RETENTION_DAYS', d.draftDays, 7, 3_650);
  const draftReminderDays = whole('DRAFT_REMINDER_DAYS', d.draftReminderDays, 1, 365);
  if (draftReminderDays >= draftDays) {
    throw new ConfigError('DRAFT_REMINDER_DAYS', `must be fewer than DRAFT_RETENTION_DAYS (${draftDays})`);
  }
  return {
    years: whole('RETENTION_YEARS', d.years, 1, 100),
    draftDays,
    draftReminderDays,
    outboxDays: whole('OUTBOX_RETENTION_DAYS', d.outboxDays, 1, 3_650),
    nudgeDays: whole('NUDGE_RETENTION_DAYS', d.nudgeDays, 30, 3_650),
  };
}
