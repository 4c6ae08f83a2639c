import { byColumn, themedPoints, type ServiceDraftBody } from './draft-parts';
import { THEMES, type Theme } from './theme-list';
import { OTHER, proposeTheme } from './themes';
import {
  COLUMNS,
  type Column,
  type DraftPoint,
  type DraftTheme,
  type ReportFindings,
  type ServiceDraft,
  type ServiceFindings,
  type SourcePoint,
} from './types';

/** A theme's id in a draft: the column and the proposed theme, so that a refresh finds it again. */
export const draftThemeId = (column: Column, themeId: string): string => `${column}:${themeId}`;

/** The officer's starting point for a heading: each column's points grouped by their proposed theme. */
export function draftService(findings: ServiceFindings, themes: readonly Theme[] = THEMES): ServiceDraftBody {
  const rank = (themeId: string): number =>
    themeId === OTHER.id ? themes.length : themes.findIndex((t) => t.id === themeId);
  const columns = byColumn((column): DraftTheme[] => {
    const groups = new Map<string, { title: string; points: DraftPoint[] }>();
    for (const point of findings.points.filter((p) => p.column === column)) {
      const { themeId, title } = proposeTheme(point.text, themes);
      const group = groups.get(themeId) ?? { title, points: [] };
      group.points.push(draftPoint(point));
      groups.set(themeId, group);
    }
    return [...groups]
      .sort(
        ([a, x], [b, y]) =>
          Number(a === OTHER.id) - Number(b === OTHER.id) ||
          y.points.length - x.points.length ||
          rank(a) - rank(b),
      )
      .map(([themeId, { title, points }]) => ({ id: draftThemeId(column, themeId), title, points }));
  });
  return { heading: findings.group.heading, columns, dropped: [] };
}

/** What a refresh did to one heading's draft. */
export interface ServiceRefresh {
  readonly draft: ServiceDraftBody;
  /** Points new in the findings, added to the draft. */
  readonly added: number;
  /** Points of the draft whose answer has changed or gone since the last refresh (marked, not removed). */
  readonly gone: number;
}

/**
 * Brings a heading's draft up to date with the findings without undoing any of the officer's edits: new
 * points join the theme proposed for them (made again at the column's end if the officer removed it) marked
 * isNew, and points whose answer is gone are marked sourceGone for the officer to decide. Earlier points lose
 * isNew when a refresh brings newer ones, so isNew always shows the latest arrivals.
 */
export function refreshService(
  draft: ServiceDraftBody,
  findings: ServiceFindings,
  themes: readonly Theme[] = THEMES,
): ServiceRefresh {
  const inSource = new Set(findings.points.map((p) => p.id));
  const inDraft = new Set([...themedPoints(draft), ...draft.dropped].map((p) => p.id));
  const arriving = findings.points.filter((p) => !inDraft.has(p.id));
  let gone = 0;
  const recheck = (point: DraftPoint, counted: boolean): DraftPoint => {
    const { isNew, sourceGone, ...rest } = point;
    const stillNew = isNew && arriving.length === 0;
    const nowGone = !inSource.has(point.id);
    if (nowGone && !sourceGone && counted) gone += 1;
    return { ...rest, ...(stillNew ? { isNew: true } : {}), ...(nowGone ? { sourceGone: true } : {}) };
  };
  const columns = {} as Record<Column, DraftTheme[]>;
  for (const column of COLUMNS) {
    columns[column] = draft.columns[column].map((t) => ({
      ...t,
      points: t.points.map((p) => recheck(p, true)),
    }));
    for (const point of arriving.filter((p) => p.column === column)) {
      const { themeId, title } = proposeTheme(point.text, themes);
      const id = draftThemeId(column, themeId);
      let index = columns[column].findIndex((t) => t.id === id);
      if (index < 0) index = columns[column].push({ id, title, points: [] }) - 1;
      const theme = columns[column][index]!;
      columns[column][index] = { ...theme, points: [...theme.points, { ...draftPoint(point), isNew: true }] };
    }
  }
  const dropped = draft.dropped.map((p) => recheck(p, false));
  return { draft: { heading: draft.heading, columns, dropped }, added: arriving.length, gone };
}

/** A new draft of every heading of a period's report, in the findings' order. */
export function draftFor(findings: ReportFindings, themes: readonly Theme[] = THEMES): ServiceDraftBody[] {
  return findings.services.map((s) => draftService(s, themes));
}

/** What a refresh did to a period's draft; a heading's row needs saving when `changed`. */
export interface DraftRefresh {
  /** Each heading's draft, keeping its etag ('' for a heading new to the draft). */
  readonly services: readonly { readonly draft: ServiceDraft; readonly changed: boolean }[];
  readonly added: number;
  readonly gone: number;
}

/**
 * Refreshes every heading: a new heading gets a fresh draft, and a heading no longer in the findings stays
 * while it has points (all marked sourceGone, after the others); one with no points left is left out.
 */
export function refreshDraft(
  drafts: readonly ServiceDraft[],
  findings: ReportFindings,
  themes: readonly Theme[] = THEMES,
): DraftRefresh {
  let added = 0;
  let gone = 0;
  const refresh = (before: ServiceDraft, serviceFindings: ServiceFindings) => {
    const result = refreshService(before, serviceFindings, themes);
    added += result.added;
    gone += result.gone;
    const draft = { ...result.draft, etag: before.etag };
    return { draft, changed: JSON.stringify(draft) !== JSON.stringify(before) };
  };
  const services = findings.services.map((s) => {
    const before = drafts.find((d) => d.heading === s.group.heading);
    if (before) return refresh(before, s);
    const draft = { ...draftService(s, themes), etag: '' };
    added += pointCount(draft);
    return { draft, changed: true };
  });
  const heard = new Set(findings.services.map((s) => s.group.heading));
  for (const before of drafts.filter((d) => !heard.has(d.heading) && pointCount(d) > 0)) {
    services.push(refresh(before, nothingFor(before.heading)));
  }
  return { services, added, gone };
}

const pointCount = (draft: ServiceDraftBody): number => themedPoints(draft).length;

function nothingFor(heading: string): ServiceFindings {
  return {
    group: { heading, serviceIds: [], serviceNames: [] },
    visitsSentence: '',
    visits: [],
    points: [],
    comments: [],
  };
}

function draftPoint(point: SourcePoint): DraftPoint {
  return { id: point.id, text: point.text, visitId: point.visitId };
}
