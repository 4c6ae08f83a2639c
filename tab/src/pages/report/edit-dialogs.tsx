import { Field, Input, Select, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { DraftEdit } from '../../../../src/report/edits';
import type { Column, DraftPoint, DraftTheme, ServiceDraft } from '../../../../src/report/types';
import { FormDialog } from '../../components/form-dialog';
import { COLUMN_TITLES, COLUMNS } from './report-words';
import type { EditResult } from './use-report';

/** The edit a dialog is open for. */
export type Editing =
  | { readonly kind: 'rename' | 'merge' | 'drop-theme'; readonly theme: DraftTheme }
  | { readonly kind: 'add'; readonly column: Column }
  | { readonly kind: 'reword' | 'move-point' | 'restore'; readonly point: DraftPoint };

export interface EditDialogProps {
  readonly editing: Editing;
  readonly service: ServiceDraft;
  readonly busy: boolean;
  readonly onEdit: (edit: DraftEdit) => Promise<EditResult>;
  readonly onClose: () => void;
}

const quote = (text: string): string => `“${text}”`;

/** The themes of a heading to choose from, by column, leaving out `except`. */
function ThemeChoice({
  service,
  except,
  value,
  onChange,
}: {
  service: ServiceDraft;
  except?: string;
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <Select value={value} onChange={(_, d) => onChange(d.value)}>
      <option value="">Choose a theme</option>
      {COLUMNS.map((column) => (
        <optgroup key={column} label={COLUMN_TITLES[column]}>
          {service.columns[column]
            .filter((t) => t.id !== except)
            .map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
        </optgroup>
      ))}
    </Select>
  );
}

/** One dialog for every edit that needs words or a choice: rename, add, merge, drop a theme; reword, move, restore a point. */
export function EditDialog({ editing, service, busy, onEdit, onClose }: EditDialogProps) {
  const heading = service.heading;
  const initial =
    editing.kind === 'rename' ? editing.theme.title : editing.kind === 'reword' ? editing.point.text : '';
  const [text, setText] = useState(initial);
  const [target, setTarget] = useState('');
  const [problem, setProblem] = useState<string>();
  const [error, setError] = useState<string>();

  const needs = (ok: boolean, sentence: string): boolean => {
    setProblem(ok ? undefined : sentence);
    return ok;
  };
  const build = (): DraftEdit | undefined => {
    switch (editing.kind) {
      case 'rename':
        return needs(text.trim() !== '', 'Type the new title.')
          ? { kind: 'rename-theme', heading, themeId: editing.theme.id, title: text.trim() }
          : undefined;
      case 'add':
        return needs(text.trim() !== '', 'Type a title for the theme.')
          ? { kind: 'add-theme', heading, column: editing.column, title: text.trim() }
          : undefined;
      case 'merge':
        return needs(target !== '', 'Choose the theme to merge it into.')
          ? { kind: 'merge-themes', heading, themeId: editing.theme.id, intoThemeId: target }
          : undefined;
      case 'drop-theme':
        return { kind: 'drop-theme', heading, themeId: editing.theme.id };
      case 'reword':
        return needs(text.trim() !== '', 'A point cannot be empty: drop it instead.')
          ? { kind: 'reword-point', heading, pointId: editing.point.id, text: text.trim() }
          : undefined;
      case 'move-point':
        return needs(target !== '', 'Choose the theme to move it to.')
          ? { kind: 'move-point', heading, pointId: editing.point.id, toThemeId: target }
          : undefined;
      case 'restore':
        return needs(target !== '', 'Choose the theme to restore it to.')
          ? { kind: 'restore-point', heading, pointId: editing.point.id, toThemeId: target }
          : undefined;
    }
  };
  const submit = async (): Promise<void> => {
    const edit = build();
    if (!edit) return;
    setError(undefined);
    const result = await onEdit(edit);
    // After a conflict the page shows the latest draft; what was typed stays here to save again over it.
    if (result.ok) onClose();
    else setError(result.error);
  };

  const words = WORDS[editing.kind];
  const subject =
    'theme' in editing
      ? quote(editing.theme.title)
      : 'column' in editing
        ? COLUMN_TITLES[editing.column]
        : '';
  return (
    <FormDialog
      title={`${words.title}${subject ? ` ${subject}` : ''}`}
      open
      onClose={onClose}
      submitLabel={words.submit}
      onSubmit={submit}
      busy={busy}
      error={error}
    >
      {'point' in editing && editing.kind !== 'reword' && <Text as="p">{quote(editing.point.text)}</Text>}
      {(editing.kind === 'rename' || editing.kind === 'add') && (
        <Field label="Title" required validationMessage={problem}>
          <Input value={text} maxLength={120} onChange={(_, d) => setText(d.value)} />
        </Field>
      )}
      {editing.kind === 'reword' && (
        <Field label="Point" required validationMessage={problem}>
          <Textarea
            value={text}
            resize="vertical"
            rows={5}
            maxLength={2000}
            onChange={(_, d) => setText(d.value)}
          />
        </Field>
      )}
      {(editing.kind === 'merge' || editing.kind === 'move-point' || editing.kind === 'restore') && (
        <Field label={words.choice} required validationMessage={problem}>
          <ThemeChoice
            service={service}
            except={editing.kind === 'merge' ? editing.theme.id : undefined}
            value={target}
            onChange={setTarget}
          />
        </Field>
      )}
      {editing.kind === 'merge' && <Text>Its points join the chosen theme, and its own title goes.</Text>}
      {editing.kind === 'drop-theme' && (
        <Text>
          Its {editing.theme.points.length} point{editing.theme.points.length === 1 ? '' : 's'} will be listed
          under Dropped points, from where you can restore them.
        </Text>
      )}
    </FormDialog>
  );
}

const WORDS: Readonly<Record<Editing['kind'], { title: string; submit: string; choice?: string }>> = {
  rename: { title: 'Rename theme', submit: 'Rename' },
  add: { title: 'Add a theme to', submit: 'Add theme' },
  merge: { title: 'Merge theme', submit: 'Merge', choice: 'Merge into' },
  'drop-theme': { title: 'Drop theme', submit: 'Drop theme' },
  reword: { title: 'Reword point', submit: 'Save wording' },
  'move-point': { title: 'Move point to another theme', submit: 'Move point', choice: 'Move to' },
  restore: { title: 'Restore point', submit: 'Restore', choice: 'Restore to' },
};
