import { COLUMNS, type Column, type DraftPoint, type DraftTheme, type ServiceDraft } from './types';

/** A service draft as drafting and editing see it: the etag is the store's business. */
export type ServiceDraftBody = Omit<ServiceDraft, 'etag'>;

/** A record of the three columns, each made by `make`. */
export function byColumn<T>(make: (column: Column) => T): Record<Column, T> {
  return { 'working-well': make('working-well'), worries: make('worries'), 'next-steps': make('next-steps') };
}

/** Where a theme is in a heading's draft. */
export interface ThemeAt {
  readonly column: Column;
  readonly index: number;
  readonly theme: DraftTheme;
}

/** Finds a theme by id in any column of a heading's draft. */
export function findTheme(draft: ServiceDraftBody, themeId: string): ThemeAt | undefined {
  for (const column of COLUMNS) {
    const index = draft.columns[column].findIndex((t) => t.id === themeId);
    if (index >= 0) return { column, index, theme: draft.columns[column][index]! };
  }
  return undefined;
}

/** Where a point is in a heading's draft. */
export interface PointAt extends ThemeAt {
  readonly pointIndex: number;
  readonly point: DraftPoint;
}

/** Finds a point by id in the themes (not the dropped list) of a heading's draft. */
export function findPoint(draft: ServiceDraftBody, pointId: string): PointAt | undefined {
  for (const column of COLUMNS) {
    for (const [index, theme] of draft.columns[column].entries()) {
      const pointIndex = theme.points.findIndex((p) => p.id === pointId);
      if (pointIndex >= 0) return { column, index, theme, pointIndex, point: theme.points[pointIndex]! };
    }
  }
  return undefined;
}

/** Every point in the themes of a heading's draft, column by column. */
export const themedPoints = (draft: ServiceDraftBody): DraftPoint[] =>
  COLUMNS.flatMap((c) => draft.columns[c].flatMap((t) => t.points));

/** The draft with one column's themes replaced. */
export function withColumn<D extends ServiceDraftBody>(
  draft: D,
  column: Column,
  themes: readonly DraftTheme[],
): D {
  return { ...draft, columns: { ...draft.columns, [column]: themes } };
}

/** A copy of the list with the item at `index` replaced, or removed when `item` is undefined. */
export function replaceAt<T>(list: readonly T[], index: number, item?: T): T[] {
  return [...list.slice(0, index), ...(item === undefined ? [] : [item]), ...list.slice(index + 1)];
}

/** A copy of the list with `item` inserted at `index`, clamped to the list. */
export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const at = Math.max(0, Math.min(list.length, index));
  return [...list.slice(0, at), item, ...list.slice(at)];
}
