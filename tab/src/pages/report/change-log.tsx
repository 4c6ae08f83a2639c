import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { DraftChange } from '../../../../src/report/types';
import { formatMoment } from '../../format/dates';
import { stack } from '../../components/stack';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    ...stack(tokens.spacingVerticalS),
  },
  when: { color: tokens.colorNeutralForeground2 },
});

/** The draft's last 20 changes: who, when, what. */
export function ChangeLog({ changes }: { readonly changes: readonly DraftChange[] }) {
  const styles = useStyles();
  if (changes.length === 0) return <Text>Changes to the draft will appear here, newest first.</Text>;
  return (
    <ol className={styles.list} aria-label="Recent changes">
      {changes.map((c, i) => (
        <li key={`${c.at}-${i}`}>
          <Text className={styles.when}>{formatMoment(c.at)}: </Text>
          <Text>
            {c.byName} {c.what}
          </Text>
        </li>
      ))}
    </ol>
  );
}
