import { Field, Input, Radio, RadioGroup, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { ServiceLine } from '../../../../src/http/overview-types';
import { errorText } from '../../api/client';
import { FormDialog } from '../../components/form-dialog';
import { formatDay } from '../../format/dates';

export type MoveOrCancel =
  | { readonly kind: 'move'; readonly day: string; readonly time?: string; readonly reason: string }
  | { readonly kind: 'cancel'; readonly reason: string };

export interface MoveDialogProps {
  readonly line: ServiceLine & { readonly next: NonNullable<ServiceLine['next']> };
  readonly changeReasons: readonly string[];
  /** The overview's today (London, by the server's clock): the earliest new day. */
  readonly today: string;
  readonly onClose: () => void;
  readonly onChange: (change: MoveOrCancel) => Promise<string>;
  readonly onDone: (message: string) => void;
}

type Problems = Partial<Record<'day' | 'reason', string>>;

/** Moves a booked visit to another day or cancels it, with the reason the rota records. */
export function MoveDialog({ line, changeReasons, today, onClose, onChange, onDone }: MoveDialogProps) {
  const [kind, setKind] = useState<'move' | 'cancel'>('move');
  const [day, setDay] = useState('');
  const [time, setTime] = useState(line.next.time ?? '');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (): Promise<void> => {
    const found: Problems = {
      ...(kind === 'move' && !day ? { day: 'Choose the new day.' } : {}),
      ...(reason ? {} : { reason: 'Choose the reason.' }),
    };
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setError(undefined);
    try {
      onDone(
        await onChange(
          kind === 'move' ? { kind, day, reason, ...(time ? { time } : {}) } : { kind: 'cancel', reason },
        ),
      );
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };
  const booked = `${formatDay(line.next.day)}${line.next.time ? ` at ${line.next.time}` : ''}`;
  return (
    <FormDialog
      title={`Move or cancel the visit to ${line.name}`}
      open
      onClose={onClose}
      submitLabel={kind === 'move' ? 'Move visit' : 'Cancel visit'}
      onSubmit={submit}
      busy={busy}
      error={error}
    >
      <p style={{ margin: 0 }}>Booked for {booked}.</p>
      <Field label="What do you want to do?">
        <RadioGroup value={kind} onChange={(_, data) => setKind(data.value as 'move' | 'cancel')}>
          <Radio value="move" label="Move it to another day" />
          <Radio value="cancel" label="Cancel it" />
        </RadioGroup>
      </Field>
      {kind === 'move' && (
        <>
          <Field label="New day" required validationMessage={problems.day}>
            <Input type="date" value={day} min={today} onChange={(_, data) => setDay(data.value)} />
          </Field>
          <Field label="New start time" hint="Leave as it is to keep the same time.">
            <Input type="time" value={time} onChange={(_, data) => setTime(data.value)} />
          </Field>
        </>
      )}
      <Field label="Reason" required validationMessage={problems.reason}>
        <Select value={reason} onChange={(_, data) => setReason(data.value)}>
          <option value="">Choose a reason</option>
          {changeReasons.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </Select>
      </Field>
    </FormDialog>
  );
}
