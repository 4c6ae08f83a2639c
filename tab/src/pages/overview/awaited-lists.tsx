import { Button, Text } from '@fluentui/react-components';
import type { FormAwaited, ResponsesAwaited, ServiceLine } from '../../../../src/http/overview-types';
import { DataList } from '../../components/data-list';
import { Marker } from '../../components/status-badge';
import { formatDay, formatMomentDay, names } from '../../format/dates';
import { quietText } from './quiet';

interface SnoozeProps {
  readonly busy: boolean;
  readonly onSnooze: (topic: string, what: string) => void;
}

function SnoozeOrQuiet({
  topic,
  quiet,
  what,
  busy,
  onSnooze,
}: SnoozeProps & { topic: string; quiet?: ServiceLine['quiet']; what: string }) {
  if (quiet) return <Text size={200}>{quietText(quiet)}</Text>;
  return (
    <Button
      size="small"
      appearance="subtle"
      disabled={busy}
      onClick={() => onSnooze(topic, what)}
      aria-label={`Snooze the reminder about the ${what}`}
    >
      Snooze
    </Button>
  );
}

/** Visits held whose forms are not in yet (due 4 weeks after the visit). */
export function FormsAwaitedList({
  items,
  ...snooze
}: SnoozeProps & { readonly items: readonly FormAwaited[] }) {
  return (
    <DataList
      label="Forms awaited"
      items={items}
      keyOf={(item) => item.visitId}
      columns={[
        { label: 'Service', render: (item) => item.serviceName },
        { label: 'Visit', render: (item) => formatDay(item.day) },
        { label: 'Councillors', render: (item) => names(item.councillorNames) },
        {
          label: 'Form due',
          render: (item) => (
            <>
              {formatDay(item.dueDay)} {item.overdue && <Marker label="Overdue" color="danger" />}
            </>
          ),
        },
      ]}
      actions={(item) => (
        <SnoozeOrQuiet
          {...snooze}
          topic={item.topic}
          quiet={item.quiet}
          what={`${item.serviceName} form from ${formatDay(item.day)}`}
        />
      )}
    />
  );
}

/** Submitted visits still waiting for a head of service's response. */
export function ResponsesAwaitedList({
  items,
  ...snooze
}: SnoozeProps & { readonly items: readonly ResponsesAwaited[] }) {
  return (
    <DataList
      label="Responses awaited"
      items={items}
      keyOf={(item) => item.visitId}
      columns={[
        { label: 'Service', render: (item) => item.serviceName },
        { label: 'Visit', render: (item) => formatDay(item.day) },
        { label: 'Submitted', render: (item) => formatMomentDay(item.submittedAt) },
        { label: 'Waiting for', render: (item) => names(item.awaiting) },
      ]}
      actions={(item) => (
        <SnoozeOrQuiet
          {...snooze}
          topic={item.topic}
          quiet={item.quiet}
          what={`${item.serviceName} responses for ${formatDay(item.day)}`}
        />
      )}
    />
  );
}
