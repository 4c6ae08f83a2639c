import { dropPoint, movePoint, restorePoint, rewordPoint } from './edit-points';
import { LIMITS, REFUSALS, length, quote, refuse, type Refusal, type ServiceEdit } from './edit-result';
import { addTheme, dropTheme, mergeThemes, moveTheme, renameTheme } from './edit-themes';
import type { DraftEdit } from './edits';
import { FREE_SECTIONS, type FreeSection, type ReportDraft, type ServiceDraft } from './types';

/** An edit applied: the new draft, the row it changed (a heading's or the sections'), a line for the log. */
export interface EditApplied {
  readonly ok: true;
  readonly draft: ReportDraft;
  readonly changed: { readonly heading?: string; readonly sections?: true };
  /** "renamed theme “Team capacity” to “Capacity”": never a whole answer; the caller may add the heading. */
  readonly what: string;
}

/** Applies one of the officer's edits to the draft, or says in a sentence why it cannot. */
export function applyEdit(draft: ReportDraft, edit: DraftEdit): EditApplied | Refusal {
  if (edit.kind === 'set-section') return setSection(draft, edit.section, edit.text);
  const service = draft.services.find((s) => s.heading === edit.heading);
  if (!service) return refuse(REFUSALS.noHeading);
  const result = editService(service, edit);
  if (!result.ok) return result;
  return {
    ok: true,
    draft: { ...draft, services: draft.services.map((s) => (s === service ? result.service : s)) },
    changed: { heading: service.heading },
    what: result.what,
  };
}

function editService(service: ServiceDraft, edit: Exclude<DraftEdit, { kind: 'set-section' }>): ServiceEdit {
  switch (edit.kind) {
    case 'rename-theme':
      return renameTheme(service, edit);
    case 'add-theme':
      return addTheme(service, edit);
    case 'merge-themes':
      return mergeThemes(service, edit);
    case 'move-theme':
      return moveTheme(service, edit);
    case 'drop-theme':
      return dropTheme(service, edit);
    case 'move-point':
      return movePoint(service, edit);
    case 'reword-point':
      return rewordPoint(service, edit);
    case 'drop-point':
      return dropPoint(service, edit);
    case 'restore-point':
      return restorePoint(service, edit);
    default:
      // Edits arrive from the tab as JSON: a kind this code does not know is refused, not trusted.
      return refuse(REFUSALS.unknownEdit);
  }
}

/** The free sections as the paper's headings name them, for the change log. */
const SECTION_NAMES: Readonly<Record<FreeSection, string>> = {
  committee: 'Committee',
  meetingDate: 'Date of meeting',
  reportOf: 'Report of',
  reference: 'Report reference',
  wards: 'Wards affected',
  executiveSummary: 'Executive summary',
  recommendations: 'Recommendations',
  reasons: 'Reasons for recommendations',
  otherOptions: 'Other options considered',
  themesIntroduction: 'Introduction to the themes',
  implications: 'Implications',
};

function setSection(draft: ReportDraft, section: FreeSection, text: string): EditApplied | Refusal {
  if (!FREE_SECTIONS.includes(section)) return refuse(REFUSALS.noSection);
  const clean = text.trim();
  if (length(clean) > LIMITS.section) return refuse(REFUSALS.longSection(length(clean)));
  // An empty section is left out, so the paper shows its placeholder.
  const { [section]: _old, ...others } = draft.sections.text;
  const sections = { ...draft.sections, text: clean ? { ...others, [section]: clean } : others };
  return {
    ok: true,
    draft: { ...draft, sections },
    changed: { sections: true },
    what: `${clean ? 'wrote' : 'cleared'} the section ${quote(SECTION_NAMES[section])}`,
  };
}
