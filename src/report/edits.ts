import { COLUMNS, FREE_SECTIONS, type Column, type FreeSection } from './types';

/** One change the officer makes to a draft. Theme and point ids come from the draft; `heading` picks the service. */
export type DraftEdit =
  | {
      readonly kind: 'rename-theme';
      readonly heading: string;
      readonly themeId: string;
      readonly title: string;
    }
  | { readonly kind: 'add-theme'; readonly heading: string; readonly column: Column; readonly title: string }
  | {
      readonly kind: 'merge-themes';
      readonly heading: string;
      readonly themeId: string;
      readonly intoThemeId: string;
    }
  | {
      readonly kind: 'move-theme';
      readonly heading: string;
      readonly themeId: string;
      readonly toIndex: number;
    }
  | { readonly kind: 'drop-theme'; readonly heading: string; readonly themeId: string }
  | {
      readonly kind: 'move-point';
      readonly heading: string;
      readonly pointId: string;
      readonly toThemeId: string;
      readonly toIndex?: number;
    }
  | {
      readonly kind: 'reword-point';
      readonly heading: string;
      readonly pointId: string;
      readonly text: string;
    }
  | { readonly kind: 'drop-point'; readonly heading: string; readonly pointId: string }
  | {
      readonly kind: 'restore-point';
      readonly heading: string;
      readonly pointId: string;
      readonly toThemeId: string;
    }
  | { readonly kind: 'set-section'; readonly section: FreeSection; readonly text: string };

type Field =
  'heading' | 'themeId' | 'title' | 'column' | 'intoThemeId' | 'toIndex' | 'pointId' | 'toThemeId' | 'text';

/** Each kind's fields, declared once: what `parseEdit` checks an edit arriving as JSON against. */
const FIELDS: Readonly<Record<DraftEdit['kind'], readonly Field[]>> = {
  'rename-theme': ['heading', 'themeId', 'title'],
  'add-theme': ['heading', 'column', 'title'],
  'merge-themes': ['heading', 'themeId', 'intoThemeId'],
  'move-theme': ['heading', 'themeId', 'toIndex'],
  'drop-theme': ['heading', 'themeId'],
  'move-point': ['heading', 'pointId', 'toThemeId'],
  'reword-point': ['heading', 'pointId', 'text'],
  'drop-point': ['heading', 'pointId'],
  'restore-point': ['heading', 'pointId', 'toThemeId'],
  'set-section': ['text'],
};

/** Reads an edit sent as JSON (the tab's API); says in a sentence what is wrong with it otherwise. */
export function parseEdit(raw: unknown): DraftEdit | { problem: string } {
  const edit = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const kind = edit.kind as DraftEdit['kind'];
  const fields = typeof kind === 'string' ? FIELDS[kind] : undefined;
  if (!fields) return { problem: `An edit's kind is one of: ${Object.keys(FIELDS).join(', ')}.` };
  const wrong = fields.filter((field) =>
    field === 'toIndex' ? !Number.isInteger(edit[field]) : typeof edit[field] !== 'string',
  );
  if (kind === 'move-point' && edit.toIndex !== undefined && !Number.isInteger(edit.toIndex))
    wrong.push('toIndex');
  if (kind === 'add-theme' && !COLUMNS.includes(edit.column as Column)) wrong.push('column');
  if (kind === 'set-section' && !FREE_SECTIONS.includes(edit.section as FreeSection))
    wrong.push('section' as Field);
  if (wrong.length > 0)
    return { problem: `This ${kind} edit has no valid ${[...new Set(wrong)].join(', ')}.` };
  return edit as unknown as DraftEdit;
}
