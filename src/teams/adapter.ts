import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { BotIdentity } from '../config';

/** The bot's Bot Framework authentication: the app registration, or none in local mode. */
export function createBotAuthentication(identity: BotIdentity): ConfigurationBotFrameworkAuthentication {
  const options =
    identity.kind === 'entra'
      ? {
          MicrosoftAppId: identity.appId,
          MicrosoftAppPassword: identity.appPassword,
          MicrosoftAppType: identity.appType,
          MicrosoftAppTenantId: identity.tenantId,
        }
      : {};
  return new ConfigurationBotFrameworkAuthentication(options);
}

/** The Bot Framework adapter that authenticates incoming requests and answers turns. */
export function createAdapter(auth: ConfigurationBotFrameworkAuthentication): CloudAdapter {
  return new CloudAdapter(auth);
}
