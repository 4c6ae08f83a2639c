import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { DraftPoint, DraftTheme } from '../../../../src/report/types';
import type { HeadingFacts } from '../../api/report-endpoints';
import { PointItem } from './point-item';
import { stack } from '../../components/stack';

const useStyles = makeStyles({
  card: {
    ...stack(tokens.spacingVerticalXS),
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  points: { listStyleType: 'none', margin: 0, padding: 0 },
  empty: { color: tokens.colorNeutralForeground2 },
});

export interface ThemeCardProps {
  readonly theme: DraftTheme;
  readonly facts: HeadingFacts;
  readonly first: boolean;
  readonly last: boolean;
  readonly busy: boolean;
  readonly onMoveBy: (step: -1 | 1) => void;
  readonly onRename: () => void;
  readonly onMerge: () => void;
  readonly onDrop: () => void;
  readonly onReword: (point: DraftPoint) => void;
  readonly onMovePoint: (point: DraftPoint) => void;
  readonly onDropPoint: (point: DraftPoint) => void;
}

/** A theme of a column: its title, buttons to reorder, rename, merge or drop it, and its points. */
export function ThemeCard(props: ThemeCardProps) {
  const { theme, facts, first, last, busy } = props;
  const styles = useStyles();
  const titleId = useId();
  const name = `theme “${theme.title}”`;
  return (
    <div className={styles.card} role="group" aria-labelledby={titleId}>
      <h4 className={styles.title} id={titleId}>
        {theme.title}
      </h4>
      <div className={styles.tools}>
        <Button
          size="small"
          disabledFocusable={first || busy}
          onClick={() => props.onMoveBy(-1)}
          aria-label={`Move ${name} up`}
        >
          Up
        </Button>
        <Button
          size="small"
          disabledFocusable={last || busy}
          onClick={() => props.onMoveBy(1)}
          aria-label={`Move ${name} down`}
        >
          Down
        </Button>
        <Button size="small" onClick={props.onRename} aria-label={`Rename ${name}`}>
          Rename
        </Button>
        <Button size="small" onClick={props.onMerge} aria-label={`Merge ${name}`}>
          Merge
        </Button>
        <Button size="small" onClick={props.onDrop} aria-label={`Drop ${name}`}>
          Drop
        </Button>
      </div>
      {theme.points.length === 0 ? (
        <Text className={styles.empty}>
          No points: move some here, or drop the theme. The paper leaves out an empty theme.
        </Text>
      ) : (
        <ol className={styles.points} aria-label={`Points of ${name}`}>
          {theme.points.map((point) => (
            <PointItem
              key={point.id}
              point={point}
              facts={facts}
              busy={busy}
              onReword={() => props.onReword(point)}
              onMove={() => props.onMovePoint(point)}
              onDrop={() => props.onDropPoint(point)}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
