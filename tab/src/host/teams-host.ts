import { app, authentication, pages } from '@microsoft/teams-js';
import { ApiFailure, type Credentials } from '../api/client';
import { fromTeams, type ThemeName } from './themes';

/** The tab running inside a Teams client: its theme, its sign-in and its way of opening links. */
export interface TeamsHost {
  readonly theme: ThemeName;
  onThemeChange(handler: (theme: ThemeName) => void): void;
  readonly credentials: Credentials;
  openLink(url: string): void;
  /** Tells Teams the tab has loaded (it hides its own loading indicator). */
  loaded(): void;
  /** On the channel tab's configuration page: lets Save add the tab. */
  offerChannelTab(): void;
}

const SIGN_IN_FAILED =
  'Teams could not sign you in to this tab. Close it and open it again; if that does not help, ask your IT ' +
  "team to check the app's single sign-on set-up";

/**
 * Connects to the Teams client framing this page, or answers undefined: `app.initialize()` rejects at once with no
 * host ("No Parent window found"), and in a frame that is not Teams it may never answer, hence the race. It is only
 * tried where a host could be (host/framed.ts), so the wait can allow for a slow phone.
 */
export async function connectToTeams(timeoutMs = 5000): Promise<TeamsHost | undefined> {
  const timedOut = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs));
  const initialized = app.initialize().then(
    () => true,
    () => false,
  );
  if (!(await Promise.race([initialized, timedOut]))) return undefined;
  const context = await app.getContext().catch(() => undefined);
  let token: Promise<string> | undefined;
  const fetchToken = (): Promise<string> =>
    (token = authentication.getAuthToken().catch((error: unknown) => {
      token = undefined;
      throw new ApiFailure(401, `${SIGN_IN_FAILED} (${String(error)})`, undefined);
    }));
  return {
    theme: fromTeams(context?.app.theme),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(fromTeams(theme))),
    credentials: {
      headers: async () => ({ Authorization: `Bearer ${await (token ?? fetchToken())}` }),
      renew: async () => void (await fetchToken()),
    },
    openLink: (url) => void app.openLink(url).catch(() => window.open(url, '_blank', 'noopener')),
    loaded: () => void app.notifySuccess().catch(() => undefined),
    offerChannelTab,
  };
}

/** The channel tab's configuration page: one fixed tab, the partnerships pages. */
function offerChannelTab(): void {
  pages.config.registerOnSaveHandler((save) => {
    pages.config
      .setConfig({
        contentUrl: `${location.origin}/tab/channel`,
        entityId: 'partnerships',
        suggestedDisplayName: 'Visits',
      })
      .then(
        () => save.notifySuccess(),
        (error: unknown) => save.notifyFailure(String(error)),
      );
  });
  pages.config.setValidityState(true);
}
