import { makeStyles, Subtitle1, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  notice: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    maxWidth: '36em',
    margin: '48px auto',
    padding: `0 ${tokens.spacingHorizontalL}`,
  },
});

/** A whole-page message: where the tab cannot go on, and what to do. */
export function Notice({ title, children }: { readonly title: string; readonly children?: ReactNode }) {
  const styles = useStyles();
  return (
    <main className={styles.notice}>
      <Subtitle1 as="h1">{title}</Subtitle1>
      {children && <Text as="p">{children}</Text>}
    </main>
  );
}
