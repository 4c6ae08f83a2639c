import 'dotenv/config';
import { randomBytes, randomUUID } from 'node:crypto';
import { createActions } from './actions/actions';
import { actionsOfVisits } from './actions/of-visits';
import { openAuditTrail } from './audit/open-trail';
import { systemClock, type Clock } from './kernel/clock';
import { ConfigError, readConfig, type Config } from './config';
import { createDirectoryLookup } from './directory/directory';
import { createDownloadTickets } from './http/download-tickets';
import { createHttpServer } from './http/server';
import { createIdentify, type IdentifyMode } from './http/identity';
import { createSsoVerifier } from './http/sso';
import { createLogger, type Logger } from './kernel/log';
import { keepingStanding } from './overview/keep-standing';
import { openStorage } from './storage/open-storage';
import { createStores } from './storage/stores';
import { pingStorage } from './storage/tables';
import { createAdapter, createBotAuthentication } from './teams/adapter';
import { uploadToOneDrive } from './teams/report-files';
import { createTeamsBot } from './teams/teams-bot';
import { createMessagesHandler } from './teams/messages-endpoint';
import { createTenantFilter } from './teams/tenant-filter';
import { createTurnErrorHandler } from './teams/turn-error-handler';
import { createDispatcher } from './outbox/dispatcher';
import { createLanes } from './outbox/lanes';
import { createChannelLinks } from './outbox/channel-links';
import { renderDigest } from './cards/digest-card';
import { renderNudge } from './cards/nudge-card';
import { renderDraftReminder } from './cards/draft-reminder-card';
import { createLegalHolds } from './retention/holds';
import { createRetention } from './retention/job';
import { createNudgeHandling } from './nudges/handling';
import { readNudgeState } from './nudges/nudge-state';
import { DEFAULT_SETTINGS } from './nudges/rules';
import { createNudgeScheduler } from './nudges/scheduler';
import { createLoop } from './kernel/loop';
import { resolveAddress } from './outbox/resolve-address';
import { createReports } from './report/reports';
import { loadFirstRun } from './cli/demo/first-run';
import { createReportIndexer, rebuildReportIndex } from './report/report-index';
import { createResponses } from './responses/responses';
import { responseMessages } from './cards/response-messages';
import { createPlanning } from './rota/planning';
import { createRota } from './rota/rota';
import { createSender } from './teams/sender';
import { loadForms } from './visits/forms';
import { createWalkthrough } from './visits/walkthrough';

export interface RunningApp {
  readonly port: number;
  /** Stops accepting, lets in-flight turns finish, then closes storage (and the embedded Azurite). */
  stop(): Promise<void>;
}

/** Seams for tests: a process that only queues (dispatch false); the sign-in keys of a local JWKS server. */
export interface StartOptions {
  readonly dispatch?: boolean;
  readonly ssoKeysUrl?: (tenantId: string) => string;
}

