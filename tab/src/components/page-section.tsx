import { makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { stack } from './stack';

const useStyles = makeStyles({
  section: {
    ...stack(tokens.spacingVerticalS),
    marginBottom: tokens.spacingVerticalXXL,
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  empty: { color: tokens.colorNeutralForeground2 },
});

export interface PageSectionProps {
  readonly title: string;
  /** How many items it holds, shown beside the title; none is empty. */
  readonly count: number;
  /** What will appear here, said when there is nothing yet. */
  readonly empty: string;
  /** Buttons beside the title. */
  readonly tools?: ReactNode;
  readonly children?: ReactNode;
}

/** A headed part of a page that says what will appear in it while it is empty. */
export function PageSection({ title, count, empty, tools, children }: PageSectionProps) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <div className={styles.head}>
        <Subtitle2 as="h2" id={id}>
          {title}
          {count > 0 ? ` (${count})` : ''}
        </Subtitle2>
        {tools}
      </div>
      {count === 0 ? <Text className={styles.empty}>{empty}</Text> : children}
    </section>
  );
}
