import {
  Button,
  makeStyles,
  mergeClasses,
  Subtitle1,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import type { DraftEdit } from '../../../../src/report/edits';
import type { Column, ServiceDraft } from '../../../../src/report/types';
import type { HeadingFacts } from '../../api/report-endpoints';
import { Marker } from '../../components/status-badge';
import { useNarrow } from '../../components/use-narrow';
import { formatDay, names } from '../../format/dates';
import type { Editing } from './edit-dialogs';
import { excerpt, serviceOf, sourceOf } from './point-item';
import { COLUMN_TITLES, COLUMNS } from './report-words';
import { ThemeCard } from './theme-card';
import { stack, bareList } from '../../components/stack';

const useStyles = makeStyles({
  heading: {
    ...stack(tokens.spacingVerticalS),
    paddingBottom: tokens.spacingVerticalXXL,
    marginBottom: tokens.spacingVerticalL,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  visits: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(3, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  stacked: { gridTemplateColumns: 'minmax(0, 1fr)' },
  column: {
    ...stack(tokens.spacingVerticalS),
    alignContent: 'start',
  },
  columnHead: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  dropped: {
    ...bareList,
    ...stack(tokens.spacingVerticalS),
  },
  droppedItem: { ...stack(tokens.spacingVerticalXXS) },
  quote: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

export interface HeadingDraftProps {
  readonly facts: HeadingFacts;
  readonly draft: ServiceDraft;
  readonly visitsLabel: string;
  readonly busy: boolean;
  /** Opens the dialog for an edit that needs words or a choice. */
  readonly onOpen: (editing: Editing) => void;
  /** Sends an edit that needs nothing more (reorder, drop a point). */
  readonly onAct: (edit: DraftEdit) => void;
}

/** One heading of the paper's section 7: its visits, its three columns of themes, its dropped points, its comments. */
export function HeadingDraft({ facts, draft, visitsLabel, busy, onOpen, onAct }: HeadingDraftProps) {
  const styles = useStyles();
  const narrow = useNarrow();
  const id = useId();
  const heading = draft.heading;
  const column = (which: Column) => {
    const themes = draft.columns[which];
    return (
      <div key={which} className={styles.column}>
        <div className={styles.columnHead}>
          <Subtitle2 as="h3">{COLUMN_TITLES[which]}</Subtitle2>
          <Button
            size="small"
            appearance="subtle"
            onClick={() => onOpen({ kind: 'add', column: which })}
            aria-label={`Add a theme to ${COLUMN_TITLES[which]} (${heading})`}
          >
            Add a theme
          </Button>
        </div>
        {themes.length === 0 && <Text className={styles.muted}>No themes in this column yet.</Text>}
        {themes.map((theme, index) => (
          <ThemeCard
            key={theme.id}
            theme={theme}
            facts={facts}
            first={index === 0}
            last={index === themes.length - 1}
            busy={busy}
            onMoveBy={(step) =>
              onAct({ kind: 'move-theme', heading, themeId: theme.id, toIndex: index + step })
            }
            onRename={() => onOpen({ kind: 'rename', theme })}
            onMerge={() => onOpen({ kind: 'merge', theme })}
            onDrop={() => onOpen({ kind: 'drop-theme', theme })}
            onReword={(point) => onOpen({ kind: 'reword', point })}
            onMovePoint={(point) => onOpen({ kind: 'move-point', point })}
            onDropPoint={(point) => onAct({ kind: 'drop-point', heading, pointId: point.id })}
          />
        ))}
      </div>
    );
  };
  return (
    <section className={styles.heading} aria-labelledby={id}>
      <Subtitle1 as="h2" id={id}>
        {heading}
      </Subtitle1>
      <Text>
        <strong>{visitsLabel}</strong> {facts.visitsSentence}
      </Text>
      {facts.visits.length > 0 && (
        <ul className={styles.visits} aria-label={`Visits to ${heading}`}>
          {facts.visits.map((v) => (
            <li key={v.visitId}>
              {[serviceOf(v.serviceName, facts), formatDay(v.date)].filter(Boolean).join(', ')}:{' '}
              {names(v.councillorNames)}{' '}
              {v.feedbackAwaited && <Marker label="Feedback awaited" color="warning" />}
              {v.formAwaited && <Marker label="Form awaited" color="warning" />}
            </li>
          ))}
        </ul>
      )}
      <div className={mergeClasses(styles.columns, narrow && styles.stacked)}>{COLUMNS.map(column)}</div>
      {draft.dropped.length > 0 && (
        <>
          <Subtitle2 as="h3">Dropped points ({draft.dropped.length})</Subtitle2>
          <ul className={styles.dropped}>
            {draft.dropped.map((point) => (
              <li key={point.id} className={styles.droppedItem}>
                <p className={styles.quote}>{point.text}</p>
                <Text size={200} className={styles.muted}>
                  {sourceOf(point, facts)}
                </Text>
                <div>
                  <Button
                    size="small"
                    onClick={() => onOpen({ kind: 'restore', point })}
                    aria-label={`Restore point: ${excerpt(point.text)}`}
                  >
                    Restore
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <Subtitle2 as="h3">Comments from the Head of Service</Subtitle2>
      {facts.comments.length === 0 ? (
        <Text className={styles.muted}>
          Responses from the heads of service will appear here once they respond.
        </Text>
      ) : (
        facts.comments.map((c) => (
          <div key={`${c.visitId}-${c.name}-${c.at}`}>
            <Text weight="semibold">
              {c.name}
              {c.title ? `, ${c.title}` : ''}
            </Text>
            <p className={styles.quote}>{c.text}</p>
          </div>
        ))
      )}
    </section>
  );
}
