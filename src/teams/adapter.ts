import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { BotIdentity } from '../config';

/**
 * The bot's Bot Framework authentication: the app registration and its secret, the user-assigned managed
 * identity (botbuilder then gets its tokens through @azure/identity, with no secret), or none in local mode.
 */
export function createBotAuthentication(identity: BotIdentity): ConfigurationBotFrameworkAuthentication {
  if (identity.kind === 'local') return new ConfigurationBotFrameworkAuthentication({});
  const common = {
    MicrosoftAppId: identity.appId,
    MicrosoftAppType: identity.appType,
    MicrosoftAppTenantId: identity.tenantId,
  };
  return new ConfigurationBotFrameworkAuthentication(
    identity.appType === 'UserAssignedMSI'
      ? common
      : { ...common, MicrosoftAppPassword: identity.appPassword },
  );
}

/** The Bot Framework adapter that authenticates incoming requests and answers turns. */
export function createAdapter(auth: ConfigurationBotFrameworkAuthentication): CloudAdapter {
  return new CloudAdapter(auth);
}
