import { findTheme, insertAt, replaceAt, withColumn } from './draft-parts';
import type { DraftEdit } from './edits';
import { LIMITS, REFUSALS, length, quote, refuse, type Refusal, type ServiceEdit } from './edit-result';
import { COLUMN_TITLES, COLUMNS, type Column, type DraftPoint, type ServiceDraft } from './types';

type EditOf<K extends DraftEdit['kind']> = Extract<DraftEdit, { kind: K }>;

/** A theme title as the paper prints it: one line, spaces collapsed; or why it cannot be one. */
export function themeTitle(title: string): string | Refusal {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (!clean) return refuse(REFUSALS.noTitle);
  if (length(clean) > LIMITS.title) return refuse(REFUSALS.longTitle(length(clean)));
  return clean;
}

/** Refuses a title another theme of the column has (in any case): the officer likely meant a merge. */
function taken(service: ServiceDraft, column: Column, title: string, exceptId?: string): Refusal | undefined {
  const same = service.columns[column].find(
    (t) => t.id !== exceptId && t.title.toLowerCase() === title.toLowerCase(),
  );
  return same && refuse(REFUSALS.titleTaken(same.title));
}

export function renameTheme(service: ServiceDraft, edit: EditOf<'rename-theme'>): ServiceEdit {
  const at = findTheme(service, edit.themeId);
  if (!at) return refuse(REFUSALS.noTheme);
  const title = themeTitle(edit.title);
  if (typeof title !== 'string') return title;
  const clash = taken(service, at.column, title, at.theme.id);
  if (clash) return clash;
  const themes = replaceAt(service.columns[at.column], at.index, { ...at.theme, title });
  return {
    ok: true,
    service: withColumn(service, at.column, themes),
    what: `renamed theme ${quote(at.theme.title)} to ${quote(title)}`,
  };
}

export function addTheme(service: ServiceDraft, edit: EditOf<'add-theme'>): ServiceEdit {
  if (!COLUMNS.includes(edit.column)) return refuse(REFUSALS.noColumn);
  const title = themeTitle(edit.title);
  if (typeof title !== 'string') return title;
  const clash = taken(service, edit.column, title);
  if (clash) return clash;
  const themes = [
    ...service.columns[edit.column],
    { id: ownThemeId(service, edit.column), title, points: [] },
  ];
  return {
    ok: true,
    service: withColumn(service, edit.column, themes),
    what: `added theme ${quote(title)} to ${quote(COLUMN_TITLES[edit.column])}`,
  };
}

/** An id for a theme the officer adds, never one drafting proposes (`${column}:${themeId}`). */
function ownThemeId(service: ServiceDraft, column: Column): string {
  const ids = new Set(COLUMNS.flatMap((c) => service.columns[c].map((t) => t.id)));
  let n = 1;
  while (ids.has(`${column}:own-${n}`)) n += 1;
  return `${column}:own-${n}`;
}

export function mergeThemes(service: ServiceDraft, edit: EditOf<'merge-themes'>): ServiceEdit {
  if (edit.themeId === edit.intoThemeId) return refuse(REFUSALS.mergeSelf);
  const from = findTheme(service, edit.themeId);
  const into = findTheme(service, edit.intoThemeId);
  if (!from || !into) return refuse(REFUSALS.noTheme);
  const emptied = withColumn(service, from.column, replaceAt(service.columns[from.column], from.index));
  const target = emptied.columns[into.column].findIndex((t) => t.id === into.theme.id);
  const merged = { ...into.theme, points: [...into.theme.points, ...from.theme.points] };
  return {
    ok: true,
    service: withColumn(emptied, into.column, replaceAt(emptied.columns[into.column], target, merged)),
    what: `merged theme ${quote(from.theme.title)} into ${quote(into.theme.title)}`,
  };
}

export function moveTheme(service: ServiceDraft, edit: EditOf<'move-theme'>): ServiceEdit {
  const at = findTheme(service, edit.themeId);
  if (!at) return refuse(REFUSALS.noTheme);
  if (!Number.isInteger(edit.toIndex)) return refuse(REFUSALS.badPosition);
  const rest = replaceAt(service.columns[at.column], at.index);
  const themes = insertAt(rest, edit.toIndex, at.theme);
  return {
    ok: true,
    service: withColumn(service, at.column, themes),
    what: `moved theme ${quote(at.theme.title)} to position ${themes.indexOf(at.theme) + 1}`,
  };
}

export function dropTheme(service: ServiceDraft, edit: EditOf<'drop-theme'>): ServiceEdit {
  const at = findTheme(service, edit.themeId);
  if (!at) return refuse(REFUSALS.noTheme);
  const n = at.theme.points.length;
  return {
    ok: true,
    service: {
      ...withColumn(service, at.column, replaceAt(service.columns[at.column], at.index)),
      dropped: [...service.dropped, ...at.theme.points.map(settled)],
    },
    what: `dropped theme ${quote(at.theme.title)}${n ? ` and its ${n} point${n === 1 ? '' : 's'}` : ''}`,
  };
}

/** A point the officer has now handled: no longer flagged as newly added. */
export function settled(point: DraftPoint): DraftPoint {
  const { isNew: _seen, ...rest } = point;
  return rest;
}
