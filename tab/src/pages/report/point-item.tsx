import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { DraftPoint } from '../../../../src/report/types';
import type { HeadingFacts } from '../../api/report-endpoints';
import { Marker } from '../../components/status-badge';
import { formatDay, names } from '../../format/dates';
import { stack } from '../../components/stack';

const useStyles = makeStyles({
  point: {
    ...stack(tokens.spacingVerticalXXS),
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  source: { color: tokens.colorNeutralForeground2 },
  markers: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** The visit's service, named only where a heading covers several (the CIN/CP teams share one). */
export function serviceOf(serviceName: string, facts: HeadingFacts): string {
  const one = facts.visits.every((v) => v.serviceName === facts.visits[0]?.serviceName);
  return one ? '' : serviceName;
}

/** "From the visit on Tue 3 Nov 2025 (Cllr Alex Morgan and Cllr Priya Shah)"; "… the Crewe visit …" where shared. */
export function sourceOf(point: DraftPoint, facts: HeadingFacts): string {
  const visit = facts.visits.find((v) => v.visitId === point.visitId);
  if (!visit) return 'From a visit no longer in this period';
  const service = serviceOf(visit.serviceName, facts);
  const who = visit.councillorNames.length ? ` (${names(visit.councillorNames)})` : '';
  return `From the ${service ? `${service} ` : ''}visit on ${formatDay(visit.date)}${who}`;
}

/** A short form of a point for button names: its first words. */
export const excerpt = (text: string): string =>
  text.length > 48 ? `${text.slice(0, 45).trimEnd()}…` : text;

export interface PointItemProps {
  readonly point: DraftPoint;
  readonly facts: HeadingFacts;
  readonly busy: boolean;
  readonly onReword: () => void;
  readonly onMove: () => void;
  readonly onDrop: () => void;
}

/** One point of a theme: its words, whether it is new or changed at source, where it came from, and its actions. */
export function PointItem({ point, facts, busy, onReword, onMove, onDrop }: PointItemProps) {
  const styles = useStyles();
  const name = excerpt(point.text);
  return (
    <li className={styles.point}>
      <p className={styles.text}>{point.text}</p>
      {(point.isNew || point.sourceGone) && (
        <div className={styles.markers}>
          {point.isNew && <Marker label="New" color="brand" />}
          {point.sourceGone && <Marker label="Changed at source: check it" color="warning" />}
        </div>
      )}
      <Text size={200} className={styles.source}>
        {sourceOf(point, facts)}
      </Text>
      <div className={styles.tools}>
        <Button size="small" appearance="subtle" onClick={onReword} aria-label={`Reword point: ${name}`}>
          Reword
        </Button>
        <Button size="small" appearance="subtle" onClick={onMove} aria-label={`Move point: ${name}`}>
          Move
        </Button>
        <Button
          size="small"
          appearance="subtle"
          disabled={busy}
          onClick={onDrop}
          aria-label={`Drop point: ${name}`}
        >
          Drop
        </Button>
      </div>
    </li>
  );
}
