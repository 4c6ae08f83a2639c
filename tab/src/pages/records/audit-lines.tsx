import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import type { AuditLineView, AuditPage } from '../../../../src/http/api-types';
import { DataList } from '../../components/data-list';
import { PageSection } from '../../components/page-section';
import { formatMoment } from '../../format/dates';
import { CsvDownload } from './csv-download';
import type { RecordsFilter } from '../../api/records-endpoints';

const useStyles = makeStyles({
  id: { overflowWrap: 'anywhere' },
  hashes: {
    display: 'block',
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
});

const short = (hash: string): string => hash.slice(0, 8);

/** The detail as stored, and the keyed hashes' first characters when text changed (the CSV has them whole). */
function Detail({ line }: { readonly line: AuditLineView }) {
  const styles = useStyles();
  const { detail, textBefore, textAfter } = line;
  const hashed = textBefore !== undefined || textAfter !== undefined;
  return (
    <>
      {detail ?? (hashed ? '' : '—')}
      {hashed && (
        <span className={styles.hashes}>
          Text hash {textBefore ? short(textBefore) : 'none'} → {textAfter ? short(textAfter) : 'none'}
        </span>
      )}
    </>
  );
}

export interface AuditLinesProps {
  readonly page: AuditPage;
  /** The filter the page was read with, for the CSV of all its entries. */
  readonly filter: RecordsFilter;
}

/** The entries read, newest first, with a warning when there were more than shown, and the CSV of them all. */
export function AuditLines({ page, filter }: AuditLinesProps) {
  const styles = useStyles();
  return (
    <PageSection
      title="Entries"
      count={page.lines.length}
      empty="No entries match. Widen the dates, or clear the visit and the person."
      tools={<CsvDownload filter={filter} disabled={page.lines.length === 0} />}
    >
      {page.more && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Showing the newest {page.lines.length} of {page.matched} entries. Narrow the filter to see the
            others here; the CSV holds all of them.
          </MessageBarBody>
        </MessageBar>
      )}
      <DataList
        label="Audit entries"
        items={page.lines}
        keyOf={(line) => line.id}
        columns={[
          { label: 'When', render: (line) => formatMoment(line.at) },
          { label: 'Who', render: (line) => line.byName },
          { label: 'What', render: (line) => line.what },
          { label: 'Record', render: (line) => <Text className={styles.id}>{line.record}</Text> },
          { label: 'Detail', render: (line) => <Detail line={line} /> },
        ]}
      />
    </PageSection>
  );
}
