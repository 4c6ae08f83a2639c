import {
  AlignmentType,
  Footer,
  Header,
  LevelFormat,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type INumberingOptions,
  type ISectionPropertiesOptions,
  type IStylesOptions,
} from 'docx';

/** Twentieths of a point per centimetre. */
const CM = 567;
const A4 = { width: 11906, height: 16838 };
const MARGIN = 2 * CM;
/** The width text may take between the margins, for tables. */
export const TEXT_WIDTH = A4.width - 2 * MARGIN;
/** Where a numbered paragraph's text starts, after "1.1". */
export const NUMBER_INDENT = 720;
export const LANGUAGE = 'en-GB';
export const CREATOR = 'Frontline Visits';
/** The numbering references: bullets in the body, and tighter ones for narrow table cells. */
export const BULLETS = 'body-bullets';
export const CELL_BULLETS = 'cell-bullets';

const heading = (halfPoints: number, before: number) => ({
  run: { font: 'Arial', size: halfPoints, bold: true, color: '000000' },
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
});

/** Arial 11 in British English, as the council's papers are; headings black and bold, sized by level. */
export const PAPER_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: 'Arial', size: 22, language: { value: LANGUAGE } },
      paragraph: { spacing: { after: 120, line: 264 } },
    },
    heading1: heading(28, 360),
    heading2: heading(26, 360),
    heading3: heading(24, 240),
  },
};

const bulletLevels = (indent: number, step: number) =>
  [
    { level: 0, text: '\u2022' },
    { level: 1, text: '\u2013' },
  ].map(({ level, text }) => ({
    level,
    text,
    format: LevelFormat.BULLET,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: indent + level * step, hanging: step } } },
  }));

/** Real list numbering, so screen readers announce lists and Word keeps the bullets when text is edited. */
export const PAPER_NUMBERING: INumberingOptions = {
  config: [
    { reference: BULLETS, levels: bulletLevels(NUMBER_INDENT + 360, 360) },
    { reference: CELL_BULLETS, levels: bulletLevels(284, 284) },
  ],
};

/** A4 portrait with 2 cm margins, so the three-column tables have room. */
export const PAPER_PAGE: ISectionPropertiesOptions = {
  page: {
    size: { ...A4, orientation: PageOrientation.PORTRAIT },
    margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: CM, footer: CM },
  },
};

const centred = (run: TextRun): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [run] });

/** The protective marking, small, above every page. */
export const pageHeader = (): Header =>
  new Header({ children: [centred(new TextRun({ text: 'OFFICIAL', size: 16 }))] });

/** "Page X of Y" below every page, as fields Word and LibreOffice fill in. */
export const pageFooter = (): Footer =>
  new Footer({
    children: [
      centred(
        new TextRun({ size: 18, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
      ),
    ],
  });

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);

/**
 * docProps/core.xml written here because docx stamps it with the current time; this one has the title, creator and
 * language, and dates only when the caller gives one.
 */
export function coreProperties(title: string, createdAt?: Date): string {
  const date = createdAt?.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const stamps = date
    ? ['created', 'modified'].map((n) => `<dcterms:${n} xsi:type="dcterms:W3CDTF">${date}</dcterms:${n}>`)
    : [];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>${CREATOR}</dc:creator>` +
    `<dc:language>${LANGUAGE}</dc:language>${stamps.join('')}</cp:coreProperties>`
  );
}
