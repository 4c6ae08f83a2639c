import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { BotIdentity } from '../config';

/** The Bot Framework adapter: authenticated with the app registration, or open in local mode. */
export function createAdapter(identity: BotIdentity): CloudAdapter {
  const options =
    identity.kind === 'entra'
      ? {
          MicrosoftAppId: identity.appId,
          MicrosoftAppPassword: identity.appPassword,
          MicrosoftAppType: identity.appType,
          MicrosoftAppTenantId: identity.tenantId,
        }
      : {};
  return new CloudAdapter(new ConfigurationBotFrameworkAuthentication(options));
}
