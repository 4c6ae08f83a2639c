import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useNarrow } from './use-narrow';
import { stack, bareList } from './stack';

export interface Column<T> {
  readonly label: string;
  render(item: T): ReactNode;
}

export interface DataListProps<T> {
  /** Names the table (or list) for screen readers. */
  readonly label: string;
  readonly items: readonly T[];
  readonly keyOf: (item: T) => string;
  /** The first column names the row; on narrow screens it is each card's title. */
  readonly columns: readonly [Column<T>, ...Column<T>[]];
  /** Buttons for a row: the last column of the table, the foot of a card. */
  readonly actions?: (item: T) => ReactNode;
}

const useStyles = makeStyles({
  scroller: { overflowX: 'auto' },
  table: { tableLayout: 'auto' },
  cell: { paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS, verticalAlign: 'top' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: {
    ...bareList,
    ...stack(tokens.spacingVerticalS),
  },
  card: {
    ...stack(tokens.spacingVerticalXS),
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: 'anywhere',
  },
  pair: { margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
});

/** Rows as a table on wide screens and as a list of cards on narrow ones (Teams mobile: no sideways scrolling). */
export function DataList<T>({ label, items, keyOf, columns, actions }: DataListProps<T>) {
  const styles = useStyles();
  const narrow = useNarrow();
  const [first, ...rest] = columns;
  if (narrow) {
    return (
      <ul className={styles.list} aria-label={label}>
        {items.map((item) => (
          <li key={keyOf(item)} className={styles.card}>
            <Text weight="semibold">{first.render(item)}</Text>
            {rest.map((column) => (
              <p key={column.label} className={styles.pair}>
                <Text className={styles.term}>{column.label}: </Text>
                <Text>{column.render(item)}</Text>
              </p>
            ))}
            {actions && <div className={styles.actions}>{actions(item)}</div>}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div className={styles.scroller}>
      <Table aria-label={label} className={styles.table}>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell key={column.label}>{column.label}</TableHeaderCell>
            ))}
            {actions && <TableHeaderCell>Actions</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <TableRow key={keyOf(item)}>
              {columns.map((column) => (
                <TableCell key={column.label} className={styles.cell}>
                  {column.render(item)}
                </TableCell>
              ))}
              {actions && (
                <TableCell className={styles.cell}>
                  <div className={styles.actions}>{actions(item)}</div>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
