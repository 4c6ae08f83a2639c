import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Tab,
  TabList,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { LoadFailure, Loading } from '../../components/load-status';
import { OutcomeBar } from '../../components/outcome-bar';
import { ChangeLog } from './change-log';
import { Downloads } from './downloads';
import { FreeSections } from './free-sections';
import { PaperPreview } from './paper-preview';
import { municipalYears } from './periods';
import { ThemesView } from './themes-view';
import { useReport } from './use-report';
import { stack } from '../../components/stack';

const useStyles = makeStyles({
  page: { ...stack(tokens.spacingVerticalM) },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  period: { flex: '0 1 22em', minWidth: 0 },
  status: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    // On a phone a pinned message would hide too much of the draft.
    '@media (max-width: 640px)': { position: 'static' },
    ...stack(tokens.spacingVerticalXS),
    backgroundColor: tokens.colorNeutralBackground2,
  },
  label: { color: tokens.colorNeutralForeground2 },
  tabs: { flexWrap: 'wrap' },
});

type Part = 'themes' | 'sections' | 'preview' | 'changes';
const PARTS: readonly { value: Part; label: string }[] = [
  { value: 'themes', label: 'Themes' },
  { value: 'sections', label: 'Other sections' },
  { value: 'preview', label: 'Preview' },
  { value: 'changes', label: 'Recent changes' },
];

/** The committee report builder: choose the year, edit the themes and sections, preview, download. */
export default function ReportPage() {
  const styles = useStyles();
  const [chosen, setChosen] = useState<string>();
  const [part, setPart] = useState<Part>('themes');
  const report = useReport(chosen);
  const { data } = report;
  // The server picks the default period, by its clock: the first answer names the last full year.
  const [last, setLast] = useState<string>();
  if (last === undefined && data) setLast(data.period.key);
  const period = chosen ?? last;

  return (
    <div className={styles.page}>
      <div className={styles.toolbar}>
        <Field label="Period" className={styles.period}>
          <Select value={period ?? ''} onChange={(_, d) => setChosen(d.value)} disabled={!last}>
            {(last ? municipalYears(last) : []).map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => void report.refresh()} disabled={report.busy || !data}>
          Refresh
        </Button>
        <Downloads key={period} period={period ?? ''} disabled={!data} />
      </div>
      <div className={styles.status}>
        {data?.stale && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{data.stale}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void report.refresh()} disabled={report.busy}>
                Refresh now
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <OutcomeBar outcome={report.outcome} onDismiss={report.clearOutcome} />
      </div>
      {!data ? (
        report.loadError ? (
          <LoadFailure message={report.loadError} onRetry={report.reload} />
        ) : (
          <Loading label="Loading the draft…" />
        )
      ) : (
        <>
          <Text className={styles.label}>
            {data.period.label}. Edits are saved as you make them and shared with the partnerships team.
          </Text>
          <TabList
            className={styles.tabs}
            selectedValue={part}
            onTabSelect={(_, d) => setPart(d.value as Part)}
            aria-label="Parts of the report"
            size="small"
          >
            {PARTS.map((p) => (
              <Tab key={p.value} value={p.value} id={`report-${p.value}`}>
                {p.label}
              </Tab>
            ))}
          </TabList>
          {/* Keyed by period: what was typed or chosen for one year never carries over to another. */}
          <div role="tabpanel" aria-labelledby={`report-${part}`} key={data.period.key}>
            {part === 'themes' && <ThemesView data={data} report={report} />}
            {part === 'sections' && <FreeSections data={data} report={report} />}
            {part === 'preview' && <PaperPreview data={data} />}
            {part === 'changes' && <ChangeLog changes={data.changes ?? []} />}
          </div>
        </>
      )}
    </div>
  );
}
