import { Button, Text } from '@fluentui/react-components';
import type { FailedDelivery } from '../../../../src/http/overview-types';
import { DataList } from '../../components/data-list';

export interface FailedDeliveriesProps {
  readonly items: readonly FailedDelivery[];
  readonly busy: boolean;
  readonly onRetry: (item: FailedDelivery) => void;
}

/** Messages the bot could not deliver, why, and Retry where retrying can help. */
export function FailedDeliveriesList({ items, busy, onRetry }: FailedDeliveriesProps) {
  return (
    <DataList
      label="Deliveries that failed"
      items={items}
      keyOf={(item) => `${item.store}/${item.partition}/${item.id}`}
      columns={[
        { label: 'Message', render: (item) => item.summary },
        { label: 'To', render: (item) => item.to },
        { label: 'Why it has not gone', render: (item) => item.why },
      ]}
      actions={(item) =>
        item.canRetry ? (
          <Button
            size="small"
            disabled={busy}
            onClick={() => onRetry(item)}
            aria-label={`Retry: ${item.summary}`}
          >
            Retry
          </Button>
        ) : (
          <Text size={200}>Goes once fixed</Text>
        )
      }
    />
  );
}