/** The composition root: config -> storage -> repositories -> use cases -> the Teams front door -> HTTP server. */
export async function startApp(
  config: Config,
  log: Logger = createLogger(),
  clock: Clock = systemClock,
  options: StartOptions = {},
): Promise<RunningApp> {
  warnAboutLocalMode(config, log);
  const forms = loadForms();
  if (!forms.latest(config.visitForm)) {
    throw new ConfigError('VISIT_FORM', `no form "${config.visitForm}" is installed (see src/visits/forms/)`);
  }
  const storage = await openStorage(config.storage);
  log.info(`Storage: ${storage.description}`);

  const store = keepingStanding(createStores(storage.tables), log);
  await store.standing.setWhole(false); // a write cut short by a crash may have missed the overview's index
  const directory = createDirectoryLookup(store, clock);
  const audit = await openAuditTrail(store, clock, log);
  if ((await store.people.list()).length === 0) {
    if (config.bot.kind === 'local' && config.storage.kind === 'embedded-azurite') {
      log.info(await loadFirstRun(store, clock, audit));
    } else {
      log.warn(
        'The directory is empty: load people and services with `npm run seed -- directory.example.yaml`.',
      );
    }
  }
  if (!(await store.reportVisits.isBuilt())) {
    const indexed = await rebuildReportIndex(store);
    log.info(`Committee report index built from ${indexed} submitted visit(s).`);
  }

  /** Names this process among the instances sharing the storage (leases, the tenant's sending rate). */
  const instanceId = randomUUID();
  const auth = createBotAuthentication(config.bot);
  const adapter = createAdapter(auth);
  adapter.use(createTenantFilter(config.allowedTenantIds, log));
  adapter.onTurnError = createTurnErrorHandler(log);
  const dispatcher = createDispatcher({
    stores: [store.visitOutbox, store.standaloneOutbox],
    standalone: store.standaloneOutbox,
    resolve: (to) => resolveAddress(to, store.conversations),
    send: createSender(auth, config.bot.kind === 'entra' ? config.bot.appId : ''),
    lanes: createLanes(store.lanes, clock),
    instances: store.leases,
    instanceId,
    giveUpAfterMs: config.outboxGiveUpMs,
    clock,
    log,
  });
  const outboxLoop = createLoop('Outbox', () => dispatcher.tick(), config.outboxPollMs, log);
  const nudges = createNudgeScheduler({
    leases: store.leases,
    nudges: store.nudges,
    state: () => readNudgeState({ ...store, directory, dispatcher, overdueActions: () => actions.overdue() }),
    outbox: store.standaloneOutbox,
    settings: DEFAULT_SETTINGS,
    instanceId,
    leaseMs: config.nudgeTickMs * 3,
    clock,
    log,
    queued: () => outboxLoop.kick(),
    render: (nudge) => renderNudge(nudge, forms.latest(config.visitForm)),
    renderDigest,
  });
  const nudgeLoop = createLoop('Nudges', () => nudges.tick(), config.nudgeTickMs, log);
  const retention = createRetention({
    ...store,
    audit,
    outboxes: [store.visitOutbox, store.standaloneOutbox],
    outbox: store.standaloneOutbox,
    renderReminder: (reminder) => renderDraftReminder(reminder, config.retention.draftDays),
    schedule: config.retention,
    clock,
    log,
    queued: () => outboxLoop.kick(),
  });
  // Once a London day, on the instance holding the scheduler's lease; a run that failed part-way is retried.
  const retentionTick = () =>
    retention.tick({ leases: store.leases, runs: store.leases, instanceId, leaseMs: config.nudgeTickMs * 3 });
  const retentionLoop = createLoop('Retention', retentionTick, config.nudgeTickMs, log);
  const queued = (): void => outboxLoop.kick();
  const indexed = createReportIndexer({ visits: store.visits, reportVisits: store.reportVisits, log });
  const actions = createActions({
    actions: store.actions,
    reportVisits: store.reportVisits,
    directory,
    clock,
    audit,
  });
  const walkthrough = createWalkthrough({
    ...store,
    actions,
    responseViews: responseMessages,
    directory,
    forms,
    formId: config.visitForm,
    clock,
    queued,
    indexed,
    audit,
  });
  const responses = createResponses({
    visits: store.visits,
    views: responseMessages,
    forms,
    clock,
    queued,
    indexed,
    actions,
    owners: () => store.people.list(),
    outbox: store.standaloneOutbox,
    audit,
  });
  const reports = createReports({
    reportVisits: store.reportVisits,
    drafts: store.reportDrafts,
    bookings: store.bookings,
    directory,
    forms,
    clock,
    actionsOf: actionsOfVisits(actions),
    audit,
  });
  const rota = createRota({
    bookings: store.bookings,
    visits: store.visits,
    directory,
    clock,
    newId: randomUUID,
    dueSoonDays: DEFAULT_SETTINGS.dueSoonDays,
    audit,
  });
  const planning = createPlanning({
    ...store,
    directory,
    clock,
    newId: randomUUID,
    perVisit: 2,
    noticeWorkingDays: 5,
    audit,
  });
  const nudgeHandling = createNudgeHandling({ nudges: store.nudges, clock, audit });
  const channels = createChannelLinks({ conversations: store.conversations, dispatcher, clock, audit });
  const kickNudges = (): void => nudgeLoop.kick();
  const bot = createTeamsBot({
    directory,
    walkthrough,
    responses,
    actions,
    rota,
    planning,
    nudges: nudgeHandling,
    kickNudges,
    dispatcher,
    conversations: store.conversations,
    channels,
    liveCards: store.liveCards,
    forms,
    queued,
    reports,
    upload: uploadToOneDrive,
    log,
    clock,
  });

  const server = createHttpServer({
    handleMessages: createMessagesHandler(adapter, bot, log),
    health: () => pingStorage(storage.tables.People),
    log,
    api: {
      identify: createIdentify(identifyMode(config, clock, options), directory, log),
      reports,
      tickets: createDownloadTickets(await store.leases.sharedKey('download-tickets'), clock),
      rota,
      nudges: nudgeHandling,
      dispatcher,
      directory,
      people: store.people,
      bookings: store.bookings,
      visits: store.visits,
      standing: store.standing,
      actionStore: store.actions,
      auditStore: store.audit,
      records: {
        people: store.people,
        visits: store.visits,
        actions: store.actions,
        bookings: store.bookings,
        holdStore: store.holds,
        auditEntries: store.audit,
        outboxes: [store.visitOutbox, store.standaloneOutbox],
        audit,
        clock,
      },
      holds: {
        legalHolds: createLegalHolds({
          holds: store.holds,
          services: store.services,
          visits: store.visits,
          people: store.people,
          audit,
          clock,
          newId: () => `H-${randomBytes(4).toString('hex')}`,
        }),
        services: store.services,
        visits: store.visits,
        people: store.people,
      },
      responses,
      actions,
      councillorVisits: store.councillorVisits,
      forms,
      conversations: store.conversations,
      posts: store.visitOutbox,
      settings: DEFAULT_SETTINGS,
      kickNudges,
      queued,
      localMode: config.bot.kind === 'local',
      ...(config.bot.kind === 'entra' ? { botAppId: config.bot.appId } : {}),
      clock,
      log,
    },
  });
  const host = config.bot.kind === 'local' ? '127.0.0.1' : '0.0.0.0';
  const port = await server.listen(config.port, host).catch(async (error: unknown) => {
    await storage.close();
    throw error;
  });
  log.info(`Frontline Visits is listening on http://${host}:${port}/api/messages`);
  // A process started with dispatch off only queues (tests use it to stand for one killed before sending).
  if (options.dispatch !== false) {
    outboxLoop.start({ immediately: true }); // messages left pending by a previous run go out now
    nudgeLoop.start({ immediately: false });
    retentionLoop.start({ immediately: false });
  }
  return {
    port,
    async stop() {
      await server.close();
      await retentionLoop.stop();
      await nudgeLoop.stop();
      await outboxLoop.stop();
      await storage.close();
    },
  };
}

