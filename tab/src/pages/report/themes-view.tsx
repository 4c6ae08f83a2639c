import { Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ReportJson } from '../../api/report-endpoints';
import { EditDialog, type Editing } from './edit-dialogs';
import { HeadingDraft } from './heading-draft';
import type { Report } from './use-report';

const useStyles = makeStyles({
  chooser: { maxWidth: '32em', marginBottom: tokens.spacingVerticalL },
});

const ALL = '';

/** The draft of section 7, one heading (or all) at a time, and the one edit dialog open at a time. */
export function ThemesView({ data, report }: { readonly data: ReportJson; readonly report: Report }) {
  const styles = useStyles();
  const [chosen, setChosen] = useState(data.services[0]?.heading ?? ALL);
  // The heading's ETag as the officer saw it when the dialog opened: a change by someone else since is a conflict.
  const [open, setOpen] = useState<{ heading: string; seen: string; editing: Editing }>();
  const service = open && data.draft.services.find((s) => s.heading === open.heading);
  const visitsLabel = /^\d{4}-\d{2}$/.test(data.period.key)
    ? 'Number of visits in last 12 months:'
    : 'Number of visits in the period:';
  if (data.services.length === 0) {
    return (
      <Text>
        The services councillors visit will appear here, each with its themes, once the directory is loaded.
      </Text>
    );
  }
  const shown = data.services.filter((s) => chosen === ALL || s.heading === chosen);
  return (
    <>
      <Field label="Heading" className={styles.chooser}>
        <Select value={chosen} onChange={(_, d) => setChosen(d.value)}>
          {data.services.map((s) => (
            <option key={s.heading} value={s.heading}>
              {s.heading}
            </option>
          ))}
          <option value={ALL}>All headings, one after another</option>
        </Select>
      </Field>
      {shown.map((facts) => {
        const draft = data.draft.services.find((s) => s.heading === facts.heading);
        if (!draft) {
          return (
            <Text key={facts.heading} as="p">
              {facts.heading}: new since the draft was last refreshed. Refresh to draft its themes.
            </Text>
          );
        }
        return (
          <HeadingDraft
            key={facts.heading}
            facts={facts}
            draft={draft}
            visitsLabel={visitsLabel}
            busy={report.busy}
            onOpen={(editing) => setOpen({ heading: draft.heading, seen: draft.etag, editing })}
            onAct={(edit) => void report.act(edit, draft.etag)}
          />
        );
      })}
      {open && service && (
        <EditDialog
          editing={open.editing}
          service={service}
          busy={report.busy}
          onEdit={async (edit) => {
            const result = await report.edit(edit, open.seen);
            const latest =
              !result.ok && result.latest?.draft.services.find((s) => s.heading === open.heading);
            if (latest) setOpen({ ...open, seen: latest.etag });
            return result;
          }}
          onClose={() => setOpen(undefined)}
        />
      )}
    </>
  );
}
