import { makeStyles, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { Me } from '../../../src/http/api-types';
import { endpoints } from '../api/endpoints';
import { LoadFailure, Loading } from '../components/load-status';
import { Notice } from '../components/notice';
import { useLoad } from '../components/use-load';
import { useHost } from '../host/host-context';
import { OverviewPage } from '../pages/overview/overview-page';
import { ResponsesPage } from '../pages/responses/responses-page';
import { MyVisitsPage } from '../pages/visits/my-visits-page';
import { MyActionsPage } from '../pages/actions/my-actions-page';
import { VIEW_LABELS, viewFromHash, viewsFor, type View } from './views';

const ReportPage = lazy(() => import('../pages/report/report-page'));
const RecordsPage = lazy(() => import('../pages/records/records-page'));

const useStyles = makeStyles({
  shell: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, maxWidth: '1400px' },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalS,
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  who: { color: tokens.colorNeutralForeground2 },
  tabs: { flexWrap: 'wrap', marginBottom: tokens.spacingVerticalL },
});

export interface ShellProps {
  /** The channel tab shows the partnerships pages only. */
  readonly channel: boolean;
  /** Called once the first page has its person (Teams hides its loading indicator). */
  readonly onReady?: () => void;
}

/** The signed-in person's pages, by role (GET /api/me), behind a tab list. */
export function Shell({ channel, onReady }: ShellProps) {
  const styles = useStyles();
  const { api } = useHost();
  const me = useLoad<Me>(() => endpoints(api).me(), 'me');
  const views = me.data ? viewsFor(me.data.pages, channel) : [];
  const [chosen, setChosen] = useState<View>();
  const view = chosen && views.includes(chosen) ? chosen : viewFromHash(location.hash, views);
  useEffect(() => {
    if (!me.loading) onReady?.();
  }, [me.loading, onReady]);

  if (!me.data) {
    return (
      <main className={styles.shell}>
        {me.error ? (
          <LoadFailure message={me.error} onRetry={me.reload} />
        ) : (
          <Loading label="Opening Frontline Visits…" />
        )}
      </main>
    );
  }
  const { person } = me.data;
  if (!view) {
    return channel ? (
      <Notice title="This tab is for the partnerships team">
        It shows the rota, the committee report and the records. Councillors and heads of service find their
        visits in the Frontline Visits app&apos;s own tab.
      </Notice>
    ) : (
      <Notice title="Nothing to show yet">Your role has no pages in this tab.</Notice>
    );
  }
  const choose = (next: View): void => {
    setChosen(next);
    history.replaceState(null, '', `#${next}`);
  };
  return (
    <main className={styles.shell}>
      <header className={styles.header}>
        <h1 className={styles.title}>Frontline Visits</h1>
        <Text className={styles.who}>
          {person.name}
          {person.title ? `, ${person.title}` : ''}
        </Text>
      </header>
      <TabList
        className={styles.tabs}
        selectedValue={view}
        onTabSelect={(_, data) => choose(data.value as View)}
        aria-label="Pages"
      >
        {views.map((v) => (
          <Tab key={v} value={v} id={`tab-${v}`}>
            {VIEW_LABELS[v]}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-labelledby={`tab-${view}`}>
        <Page view={view} />
      </div>
    </main>
  );
}

function Page({ view }: { readonly view: View }) {
  switch (view) {
    case 'overview':
      return <OverviewPage />;
    case 'report':
      return (
        <Suspense fallback={<Loading label="Opening the report…" />}>
          <ReportPage />
        </Suspense>
      );
    case 'my-visits':
      return <MyVisitsPage />;
    case 'awaiting':
      return <ResponsesPage list="awaiting" />;
    case 'past':
      return <ResponsesPage list="past" />;
    case 'my-actions':
      return <MyActionsPage />;
    case 'records':
      return (
        <Suspense fallback={<Loading label="Opening the records…" />}>
          <RecordsPage />
        </Suspense>
      );
  }
}