/** Local mode trusts X-Local-User from this machine; otherwise the tab's single sign-on token is verified. */
function identifyMode(config: Config, clock: Clock, options: StartOptions): IdentifyMode {
  if (config.bot.kind === 'local') return { kind: 'local' };
  // The tab's own app registration when the bot is a managed identity (which cannot expose an API).
  const clientId = config.tabAppId ?? config.bot.appId;
  const verifier = createSsoVerifier({
    clientId,
    ...(config.publicHost ? { appIdUri: `api://${config.publicHost}/${clientId}` } : {}),
    // Outside production ALLOWED_TENANT_IDS may be empty (any tenant's bot traffic); sign-in is never that open.
    allowedTenantIds: config.allowedTenantIds.length ? config.allowedTenantIds : [config.bot.tenantId],
    ...(options.ssoKeysUrl ? { keysUrl: options.ssoKeysUrl } : {}),
    clock,
  });
  return { kind: 'sso', verifier };
}

function warnAboutLocalMode(config: Config, log: Logger): void {
  if (config.bot.kind === 'local') {
    log.warn(
      '*** LOCAL MODE: MicrosoftAppId is not set, so requests are NOT authenticated. Listening on 127.0.0.1 only. ' +
        'Never expose this to a network; set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId. ***',
    );
  }
  if (config.allowedTenantIds.length === 0) {
    log.warn('ALLOWED_TENANT_IDS is not set: activities from every tenant are served.');
  }
}

async function main(): Promise<void> {
  const log = createLogger();
  let app: RunningApp;
  try {
    app = await startApp(readConfig(), log);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    log.error(`Configuration error, not starting. ${error.message}. See .env.example.`);
    process.exitCode = 1;
    return;
  }
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received: finishing in-flight turns, then stopping.`);
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('Shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    createLogger().error('Start-up failed', { error });
    process.exit(1);
  });
}
