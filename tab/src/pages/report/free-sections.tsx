import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { FreeSection } from '../../../../src/report/types';
import type { ReportJson } from '../../api/report-endpoints';
import { SECTIONS } from './report-words';
import type { Report } from './use-report';
import { stack } from '../../components/stack';

const useStyles = makeStyles({
  list: {
    ...stack(tokens.spacingVerticalL),
    maxWidth: '52em',
  },
  editor: { ...stack(tokens.spacingVerticalXS) },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** The paper's title block and free sections, each saved on its own. */
export function FreeSections({ data, report }: { readonly data: ReportJson; readonly report: Report }) {
  const styles = useStyles();
  return (
    <div className={styles.list}>
      <Text className={styles.muted}>
        A section left blank gets the standard wording, or a [bracketed placeholder] the paper marks for you.
      </Text>
      {SECTIONS.map((s) => (
        <SectionEditor
          key={s.key}
          section={s.key}
          title={s.title}
          short={s.short === true}
          saved={data.draft.sections.text[s.key] ?? ''}
          etag={data.draft.sections.etag}
          report={report}
        />
      ))}
    </div>
  );
}

interface SectionEditorProps {
  readonly section: FreeSection;
  readonly title: string;
  readonly short: boolean;
  readonly saved: string;
  readonly etag: string;
  readonly report: Report;
}

function SectionEditor({ section, title, short, saved, etag, report }: SectionEditorProps) {
  const styles = useStyles();
  // What the officer typed and not yet saved, and the sections' ETag when they started typing.
  const [typed, setTyped] = useState<string>();
  const [seen, setSeen] = useState<string>();
  const [error, setError] = useState<string>();
  const value = typed ?? saved;
  const change = (text: string): void => {
    setTyped(text);
    setSeen((s) => s ?? etag);
  };
  const save = async (): Promise<void> => {
    setError(undefined);
    const result = await report.edit({ kind: 'set-section', section, text: value }, seen ?? etag);
    if (result.ok) {
      setTyped(undefined);
      setSeen(undefined);
    } else {
      // Keep what was typed; after a conflict the next save is checked against the latest draft.
      if (result.latest) setSeen(result.latest.draft.sections.etag);
      setError(result.error);
    }
  };
  const dirty = typed !== undefined && typed !== saved;
  return (
    <div className={styles.editor}>
      <Field label={title}>
        {short ? (
          <Input value={value} onChange={(_, d) => change(d.value)} />
        ) : (
          <Textarea value={value} resize="vertical" rows={4} onChange={(_, d) => change(d.value)} />
        )}
      </Field>
      <div className={styles.row}>
        <Button
          size="small"
          disabled={!dirty || report.busy}
          onClick={() => void save()}
          aria-label={`Save ${title}`}
        >
          Save
        </Button>
        {dirty && <Text size={200}>Not saved yet</Text>}
      </div>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
