import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { MyResponses, ResponseItem } from '../../../../src/http/api-types';
import { endpoints } from '../../api/endpoints';
import { DataList } from '../../components/data-list';
import { LoadFailure, Loading } from '../../components/load-status';
import { PageSection } from '../../components/page-section';
import { useLoad } from '../../components/use-load';
import { formatDay, formatMomentDay, names } from '../../format/dates';
import { useHost } from '../../host/host-context';
import { VisitDetailView } from '../visits/visit-detail';

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground2 },
  excerpt: { display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden' },
});

const LISTS = {
  awaiting: {
    title: 'Awaiting my response',
    empty: 'Visits to your services that are waiting for your response will appear here.',
    back: 'Back to visits awaiting my response',
  },
  past: {
    title: 'My past responses',
    empty: 'Visits you have responded to will appear here, with what you wrote.',
    back: 'Back to my past responses',
  },
} as const;

const title = (item: ResponseItem): string => `${item.visit.serviceName}, ${formatDay(item.visit.date)}`;

/** A head of service's visits: those waiting for their response, or those they have responded to. */
export function ResponsesPage({ list }: { readonly list: 'awaiting' | 'past' }) {
  const styles = useStyles();
  const { api, openLink } = useHost();
  const responses = useLoad<MyResponses>(() => endpoints(api).myResponses(), 'my-responses');
  const [opened, setOpened] = useState<ResponseItem>();
  const words = LISTS[list];

  if (opened) {
    return (
      <VisitDetailView
        visitId={opened.visit.visitId}
        backLabel={words.back}
        onBack={() => setOpened(undefined)}
        channelLink={opened.channelLink}
      />
    );
  }
  if (!responses.data) {
    return responses.error ? (
      <LoadFailure message={responses.error} onRetry={responses.reload} />
    ) : (
      <Loading label="Loading the visits…" />
    );
  }
  const items = responses.data[list];
  return (
    <PageSection title={words.title} count={items.length} empty={words.empty}>
      {list === 'awaiting' && (
        <Text className={styles.hint}>
          Read the visit here, then respond from its card in your service&apos;s channel in Teams.
        </Text>
      )}
      <DataList
        label={words.title}
        items={items}
        keyOf={(item) => item.visit.visitId}
        columns={[
          { label: 'Visit', render: title },
          { label: 'Councillors', render: (item) => names(item.visit.councillorNames) },
          list === 'awaiting'
            ? {
                label: 'Submitted',
                render: (item) => (item.visit.submittedAt ? formatMomentDay(item.visit.submittedAt) : '—'),
              }
            : {
                label: 'My response',
                render: (item) =>
                  item.mine ? (
                    <>
                      <Text block size={200}>
                        {formatMomentDay(item.mine.at)}
                      </Text>
                      <span className={styles.excerpt}>{item.mine.text}</span>
                    </>
                  ) : (
                    '—'
                  ),
              },
        ]}
        actions={(item) => (
          <>
            <Button size="small" onClick={() => setOpened(item)} aria-label={`Read the ${title(item)} visit`}>
              Read
            </Button>
            {item.channelLink && (
              <Button
                size="small"
                appearance={list === 'awaiting' ? 'primary' : 'secondary'}
                onClick={() => openLink(item.channelLink!)}
                aria-label={`Open the channel card: ${title(item)}`}
              >
                Open the channel card
              </Button>
            )}
          </>
        )}
      />
    </PageSection>
  );
}
