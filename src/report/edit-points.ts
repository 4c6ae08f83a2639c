import { findPoint, findTheme, insertAt, replaceAt, withColumn } from './draft-parts';
import { settled } from './edit-themes';
import type { DraftEdit } from './edits';
import { LIMITS, REFUSALS, length, quote, refuse, type ServiceEdit } from './edit-result';
import type { ServiceDraft } from './types';

type EditOf<K extends DraftEdit['kind']> = Extract<DraftEdit, { kind: K }>;

/** Why a point is not where an edit looks for it: dropped, or gone altogether. */
function missing(service: ServiceDraft, pointId: string): string {
  return service.dropped.some((p) => p.id === pointId) ? REFUSALS.pointDropped : REFUSALS.noPoint;
}

export function movePoint(service: ServiceDraft, edit: EditOf<'move-point'>): ServiceEdit {
  const at = findPoint(service, edit.pointId);
  if (!at) return refuse(missing(service, edit.pointId));
  if (!findTheme(service, edit.toThemeId)) return refuse(REFUSALS.noTheme);
  if (edit.toIndex !== undefined && !Number.isInteger(edit.toIndex)) return refuse(REFUSALS.badPosition);
  const taken = withColumn(
    service,
    at.column,
    replaceAt(service.columns[at.column], at.index, {
      ...at.theme,
      points: replaceAt(at.theme.points, at.pointIndex),
    }),
  );
  const to = findTheme(taken, edit.toThemeId)!;
  const points = insertAt(to.theme.points, edit.toIndex ?? to.theme.points.length, settled(at.point));
  const same = to.theme.id === at.theme.id;
  return {
    ok: true,
    service: withColumn(
      taken,
      to.column,
      replaceAt(taken.columns[to.column], to.index, { ...to.theme, points }),
    ),
    what: same
      ? `moved a point within ${quote(at.theme.title)}`
      : `moved a point from ${quote(at.theme.title)} to ${quote(to.theme.title)}`,
  };
}

export function rewordPoint(service: ServiceDraft, edit: EditOf<'reword-point'>): ServiceEdit {
  const at = findPoint(service, edit.pointId);
  if (!at) return refuse(missing(service, edit.pointId));
  // A point is one bullet of the paper: line breaks pasted into it would break the table.
  const text = edit.text.replace(/\s+/g, ' ').trim();
  if (!text) return refuse(REFUSALS.emptyPoint);
  if (length(text) > LIMITS.point) return refuse(REFUSALS.longPoint(length(text)));
  const points = replaceAt(at.theme.points, at.pointIndex, { ...settled(at.point), text });
  return {
    ok: true,
    service: withColumn(
      service,
      at.column,
      replaceAt(service.columns[at.column], at.index, { ...at.theme, points }),
    ),
    what: `reworded a point in ${quote(at.theme.title)}`,
  };
}

export function dropPoint(service: ServiceDraft, edit: EditOf<'drop-point'>): ServiceEdit {
  const at = findPoint(service, edit.pointId);
  if (!at) {
    const dropped = service.dropped.some((p) => p.id === edit.pointId);
    return refuse(dropped ? REFUSALS.alreadyDropped : REFUSALS.noPoint);
  }
  const points = replaceAt(at.theme.points, at.pointIndex);
  return {
    ok: true,
    service: {
      ...withColumn(
        service,
        at.column,
        replaceAt(service.columns[at.column], at.index, { ...at.theme, points }),
      ),
      dropped: [...service.dropped, settled(at.point)],
    },
    what: `dropped a point from ${quote(at.theme.title)}`,
  };
}

export function restorePoint(service: ServiceDraft, edit: EditOf<'restore-point'>): ServiceEdit {
  const index = service.dropped.findIndex((p) => p.id === edit.pointId);
  if (index < 0) return refuse(findPoint(service, edit.pointId) ? REFUSALS.notDropped : REFUSALS.noPoint);
  const to = findTheme(service, edit.toThemeId);
  if (!to) return refuse(REFUSALS.noTheme);
  const points = [...to.theme.points, service.dropped[index]!];
  return {
    ok: true,
    service: {
      ...withColumn(
        service,
        to.column,
        replaceAt(service.columns[to.column], to.index, { ...to.theme, points }),
      ),
      dropped: replaceAt(service.dropped, index),
    },
    what: `restored a point to ${quote(to.theme.title)}`,
  };
}
