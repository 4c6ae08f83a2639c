import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { MyVisits, VisitSummary } from '../../../../src/http/api-types';
import { endpoints } from '../../api/endpoints';
import { DataList, type Column } from '../../components/data-list';
import { LoadFailure, Loading } from '../../components/load-status';
import { PageSection } from '../../components/page-section';
import { useLoad } from '../../components/use-load';
import { formatDay, formatMomentDay, names } from '../../format/dates';
import { useHost } from '../../host/host-context';
import { VisitDetailView } from './visit-detail';

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground2 },
});

const title = (v: VisitSummary): string => `${v.serviceName}, ${formatDay(v.date)}`;

const visitColumn: Column<VisitSummary> = { label: 'Visit', render: title };
const councillors: Column<VisitSummary> = { label: 'Councillors', render: (v) => names(v.councillorNames) };
const submitted: Column<VisitSummary> = {
  label: 'Submitted',
  render: (v) => (v.submittedAt ? formatMomentDay(v.submittedAt) : '—'),
};

/** A councillor's visits: drafts to finish in the chat, and submitted forms with the responses they brought. */
export function MyVisitsPage() {
  const styles = useStyles();
  const { api, openLink } = useHost();
  const visits = useLoad<MyVisits>(() => endpoints(api).myVisits(), 'my-visits');
  const [opened, setOpened] = useState<string>();

  if (opened) {
    return (
      <VisitDetailView visitId={opened} backLabel="Back to my visits" onBack={() => setOpened(undefined)} />
    );
  }
  if (!visits.data) {
    return visits.error ? (
      <LoadFailure message={visits.error} onRetry={visits.reload} />
    ) : (
      <Loading label="Loading your visits…" />
    );
  }
  const { drafts, chatLink } = visits.data;
  const awaiting = visits.data.submitted.filter((v) => v.awaiting.length > 0);
  const answered = visits.data.submitted.filter((v) => v.awaiting.length === 0);
  const read = (v: VisitSummary) => (
    <Button size="small" onClick={() => setOpened(v.visitId)} aria-label={`Read the ${title(v)} visit`}>
      Read
    </Button>
  );
  return (
    <>
      <PageSection
        title="Drafts"
        count={drafts.length}
        empty="Visits you have started recording in the chat with the bot, and not yet submitted, will appear here."
      >
        {!chatLink && (
          <Text className={styles.hint}>
            To carry on with a draft, type resume in your chat with the Frontline Visits bot.
          </Text>
        )}
        <DataList
          label="Drafts"
          items={drafts}
          keyOf={(v) => v.visitId}
          columns={[
            visitColumn,
            councillors,
            { label: 'Progress', render: (v) => `${v.answered} of ${v.steps} questions answered` },
          ]}
          actions={(v) => (
            <>
              {chatLink && (
                <Button
                  size="small"
                  appearance="primary"
                  onClick={() => openLink(chatLink)}
                  aria-label={`Continue in chat: ${title(v)}`}
                >
                  Continue in chat
                </Button>
              )}
              {read(v)}
            </>
          )}
        />
      </PageSection>
      <PageSection
        title="Waiting for responses"
        count={awaiting.length}
        empty="Visits you have submitted will appear here until every head of service has responded."
      >
        <DataList
          label="Waiting for responses"
          items={awaiting}
          keyOf={(v) => v.visitId}
          columns={[
            visitColumn,
            submitted,
            {
              label: 'Responses',
              render: (v) => `${v.responsesReceived} received; waiting for ${names(v.awaiting)}`,
            },
          ]}
          actions={read}
        />
      </PageSection>
      <PageSection
        title="Responses received"
        count={answered.length}
        empty="Visits whose responses have all come in will appear here, to read in full."
      >
        <DataList
          label="Responses received"
          items={answered}
          keyOf={(v) => v.visitId}
          columns={[
            visitColumn,
            submitted,
            { label: 'Responses', render: (v) => `${v.responsesReceived} received` },
          ]}
          actions={read}
        />
      </PageSection>
    </>
  );
}
