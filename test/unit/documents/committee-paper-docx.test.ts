import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { writeCommitteePaper } from '../../../src/documents/committee-paper-docx';
import { COLUMN_TITLES, COLUMNS } from '../../../src/report/types';
import { PAPER_FIXTURE } from '../../support/paper-fixture';

/** A paragraph of WordprocessingML: its style, list level and list, text (tabs as \t) and raw XML. */
interface Para {
  readonly style?: string;
  readonly level?: number;
  readonly numId?: string;
  readonly text: string;
  readonly xml: string;
}

const unescape = (s: string): string =>
  s.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!,
  );

function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1],
    level: Number(/<w:ilvl w:val="(\d+)"/.exec(p)?.[1] ?? NaN),
    numId: /<w:numId w:val="(\d+)"/.exec(p)?.[1],
    text: unescape(
      [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => m[1] ?? '\t').join(''),
    ),
    xml: p,
  }));
}

describe('the committee paper as a Word document', () => {
  let files: Record<string, string>;
  let body: Para[];
  const find = (text: string): Para => {
    const found = body.find((p) => p.text === text);
    assert.ok(found, `no paragraph reads ${JSON.stringify(text)}`);
    return found;
  };
  const styled = (style: string): string[] => body.filter((p) => p.style === style).map((p) => p.text);

  before(async () => {
    const zip = await JSZip.loadAsync(await writeCommitteePaper(PAPER_FIXTURE));
    files = {};
    for (const name of Object.keys(zip.files)) files[name] = await zip.file(name)!.async('string');
    body = paragraphs(files['word/document.xml']!);
  });

  it('gives sections real heading styles: Heading 1 per section, 2 per service, 3 for the responses', () => {
    assert.deepEqual(styled('Heading1'), [
      '1. Purpose of Report',
      '2. Executive Summary',
      '3. Recommendations',
      '4. Reasons for Recommendations',
      '5. Other Options Considered',
      '6. Background',
      '7. Themes from Visits and Head of Service Response',
      '8. Implications',
      'Appendix: Actions from Visits, 1 April 2024 to 31 March 2025',
    ]);
    assert.deepEqual(
      styled('Heading2'),
      PAPER_FIXTURE.themes.services.map((s) => s.heading),
    );
    assert.deepEqual(
      styled('Heading3'),
      Array(3).fill(['Comments from the Head of Service', 'Actions from visits']).flat(),
    );
    assert.match(
      files['word/styles.xml']!,
      /<w:style w:type="paragraph" w:styleId="Heading1">[\s\S]*?<w:b\/>/,
    );
  });

  it('numbers paragraphs 6.1, 6.2 … leaving the quotation unnumbered, italic and indented', () => {
    const background = body.slice(
      body.indexOf(find('6. Background')) + 1,
      body.indexOf(find('7. Themes from Visits and Head of Service Response')),
    );
    const shape = (p: Para): string =>
      p.numId
        ? `• ${p.text}`
        : (/^\d+\.\d+(?=\t)/.exec(p.text)?.[0] ?? (/<w:i\/>/.test(p.xml) ? 'quotation' : p.text));
    assert.deepEqual(background.map(shape), [
      '6.1',
      'quotation',
      '6.2',
      ...PAPER_FIXTURE.intakeTeams.map((team) => `• ${team}`),
      '6.3',
    ]);
    assert.match(background[1]!.xml, /<w:ind w:left="1440"/);
    assert.ok(body.some((p) => p.text.startsWith('7.1\tA summary of the themes from frontline visits')));
  });

  it('makes lists with Word numbering, never typed bullet characters', () => {
    const numbering = files['word/numbering.xml']!;
    for (const team of PAPER_FIXTURE.intakeTeams) {
      const item = find(team);
      assert.equal(item.level, 0);
      const abstract = new RegExp(`<w:num w:numId="${item.numId}"><w:abstractNumId w:val="(\\d+)"`).exec(
        numbering,
      )?.[1];
      assert.ok(abstract, `${team} is in no list`);
      assert.match(
        numbering,
        new RegExp(
          `<w:abstractNum w:abstractNumId="${abstract}"[^>]*>(?:(?!</w:abstractNum>)[\\s\\S])*?<w:lvl w:ilvl="0"[^>]*><w:start w:val="1"/><w:numFmt w:val="bullet"/>`,
        ),
      );
    }
    assert.equal(find('Team capacity').level, 0);
    assert.match(find('Team capacity').xml, /<w:b\/>/);
    assert.equal(find('workloads are high').level, 1);
    assert.equal(find('We have raised the late health reports with the designated nurse.').level, 0);
    assert.doesNotMatch(files['word/document.xml']!, /[•●◦▪]/);
  });

  it('gives each service a three-column table whose header row repeats on every page', () => {
    const tables = [...files['word/document.xml']!.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
      .map(([t]) => t)
      .slice(0, -1);
    assert.equal(tables.length, PAPER_FIXTURE.themes.services.length);
    for (const table of tables) {
      const [header, ...rows] = [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([r]) => r);
      assert.match(header!, /<w:trPr>(?:(?!<\/w:trPr>).)*<w:tblHeader\/>/);
      assert.deepEqual(
        paragraphs(header!).map((p) => p.text),
        COLUMNS.map((c) => COLUMN_TITLES[c]),
      );
      assert.ok(rows.every((r) => !r.includes('<w:tblHeader')));
    }
    const empty = paragraphs(tables[1]!);
    assert.deepEqual(
      empty.slice(-2).map((p) => p.text),
      ['None recorded.', 'None recorded.'],
    );
    assert.equal(
      find(
        'Number of visits in last 12 months: one visit has taken place, in March 2025 (feedback awaited).',
      ).xml.match(/<w:b\/>/g)?.length,
      1,
    );
  });

  it('names each responder in bold before their points, and says when there are none', () => {
    const by = find('Tom Ellis, Head of Service: Eastgate');
    assert.match(by.xml, /<w:b\/>/);
    assert.equal(
      body[body.indexOf(by) + 1]!.text,
      'New laptops < 1.5 kg are being issued to all staff who make home visits.',
    );
    const disabilities = body.findIndex(
      (p) => p.style === 'Heading2' && p.text === 'Children with Disabilities Social Work Team',
    );
    const comments = body.findIndex((p, i) => i > disabilities && p.style === 'Heading3');
    assert.equal(body[comments + 1]!.text, 'None recorded.');
  });

  it('lists each heading’s actions from visits after the comments: by status, then the proposals left', () => {
    /** The paragraphs after a heading's "Actions from visits". */
    const actionsOf = (heading: string): Para[] => {
      const at = body.findIndex((p) => p.style === 'Heading2' && p.text.startsWith(heading));
      return body.slice(body.findIndex((p, i) => i > at && p.text === 'Actions from visits') + 1);
    };
    const after = actionsOf('Child in Need').slice(0, 6);
    assert.deepEqual(
      after.map((p) => p.text),
      [
        'Open (in progress)',
        'Agree a protocol for conference attendance with the police — Priya Shah',
        'Declined',
        'A second office in Eastgate — declined: no budget this year',
        '1 proposed action awaits a decision from the service:',
        'a rolling advert for experienced social workers',
      ],
    );
    assert.match(after[0]!.xml, /<w:b\/>/);
    assert.ok(after[1]!.numId && after[3]!.numId && after[5]!.numId, 'actions are Word list items');
    assert.ok(!after[4]!.numId);
    const counted = find('24 proposed actions await a decision from the service.');
    assert.ok(
      !body[body.indexOf(counted) + 1]!.text.startsWith('Proposal'),
      'many proposals are only counted',
    );
    assert.equal(actionsOf('Children with Disabilities')[0]!.text, 'None recorded.');
  });

  it('ends with an appendix table of every action, its header row repeated on every page', () => {
    const tables = [...files['word/document.xml']!.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([t]) => t);
    const appendix = tables.at(-1)!;
    const [header, ...rows] = [...appendix.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([r]) => r);
    assert.match(header!, /<w:trPr>(?:(?!<\/w:trPr>).)*<w:tblHeader\/>/);
    assert.deepEqual(
      paragraphs(header!).map((p) => p.text),
      ['Service', 'Visit date', 'Action', 'Status', 'Owner', 'Target', 'Note or reason'],
    );
    assert.equal(rows.length, PAPER_FIXTURE.actions.length);
    assert.ok(rows.every((r) => !r.includes('<w:tblHeader')));
    assert.deepEqual(
      paragraphs(rows[1]!).map((p) => p.text),
      Object.values(PAPER_FIXTURE.actions[1]!),
    );
    const last = files['word/document.xml']!.lastIndexOf('Appendix: Actions from Visits');
    assert.ok(last > files['word/document.xml']!.indexOf('8. Implications'), 'the appendix comes last');
  });

  it('says there were no actions when the period had none', async () => {
    const zip = await JSZip.loadAsync(await writeCommitteePaper({ ...PAPER_FIXTURE, actions: [] }));
    const xml = await zip.file('word/document.xml')!.async('string');
    const paras = paragraphs(xml);
    const at = paras.findIndex((p) => p.text.startsWith('Appendix: Actions from Visits'));
    assert.equal(paras[at + 1]!.text, 'None recorded.');
    assert.equal([...xml.matchAll(/<w:tbl>/g)].length, PAPER_FIXTURE.themes.services.length);
  });

  it('shows placeholders highlighted and keeps their words', () => {
    const highlighted = body
      .filter((p) => p.xml.includes('<w:highlight w:val="yellow"/>'))
      .map((p) => p.text);
    assert.deepEqual(highlighted, [
      'Date of Meeting: [To be completed: the date of the meeting]',
      '5.1\t[To be completed: the other options considered]',
    ]);
    assert.match(
      find('Date of Meeting: [To be completed: the date of the meeting]').xml,
      /<w:b\/>[\s\S]*?Date of Meeting: <\/w:t>/,
    );
  });

  it('escapes & < > and keeps curly quotes, so the text reads back as written', () => {
    const xml = files['word/document.xml']!;
    assert.match(xml, /Children &amp; Families Committee/);
    assert.match(xml, /&lt;in their own words&gt;/);
    assert.ok(find('Committee: Children & Families Committee'));
    assert.ok(body.some((p) => p.text.endsWith('experience <in their own words>.')));
    assert.ok(
      find('waiting times for child and adolescent mental health services are > 18 weeks in some areas'),
    );
    assert.ok(find('some plans have actions for “the family” rather than named people'));
  });

  it('has the title, creator and British English in its properties and styles', () => {
    const core = files['docProps/core.xml']!;
    assert.match(core, /<dc:title>Councillor Frontline Visits Annual Report<\/dc:title>/);
    assert.match(core, /<dc:creator>Frontline Visits<\/dc:creator>/);
    assert.match(core, /<dc:language>en-GB<\/dc:language>/);
    assert.doesNotMatch(core, /dcterms:created/, 'no date the caller did not give');
    assert.match(
      files['word/styles.xml']!,
      /<w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial"[^>]*\/><w:sz w:val="22"\/>(?:(?!<\/w:rPr>).)*<w:lang w:val="en-GB"\/>/,
    );
  });

  it('writes the creation date it is given, and the same document for the same paper', async () => {
    const createdAt = new Date('2025-05-20T09:30:00Z');
    const zip = await JSZip.loadAsync(await writeCommitteePaper(PAPER_FIXTURE, { createdAt }));
    assert.match(
      await zip.file('docProps/core.xml')!.async('string'),
      /<dcterms:created xsi:type="dcterms:W3CDTF">2025-05-20T09:30:00Z</,
    );
    assert.equal(await zip.file('word/document.xml')!.async('string'), files['word/document.xml']);
  });

  it('is A4 with "OFFICIAL" above and "Page X of Y" below every page, and no images', () => {
    assert.match(files['word/document.xml']!, /<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    assert.match(files['word/header1.xml']!, /<w:t[^>]*>OFFICIAL<\/w:t>/);
    const footer = files['word/footer1.xml']!;
    assert.match(
      footer,
      /Page <\/w:t>[\s\S]*<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]* of <\/w:t>[\s\S]*<w:instrText[^>]*>NUMPAGES<\/w:instrText>/,
    );
    assert.ok(!Object.keys(files).some((f) => f.startsWith('word/media/')));
    assert.doesNotMatch(files['word/document.xml']!, /<w:drawing>/);
  });
});
