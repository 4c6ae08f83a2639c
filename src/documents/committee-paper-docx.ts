import {
  Document,
  HeadingLevel,
  HighlightColor,
  Packer,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type {
  ActionRow,
  CommitteePaper,
  PaperActions,
  PaperSection,
  PaperService,
  PaperTheme,
  Paragraph as PaperParagraph,
} from '../report/paper';
import { COLUMNS, COLUMN_TITLES } from '../report/types';
import {
  BULLETS,
  CELL_BULLETS,
  coreProperties,
  CREATOR,
  NUMBER_INDENT,
  PAPER_NUMBERING,
  PAPER_PAGE,
  PAPER_STYLES,
  pageFooter,
  pageHeader,
  TEXT_WIDTH,
} from './paper-style';

/** Options for the written file: the creation date for its properties, left out when not given. */
export interface CommitteePaperOptions {
  readonly createdAt?: Date;
}

const THEMES_TITLE = 'Themes from Visits and Head of Service Response';
const ACTIONS_TITLE = 'Actions from visits';
const APPENDIX_TITLE = 'Appendix: Actions from Visits';
/** The appendix's columns: heading, and share of the text width (the action and note need the most room). */
const ACTION_COLUMNS: readonly (readonly [keyof ActionRow, string, number])[] = [
  ['service', 'Service', 13],
  ['visitDate', 'Visit date', 11],
  ['action', 'Action', 24],
  ['status', 'Status', 10],
  ['owner', 'Owner', 13],
  ['target', 'Target', 10],
  ['note', 'Note or reason', 19],
];
const NONE = 'None recorded.';
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

type Block = Paragraph | Table;

/** The paper as a Word document: real headings, list numbering, a repeating table header, page numbers. */
export async function writeCommitteePaper(
  paper: CommitteePaper,
  options: CommitteePaperOptions = {},
): Promise<Buffer> {
  const document = new Document({
    title: paper.title,
    creator: CREATOR,
    styles: PAPER_STYLES,
    numbering: PAPER_NUMBERING,
    sections: [
      {
        properties: PAPER_PAGE,
        headers: { default: pageHeader() },
        footers: { default: pageFooter() },
        children: body(paper),
      },
    ],
  });
  const core = { path: 'docProps/core.xml', data: coreProperties(paper.title, options.createdAt) };
  return Packer.toBuffer(document, false, [core]);
}

function body(paper: CommitteePaper): Block[] {
  const themesNumber = (paper.before.at(-1)?.number ?? 6) + 1;
  return [
    ...paper.titleBlock.map(
      ({ label, value }) =>
        new Paragraph({ spacing: { after: 160 }, children: [bold(`${label}: `), run(value)] }),
    ),
    ...paper.before.flatMap((s) => section(s, s.number === 6 ? paper.intakeTeams : [])),
    heading(1, `${themesNumber}. ${THEMES_TITLE}`),
    ...numbered(themesNumber, paper.themes.introduction),
    ...paper.themes.services.flatMap((s) => service(s, paper.visitsLabel)),
    ...paper.after.flatMap((s) => section(s, [])),
    heading(1, `${APPENDIX_TITLE}, ${paper.period.label}`),
    paper.actions.length ? actionsTable(paper.actions) : none(),
  ];
}

/**
 * A numbered section. A list (the intake teams) follows the paragraph that introduces it with a colon, as in the
 * paper; a colon followed by a quotation introduces the quotation instead. With no such paragraph, the list ends it.
 */
function section({ number, title, paragraphs }: PaperSection, list: readonly string[]): Block[] {
  const blocks = numbered(number, paragraphs);
  if (list.length) {
    const introduces = (p: PaperParagraph, i: number) =>
      !p.quote && p.text.trimEnd().endsWith(':') && !paragraphs[i + 1]?.quote;
    const colon = paragraphs.findIndex(introduces);
    const at = colon < 0 ? blocks.length : colon + 1;
    blocks.splice(at, 0, ...list.map((item) => bullet(BULLETS, 0, [new TextRun(item)])));
  }
  return [heading(1, `${number}. ${title}`), ...blocks];
}

/** "1.1", "1.2" … as in the council's papers; quotations are indented and not numbered. */
function numbered(section: number, paragraphs: readonly PaperParagraph[]): Paragraph[] {
  let n = 0;
  return paragraphs.map((p) =>
    p.quote
      ? new Paragraph({ indent: { left: NUMBER_INDENT * 2, right: NUMBER_INDENT }, children: [run(p)] })
      : new Paragraph({
          indent: { left: NUMBER_INDENT, hanging: NUMBER_INDENT },
          tabStops: [{ type: TabStopType.LEFT, position: NUMBER_INDENT }],
          children: [
            new TextRun({ text: `${section}.${++n}`, bold: true }),
            new TextRun({ children: [new Tab()] }),
            run(p),
          ],
        }),
  );
}

function service(s: PaperService, visitsLabel: string): Block[] {
  const comments = s.comments.flatMap(({ by, points }) => [
    ...(by ? [responder(by)] : []),
    ...points.map((p) => bullet(BULLETS, 0, [new TextRun(p)])),
  ]);
  return [
    heading(2, s.heading),
    new Paragraph({
      children: [bold(`${visitsLabel} `), new TextRun(s.visitsSentence)],
    }),
    themesTable(s),
    heading(3, 'Comments from the Head of Service'),
    ...(comments.length ? comments : [none()]),
    heading(3, ACTIONS_TITLE),
    ...actions(s.actions),
  ];
}

/** Decided actions under a label per status, then the proposals still awaiting a decision. */
function actions({ groups, proposed }: PaperActions): Paragraph[] {
  const blocks = groups.flatMap(({ title, lines }) => [
    responder(title),
    ...lines.map((l) => bullet(BULLETS, 0, [new TextRun(l)])),
  ]);
  if (proposed) {
    blocks.push(
      new Paragraph({
        keepNext: proposed.lines.length > 0,
        spacing: { before: 120 },
        children: [new TextRun(proposed.sentence)],
      }),
      ...proposed.lines.map((l) => bullet(BULLETS, 0, [new TextRun(l)])),
    );
  }
  return blocks.length ? blocks : [none()];
}

/** Every action of the period, a row each, under a header row repeated on each page. */
function actionsTable(rows: readonly ActionRow[]): Table {
  const total = ACTION_COLUMNS.reduce((sum, [, , share]) => sum + share, 0);
  const widths = ACTION_COLUMNS.map(([, , share]) => Math.floor((TEXT_WIDTH * share) / total));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ACTION_COLUMNS.map(([, title], i) =>
      tableCell(widths[i]!, [new Paragraph({ children: [bold(title)] })], true),
    ),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: ACTION_COLUMNS.map(([key], i) =>
          tableCell(widths[i]!, [new Paragraph({ children: [new TextRun(row[key])] })]),
        ),
      }),
  );
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [header, ...body],
  });
}

