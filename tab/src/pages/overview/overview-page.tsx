import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Overview, ServiceLine } from '../../../../src/http/overview-types';
import { endpoints } from '../../api/endpoints';
import { LoadFailure, Loading } from '../../components/load-status';
import { OutcomeBar } from '../../components/outcome-bar';
import { PageSection } from '../../components/page-section';
import { useAction } from '../../components/use-action';
import { useLoad } from '../../components/use-load';
import { formatDay } from '../../format/dates';
import { useHost } from '../../host/host-context';
import { FormsAwaitedList, ResponsesAwaitedList } from './awaited-lists';
import { BookDialog } from './book-dialog';
import { FailedDeliveriesList } from './failed-deliveries';
import { MoveDialog, type MoveOrCancel } from './move-dialog';
import { ServicesList } from './services-list';
import { stack } from '../../components/stack';

const useStyles = makeStyles({
  page: { ...stack(tokens.spacingVerticalM) },
  today: { color: tokens.colorNeutralForeground2 },
});

type Open =
  | { readonly dialog: 'book'; readonly serviceId?: string }
  | { readonly dialog: 'move'; readonly line: ServiceLine & { next: NonNullable<ServiceLine['next']> } };

/** The partnerships team's year at a glance: the rota, what is awaited, what failed to send; and acting on it. */
export function OverviewPage() {
  const styles = useStyles();
  const { api } = useHost();
  const calls = endpoints(api);
  const overview = useLoad<Overview>(calls.overview, 'overview');
  const action = useAction();
  const [open, setOpen] = useState<Open>();

  if (!overview.data) {
    return overview.error ? (
      <LoadFailure message={overview.error} onRetry={overview.reload} />
    ) : (
      <Loading label="Loading the rota…" />
    );
  }
  const data = overview.data;
  const done = (message: string): void => {
    setOpen(undefined);
    action.show({ intent: 'success', text: message });
    overview.reload();
  };
  const snooze = (topic: string): void =>
    void action
      .run(
        () => calls.snooze({ topic }),
        (d) => d.message,
      )
      .then(overview.reload);
  const changeBooking = async (bookingId: string, change: MoveOrCancel): Promise<string> =>
    change.kind === 'move'
      ? (
          await calls.move(bookingId, {
            day: change.day,
            reason: change.reason,
            ...(change.time ? { time: change.time } : {}),
          })
        ).message
      : (await calls.cancel(bookingId, { reason: change.reason })).message;

  return (
    <div className={styles.page}>
      <OutcomeBar outcome={action.outcome} onDismiss={action.clear} />
      {overview.error && <LoadFailure message={overview.error} onRetry={overview.reload} />}
      <PageSection
        title="Services"
        count={data.services.length}
        empty="The services councillors visit will appear here once the directory is loaded."
        tools={
          <Button appearance="primary" onClick={() => setOpen({ dialog: 'book' })}>
            Book a visit
          </Button>
        }
      >
        <Text className={styles.today}>As of {formatDay(data.today)}.</Text>
        <ServicesList
          services={data.services}
          busy={action.busy}
          onBook={(serviceId) => setOpen({ dialog: 'book', serviceId })}
          onMove={(line) => line.next && setOpen({ dialog: 'move', line: { ...line, next: line.next } })}
          onSnooze={snooze}
        />
      </PageSection>
      <PageSection
        title="Forms awaited"
        count={data.formsAwaited.length}
        empty="Visits that have taken place without a form will appear here. Councillors have 4 weeks to send it."
      >
        <FormsAwaitedList items={data.formsAwaited} busy={action.busy} onSnooze={snooze} />
      </PageSection>
      <PageSection
        title="Responses awaited"
        count={data.responsesAwaited.length}
        empty="Submitted visits still waiting for a head of service's response will appear here."
      >
        <ResponsesAwaitedList items={data.responsesAwaited} busy={action.busy} onSnooze={snooze} />
      </PageSection>
      <PageSection
        title="Deliveries that failed"
        count={data.failedDeliveries.length}
        empty="Messages the bot could not deliver will appear here. Nothing has failed."
      >
        <FailedDeliveriesList
          items={data.failedDeliveries}
          busy={action.busy}
          onRetry={(item) =>
            void action
              .run(
                () => calls.retry({ store: item.store, partition: item.partition, id: item.id }),
                (d) => d.message,
              )
              .then(overview.reload)
          }
        />
      </PageSection>
      {open?.dialog === 'book' && (
        <BookDialog
          overview={data}
          serviceId={open.serviceId}
          onClose={() => setOpen(undefined)}
          onBook={async (request) => (await calls.book(request)).message}
          onDone={done}
        />
      )}
      {open?.dialog === 'move' && (
        <MoveDialog
          line={open.line}
          changeReasons={data.changeReasons}
          today={data.today}
          onClose={() => setOpen(undefined)}
          onChange={(change) => changeBooking(open.line.next.bookingId!, change)}
          onDone={done}
        />
      )}
    </div>
  );
}
