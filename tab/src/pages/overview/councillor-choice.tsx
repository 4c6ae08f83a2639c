import { Checkbox, Label, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';

const useStyles = makeStyles({
  group: { border: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalXXS },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXXS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface CouncillorChoiceProps {
  readonly councillors: readonly { readonly id: string; readonly name: string }[];
  readonly chosen: readonly string[];
  readonly problem?: string;
  readonly onToggle: (id: string, on: boolean) => void;
}

/** The councillors going on a visit (one or more), as a group of checkboxes with one legend. */
export function CouncillorChoice({ councillors, chosen, problem, onToggle }: CouncillorChoiceProps) {
  const styles = useStyles();
  const problemId = useId();
  return (
    <fieldset className={styles.group} aria-describedby={problem ? problemId : undefined}>
      <legend className={styles.legend}>
        <Label required>Councillors</Label>
      </legend>
      {councillors.map((c) => (
        <Checkbox
          key={c.id}
          label={c.name}
          checked={chosen.includes(c.id)}
          onChange={(_, data) => onToggle(c.id, data.checked === true)}
        />
      ))}
      {problem && (
        <Text id={problemId} size={200} className={styles.error}>
          {problem}
        </Text>
      )}
    </fieldset>
  );
}
