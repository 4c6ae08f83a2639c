import type { DraftEdit } from './edits';
import { COLUMNS, type DraftPoint, type DraftTheme, type ReportDraft } from './types';

/** The text an edit replaced and the text it left, for the audit trail to hash; none for edits that move things. */
export function editedTexts(
  before: ReportDraft,
  after: ReportDraft,
  edit: DraftEdit,
): { before?: string; after?: string } | undefined {
  if (edit.kind === 'set-section') {
    return present(before.sections.text[edit.section], after.sections.text[edit.section]);
  }
  const themes = (draft: ReportDraft): DraftTheme[] => {
    const service = draft.services.find((s) => s.heading === edit.heading);
    return service ? COLUMNS.flatMap((column) => service.columns[column]) : [];
  };
  const point = (draft: ReportDraft, id: string): DraftPoint | undefined =>
    themes(draft)
      .flatMap((t) => t.points)
      .find((p) => p.id === id);
  switch (edit.kind) {
    case 'rename-theme': {
      const title = (draft: ReportDraft) => themes(draft).find((t) => t.id === edit.themeId)?.title;
      return present(title(before), title(after));
    }
    case 'add-theme': {
      const known = new Set(themes(before).map((t) => t.id));
      return present(undefined, themes(after).find((t) => !known.has(t.id))?.title);
    }
    case 'reword-point':
      return present(point(before, edit.pointId)?.text, point(after, edit.pointId)?.text);
    default:
      return undefined;
  }
}

const present = (before: string | undefined, after: string | undefined) =>
  before === undefined && after === undefined
    ? undefined
    : { ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) };