/** The three Signs of Safety columns in one row under a header row that Word and LibreOffice repeat on each page. */
function themesTable(s: PaperService): Table {
  const width = Math.floor(TEXT_WIDTH / COLUMNS.length);
  const cell = (children: Paragraph[], header = false) => tableCell(width, children, header);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: COLUMNS.map((c) => cell([new Paragraph({ children: [bold(COLUMN_TITLES[c])] })], true)),
  });
  const themes = new TableRow({ children: COLUMNS.map((c) => cell(themeParagraphs(s.columns[c]))) });
  return new Table({
    width: { size: width * COLUMNS.length, type: WidthType.DXA },
    columnWidths: COLUMNS.map(() => width),
    layout: TableLayoutType.FIXED,
    rows: [header, themes],
  });
}

/** A cell of the paper's tables; a header cell is shaded grey. */
const tableCell = (width: number, children: Paragraph[], header = false): TableCell =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 80, bottom: 80, left: 108, right: 108 },
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' } : undefined,
    children,
  });

function themeParagraphs(themes: readonly PaperTheme[]): Paragraph[] {
  if (!themes.length) return [none()];
  return themes.flatMap((t) => [
    bullet(CELL_BULLETS, 0, [bold(t.title)]),
    ...t.points.map((p) => bullet(CELL_BULLETS, 1, [new TextRun(p)])),
  ]);
}

const heading = (level: 1 | 2 | 3, text: string): Paragraph =>
  new Paragraph({ heading: HEADINGS[level - 1], children: [new TextRun(text)] });

const bullet = (reference: string, level: number, children: TextRun[]): Paragraph =>
  new Paragraph({ numbering: { reference, level }, spacing: { after: 60 }, children });

const bold = (text: string): TextRun => new TextRun({ text, bold: true });

const responder = (by: string): Paragraph =>
  new Paragraph({
    keepNext: true,
    indent: { left: NUMBER_INDENT },
    spacing: { before: 120 },
    children: [bold(by)],
  });

const none = (): Paragraph => new Paragraph({ children: [new TextRun({ text: NONE, italics: true })] });

/** A placeholder keeps its words (they say what is missing) and is highlighted so nobody misses it. */
const run = (p: PaperParagraph): TextRun =>
  new TextRun({
    text: p.text,
    italics: p.quote,
    highlight: p.placeholder ? HighlightColor.YELLOW : undefined,
  });
