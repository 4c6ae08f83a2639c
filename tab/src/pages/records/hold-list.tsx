import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { HoldView } from '../../../../src/http/api-types';
import { errorText } from '../../api/client';
import { DataList } from '../../components/data-list';
import { FormDialog } from '../../components/form-dialog';
import { Marker } from '../../components/status-badge';
import { formatMoment } from '../../format/dates';
import { holdSubject, holdSubjectId } from './hold-words';

const useStyles = makeStyles({
  id: {
    display: 'block',
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  confirm: { margin: 0 },
  reference: { whiteSpace: 'nowrap' },
});

export interface HoldListProps {
  readonly holds: readonly HoldView[];
  /** Lifts the hold; resolves when done, rejects with the server's refusal. */
  readonly onLift: (hold: HoldView) => Promise<void>;
}

/** The holds, active first: what each covers, its reference, who placed it and lifted it; Lift asks first. */
export function HoldList({ holds, onLift }: HoldListProps) {
  const styles = useStyles();
  const [asking, setAsking] = useState<HoldView>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const close = (): void => {
    setAsking(undefined);
    setError(undefined);
  };
  const lift = async (hold: HoldView): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      await onLift(hold);
      close();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <DataList
        label="Legal holds"
        items={holds}
        keyOf={(hold) => hold.id}
        columns={[
          {
            label: 'Covers',
            render: (hold) => (
              <>
                {holdSubject(hold)}
                <Text className={styles.id}>{holdSubjectId(hold)}</Text>
              </>
            ),
          },
          {
            label: 'Reference',
            // "INQ-2026-014" broke at its hyphens; a long reference with spaces still wraps.
            render: (hold) => (
              <span className={hold.reason.length <= 24 ? styles.reference : undefined}>{hold.reason}</span>
            ),
          },
          { label: 'Placed', render: (hold) => `${formatMoment(hold.placedAt)} by ${hold.placedBy}` },
          {
            label: 'Status',
            render: (hold) =>
              hold.lifted ? (
                `Lifted ${formatMoment(hold.lifted.at)} by ${hold.lifted.by}`
              ) : (
                <Marker label="Active" color="brand" />
              ),
          },
        ]}
        actions={(hold) =>
          hold.lifted ? null : (
            <Button
              size="small"
              aria-label={`Lift hold ${hold.reason} on ${holdSubject(hold)}`}
              onClick={() => setAsking(hold)}
            >
              Lift
            </Button>
          )
        }
      />
      {asking && (
        <FormDialog
          title={`Lift hold ${asking.reason}?`}
          open
          onClose={close}
          submitLabel="Lift hold"
          closeLabel="Keep the hold"
          onSubmit={() => void lift(asking)}
          busy={busy}
          error={error}
        >
          <p className={styles.confirm}>
            {holdSubject(asking)} will no longer be kept by this hold: retention may delete it when its time
            comes, unless another hold covers it. Lift only when the instruction has been withdrawn. The lift
            is recorded in the audit trail with your name.
          </p>
        </FormDialog>
      )}
    </>
  );
}
