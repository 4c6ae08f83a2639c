import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PersonView } from '../../src/http/api-types';
import { createApiClient } from './api/client';
import { localPeople } from './api/endpoints';
import { Loading } from './components/load-status';
import { LocalModeBanner } from './components/local-mode-banner';
import { Notice } from './components/notice';
import { HostContext, type Host } from './host/host-context';
import { actingAs, rememberedPerson, rememberPerson } from './host/local-mode';
import { mightBeInTeams } from './host/framed';
import type { TeamsHost } from './host/teams-host';
import { FLUENT_THEMES, outsideTeams, type ThemeName } from './host/themes';
import { ConfigurePage } from './pages/configure-page';
import { routeOf } from './routes';
import { Shell } from './shell/shell';

/** Where the page finds itself: in Teams, in local mode, or neither. */
type Start =
  | { readonly kind: 'starting' }
  | { readonly kind: 'teams'; readonly teams: TeamsHost }
  | { readonly kind: 'local'; readonly people: readonly PersonView[] }
  | { readonly kind: 'not-in-teams' }
  | { readonly kind: 'failed' };

const useStyles = makeStyles({
  page: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
});

const DARK = '(prefers-color-scheme: dark)';

async function start(): Promise<Start> {
  if (mightBeInTeams()) {
    const teams = await import('./host/teams-host').then((m) => m.connectToTeams()).catch(() => undefined);
    if (teams) return { kind: 'teams', teams };
  }
  try {
    const local = await localPeople();
    return local === 'not-local' ? { kind: 'not-in-teams' } : { kind: 'local', people: local.people };
  } catch {
    return { kind: 'failed' };
  }
}

/** The tab: finds its host, follows its theme, and shows the page its path names. */
export function App() {
  const styles = useStyles();
  const route = routeOf(location.pathname);
  const [theme, setTheme] = useState<ThemeName>(() =>
    outsideTeams(location.search, window.matchMedia(DARK).matches),
  );
  const [started, setStarted] = useState<Start>({ kind: 'starting' });
  const [actAs, setActAs] = useState<string>();

  useEffect(() => {
    void start().then((result) => {
      if (result.kind === 'teams') {
        setTheme(result.teams.theme);
        result.teams.onThemeChange(setTheme);
        // The set-up page has nothing to load; the others tell Teams once the person's pages are known.
        if (route === 'configure') result.teams.loaded();
      }
      if (result.kind === 'local') setActAs(rememberedPerson(result.people));
      setStarted(result);
    });
  }, [route]);
  useEffect(() => {
    // Outside Teams, follow the browser's colour scheme unless the address names a theme.
    if (started.kind === 'teams' || new URLSearchParams(location.search).has('theme')) return;
    const query = window.matchMedia(DARK);
    const changed = (): void => setTheme(query.matches ? 'dark' : 'light');
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, [started.kind]);

  const host = useMemo((): Host | undefined => {
    if (started.kind === 'teams') {
      const { teams } = started;
      return { api: createApiClient(teams.credentials), inTeams: true, openLink: teams.openLink };
    }
    if (started.kind === 'local' && actAs) {
      return {
        api: createApiClient(actingAs(actAs)),
        inTeams: false,
        openLink: (url) => window.open(url, '_blank', 'noopener'),
      };
    }
    return undefined;
  }, [started, actAs]);
  const ready = useCallback(() => {
    if (started.kind === 'teams') started.teams.loaded();
  }, [started]);
  const chooseActAs = (aadObjectId: string): void => {
    rememberPerson(aadObjectId);
    setActAs(aadObjectId);
  };

  const content = (() => {
    switch (started.kind) {
      case 'starting':
        return <Loading label="Opening Frontline Visits…" />;
      case 'not-in-teams':
        return (
          <Notice title="Open this tab in Microsoft Teams.">
            Frontline Visits signs you in through Teams, so this page works only inside the Teams app.
          </Notice>
        );
      case 'failed':
        return (
          <Notice title="The server did not answer.">
            Check your connection and reload the page. If it keeps happening, tell the partnerships team.
          </Notice>
        );
      case 'teams':
      case 'local':
        if (route === 'configure') {
          return (
            <ConfigurePage
              offerChannelTab={started.kind === 'teams' ? started.teams.offerChannelTab : undefined}
            />
          );
        }
        if (!host) {
          return (
            <Notice title="Choose who to act as">Pick a person above to see the tab as they would.</Notice>
          );
        }
        return (
          <HostContext.Provider value={host}>
            <Shell key={actAs} channel={route === 'channel'} onReady={ready} />
          </HostContext.Provider>
        );
    }
  })();

  return (
    <FluentProvider theme={FLUENT_THEMES[theme]} data-theme={theme}>
      {/* Not on the provider itself: it lends its class to portals (menus, dialogs), which would cover the page. */}
      <div className={styles.page}>
        {started.kind === 'local' && (
          <LocalModeBanner people={started.people} actAs={actAs} onActAs={chooseActAs} />
        )}
        {content}
      </div>
    </FluentProvider>
  );
}
