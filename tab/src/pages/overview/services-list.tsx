import { Button, Text } from '@fluentui/react-components';
import type { ServiceLine } from '../../../../src/http/overview-types';
import { DataList } from '../../components/data-list';
import { FlagBadge } from '../../components/status-badge';
import { formatDay } from '../../format/dates';
import { quietText } from './quiet';

export interface ServicesListProps {
  readonly services: readonly ServiceLine[];
  readonly busy: boolean;
  readonly onBook: (serviceId: string) => void;
  readonly onMove: (line: ServiceLine) => void;
  readonly onSnooze: (topic: string, what: string) => void;
}

const nextOf = (line: ServiceLine): string =>
  line.next ? `${formatDay(line.next.day)}${line.next.time ? ` at ${line.next.time}` : ''}` : 'None booked';

/** "2 (1 overdue)": the service's actions from visits still to do, and how many are past their target month. */
export const openActionsText = ({ openActions: a }: ServiceLine): string =>
  a ? `${a.open}${a.overdue ? ` (${a.overdue} overdue)` : ''}` : 'None';

/**
 * Each service on the rota: when it was last visited, what is booked, when the next visit is due, and the
 * actions from its visits still to do.
 */
export function ServicesList({ services, busy, onBook, onMove, onSnooze }: ServicesListProps) {
  return (
    <DataList
      label="Services"
      items={services}
      keyOf={(line) => line.serviceId}
      columns={[
        { label: 'Service', render: (line) => line.name },
        { label: 'Last visit', render: (line) => (line.lastVisit ? formatDay(line.lastVisit) : 'Never') },
        { label: 'Next booking', render: nextOf },
        { label: 'Due', render: (line) => (line.due ? formatDay(line.due) : '—') },
        { label: 'Open actions', render: openActionsText },
        {
          label: 'Status',
          render: (line) => (
            <>
              <FlagBadge flag={line.flag} />
              {line.quiet && (
                <Text size={200} block>
                  {quietText(line.quiet)}
                </Text>
              )}
            </>
          ),
        },
      ]}
      actions={(line) => (
        <>
          {line.next?.bookingId ? (
            <Button
              size="small"
              onClick={() => onMove(line)}
              aria-label={`Move or cancel the visit to ${line.name}`}
            >
              Move or cancel
            </Button>
          ) : (
            <Button
              size="small"
              onClick={() => onBook(line.serviceId)}
              aria-label={`Book a visit to ${line.name}`}
            >
              Book
            </Button>
          )}
          {line.topic && !line.quiet && (
            <Button
              size="small"
              appearance="subtle"
              disabled={busy}
              onClick={() => onSnooze(line.topic!, line.name)}
              aria-label={`Snooze the reminder about ${line.name}`}
            >
              Snooze
            </Button>
          )}
        </>
      )}
    />
  );
}
