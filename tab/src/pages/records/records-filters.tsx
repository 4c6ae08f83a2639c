import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { PersonField, type PersonChoice, type Someone } from './person-field';

/** The filter as typed: London days, a visit id, a person. */
export interface FilterDraft {
  readonly from: string;
  readonly to: string;
  readonly visit: string;
  readonly person: PersonChoice;
}

const useStyles = makeStyles({
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 170px), 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    alignItems: 'start',
    marginBottom: tokens.spacingVerticalL,
  },
  wide: { gridColumn: 'span 2', '@media (max-width: 640px)': { gridColumn: 'auto' } },
  apply: { gridColumn: '1 / -1', justifySelf: 'start' },
});

export interface RecordsFiltersProps {
  readonly initial: FilterDraft;
  readonly people: readonly Someone[];
  readonly busy: boolean;
  readonly onApply: (draft: FilterDraft) => void;
}

/** Dates from and to (both included), a visit and a person; Apply reads the trail again. */
export function RecordsFilters({ initial, people, busy, onApply }: RecordsFiltersProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState(initial);
  const set = (part: Partial<FilterDraft>): void => setDraft((d) => ({ ...d, ...part }));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className={styles.form} onSubmit={submit} aria-label="Filter the records">
      <Field label="From">
        <Input type="date" value={draft.from} onChange={(_, d) => set({ from: d.value })} />
      </Field>
      <Field label="To">
        <Input type="date" value={draft.to} onChange={(_, d) => set({ to: d.value })} />
      </Field>
      <Field label="Visit id" className={styles.wide}>
        <Input value={draft.visit} onChange={(_, d) => set({ visit: d.value })} />
      </Field>
      <div className={styles.wide}>
        <PersonField
          label="Person"
          hint="Entries they made or that are about them."
          people={people}
          choice={draft.person}
          onChange={(person) => set({ person })}
        />
      </div>
      <Button type="submit" appearance="primary" disabled={busy} className={styles.apply}>
        Apply
      </Button>
    </form>
  );
}
