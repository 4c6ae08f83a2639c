import { Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { BookRequest, Overview } from '../../../../src/http/overview-types';
import { errorText } from '../../api/client';
import { FormDialog } from '../../components/form-dialog';
import { CouncillorChoice } from './councillor-choice';

export interface BookDialogProps {
  readonly overview: Overview;
  /** The service whose Book button opened it; none from "Book a visit". */
  readonly serviceId?: string;
  readonly onClose: () => void;
  readonly onBook: (request: BookRequest) => Promise<string>;
  /** Told what the server said once the visit is booked. */
  readonly onDone: (message: string) => void;
}

type Problems = Partial<Record<'service' | 'day' | 'time' | 'councillors', string>>;

/** Books a visit: service, day, time, the councillors going, and the meeting link if there is one. */
export function BookDialog({ overview, serviceId, onClose, onBook, onDone }: BookDialogProps) {
  const [service, setService] = useState(serviceId ?? '');
  const [day, setDay] = useState('');
  const [time, setTime] = useState('10:00');
  const [councillors, setCouncillors] = useState<string[]>([]);
  const [link, setLink] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (): Promise<void> => {
    const found: Problems = {
      ...(service ? {} : { service: 'Choose the service to visit.' }),
      ...(day ? {} : { day: 'Choose the day of the visit.' }),
      ...(time ? {} : { time: 'Choose the time the visit starts.' }),
      ...(councillors.length ? {} : { councillors: 'Choose at least one councillor.' }),
    };
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setError(undefined);
    try {
      const link_ = link.trim();
      onDone(
        await onBook({
          serviceId: service,
          day,
          time,
          councillorIds: councillors,
          ...(link_ ? { meetingLink: link_ } : {}),
        }),
      );
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };
  const toggle = (id: string, on: boolean): void =>
    setCouncillors((list) => (on ? [...list, id] : list.filter((c) => c !== id)));

  return (
    <FormDialog
      title="Book a visit"
      open
      onClose={onClose}
      submitLabel="Book visit"
      onSubmit={submit}
      busy={busy}
      error={error}
    >
      <Field label="Service" required validationMessage={problems.service}>
        <Select value={service} onChange={(_, data) => setService(data.value)}>
          <option value="">Choose a service</option>
          {overview.services.map((s) => (
            <option key={s.serviceId} value={s.serviceId}>
              {s.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Day" required validationMessage={problems.day}>
        <Input type="date" value={day} min={overview.today} onChange={(_, data) => setDay(data.value)} />
      </Field>
      <Field label="Start time" required validationMessage={problems.time}>
        <Input type="time" value={time} onChange={(_, data) => setTime(data.value)} />
      </Field>
      <CouncillorChoice
        councillors={overview.councillors}
        chosen={councillors}
        problem={problems.councillors}
        onToggle={toggle}
      />
      <Field label="Teams meeting link" hint="Optional: paste it if the meeting is already set up.">
        <Input type="url" value={link} onChange={(_, data) => setLink(data.value)} />
      </Field>
    </FormDialog>
  );
}
