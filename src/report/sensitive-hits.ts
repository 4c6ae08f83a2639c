import { findSensitiveData } from '../visits/sensitive-data';
import type { CsvRow } from './csv-rows';
import type { CommitteePaper } from './paper';
import { COLUMN_TITLES, COLUMNS } from './types';

/** Something in the paper's final text that may identify a person, and where it is. */
export interface SensitiveHit {
  /** "7. ChECS – What are we worried about? – Team capacity". */
  readonly where: string;
  readonly kind: string;
  readonly sample: string;
}

/** The walkthrough's personal-data check, run over every piece of text the paper will print. */
export function sensitiveHits(paper: CommitteePaper): SensitiveHit[] {
  const texts: { where: string; text: string }[] = [
    ...paper.titleBlock.map((row) => ({ where: row.label, text: row.value.text })),
    ...[...paper.before, ...paper.after].flatMap((section) =>
      section.paragraphs.map((p) => ({ where: `${section.number}. ${section.title}`, text: p.text })),
    ),
    ...paper.themes.introduction.map((p) => ({ where: '7. Themes', text: p.text })),
    ...paper.themes.services.flatMap((service) => [
      ...COLUMNS.flatMap((column) =>
        service.columns[column].flatMap((theme) =>
          [theme.title, ...theme.points].map((text) => ({
            where: `7. ${service.heading} – ${COLUMN_TITLES[column]} – ${theme.title}`,
            text,
          })),
        ),
      ),
      ...service.comments.flatMap((c) =>
        c.points.map((text) => ({
          where: `7. ${service.heading} – Comments from the Head of Service`,
          text,
        })),
      ),
    ]),
    // The appendix prints every action's text, owner and note as stored (the officer's edits of the next-steps
    // column do not reach it), and holds all that the headings' "Actions from visits" say: check it whole.
    ...paper.actions.flatMap((row) =>
      [row.action, row.owner, row.note].map((text) => ({
        where: `Appendix: actions – ${row.service}, visit of ${row.visitDate}`,
        text,
      })),
    ),
  ];
  return texts.flatMap(({ where, text }) => findSensitiveData(text).map((f) => ({ where, ...f })));
}

/** The same check over the CSV: every answer as the councillors wrote it, so it is checked before it leaves too. */
export function csvHits(rows: readonly CsvRow[]): SensitiveHit[] {
  return rows.flatMap((row) =>
    findSensitiveData(row.text).map((f) => ({
      where: `${row.service}, visit of ${row.visitDate} – ${row.area}${row.lens ? ` – ${row.lens}` : ''}`,
      ...f,
    })),
  );
}
