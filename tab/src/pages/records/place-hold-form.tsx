import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { HoldsPage, PlaceHold } from '../../../../src/http/api-types';
import { errorText } from '../../api/client';
import { stack } from '../../components/stack';
import { NOBODY, PersonField, personValue, type Someone } from './person-field';

const useStyles = makeStyles({
  form: { ...stack(tokens.spacingVerticalS), justifyItems: 'start' },
  field: { width: '100%', maxWidth: '420px' },
});

type Kind = PlaceHold['kind'];
type Problems = Partial<Record<'subject' | 'reason', string>>;

export interface PlaceHoldFormProps {
  readonly services: HoldsPage['services'];
  readonly people: readonly Someone[];
  /** Places the hold; rejects with the server's refusal, and the form keeps what was typed. */
  readonly onPlace: (hold: PlaceHold) => Promise<void>;
}

/** Places a hold on a service (from the directory), a visit (by id) or a person, with the instruction's reference. */
export function PlaceHoldForm({ services, people, onPlace }: PlaceHoldFormProps) {
  const styles = useStyles();
  const [kind, setKind] = useState<Kind>('service');
  const [service, setService] = useState('');
  const [visit, setVisit] = useState('');
  const [person, setPerson] = useState(NOBODY);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const id = { service, visit: visit.trim(), person: personValue(person, people) }[kind];
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const found: Problems = {
      ...(id ? {} : { subject: MISSING[kind] }),
      ...(reason.trim() ? {} : { reason: 'Type the instruction’s reference, such as INQ-2026-014.' }),
    };
    setProblems(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await onPlace({ kind, id, reason: reason.trim() });
      setService('');
      setVisit('');
      setPerson(NOBODY);
      setReason('');
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} aria-label="Place a legal hold">
      <Field label="What to hold">
        <RadioGroup layout="horizontal" value={kind} onChange={(_, data) => setKind(data.value as Kind)}>
          <Radio value="service" label="A service" />
          <Radio value="visit" label="One visit" />
          <Radio value="person" label="A person" />
        </RadioGroup>
      </Field>
      <div className={styles.field}>
        {kind === 'service' && (
          <Field label="Service" hint="Every visit to it is kept." validationMessage={problems.subject}>
            <Select value={service} onChange={(_, data) => setService(data.value)}>
              <option value="">Choose a service</option>
              {services.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {kind === 'visit' && (
          <Field
            label="Visit id"
            hint="Copy it from the visit, or from the audit trail's Record column."
            validationMessage={problems.subject}
          >
            <Input value={visit} onChange={(_, data) => setVisit(data.value)} />
          </Field>
        )}
        {kind === 'person' && (
          <PersonField
            label="Person"
            hint="Every visit they are named on is kept, and they cannot be erased."
            people={people}
            choice={person}
            problem={problems.subject}
            onChange={setPerson}
          />
        )}
      </div>
      <Field
        className={styles.field}
        label="Reference"
        hint="The instruction's reference, such as INQ-2026-014; not a description of anyone."
        validationMessage={problems.reason}
      >
        <Input value={reason} onChange={(_, data) => setReason(data.value)} />
      </Field>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <Button type="submit" appearance="primary" disabled={busy}>
        Place hold
      </Button>
    </form>
  );
}

const MISSING: Readonly<Record<Kind, string>> = {
  service: 'Choose the service.',
  visit: 'Type or paste the visit id.',
  person: 'Choose someone from the directory, or type their e-mail address.',
};
