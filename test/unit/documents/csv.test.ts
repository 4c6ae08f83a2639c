import assert from 'node:assert/strict';
import { writeCsv } from '../../../src/documents/csv';

/** A tiny RFC 4180 reader: CRLF records, quoted fields with "" for a quote and line breaks inside quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') {
      assert.equal(field, '', `a quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      assert.ok(c !== '\r' && c !== '\n', `a bare line break outside quotes at ${i}`);
      field += c;
    }
  }
  assert.equal(quoted, false, 'an unclosed quote');
  assert.deepEqual(record, [], 'the last record does not end in CRLF');
  assert.equal(field, '');
  return records;
}

interface Row {
  readonly service: string;
  readonly text: string;
  readonly count?: number;
}
const HEADINGS: Record<keyof Row, string> = { service: 'Service', text: 'Text', count: 'Count' };

const write = (rows: Row[]): string => writeCsv(HEADINGS, rows).toString('utf8');
const cellsOf = (rows: Row[]): string[][] => parseCsv(write(rows).replace(/^\uFEFF/, ''));

describe('CSV files', () => {
  it('starts with a UTF-8 byte-order mark so Excel reads the accents and dashes', () => {
    const bytes = writeCsv(HEADINGS, [{ service: 'ChECS', text: 'Teamwork – café' }]);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.ok(bytes.toString('utf8').includes('Teamwork – café'));
  });

  it('writes the headings, then a line per row, each ending CRLF, columns in the headings’ order', () => {
    assert.equal(
      write([
        { count: 2, text: 'workloads are high', service: 'ChECS' },
        { service: 'Crewe CiN/CP', text: 'team works well together' },
      ]),
      '\uFEFFService,Text,Count\r\nChECS,workloads are high,2\r\nCrewe CiN/CP,team works well together,\r\n',
    );
  });

  it('quotes a cell holding a comma, a quote or a line break, doubling its quotes', () => {
    const lines = write([
      { service: 'Child in Need / Child Protection, Crewe', text: 'the "Grow your own" initiative' },
      { service: 'ChECS', text: 'workloads are high\nlimited ability to access training' },
      { service: 'ChECS', text: 'Liquid Logic\r\nconnectivity issues' },
    ]);
    assert.equal(
      lines,
      '\uFEFFService,Text,Count\r\n' +
        '"Child in Need / Child Protection, Crewe","the ""Grow your own"" initiative",\r\n' +
        'ChECS,"workloads are high\nlimited ability to access training",\r\n' +
        'ChECS,"Liquid Logic\r\nconnectivity issues",\r\n',
    );
  });

  it('neutralises a cell starting = + - @ (a formula in a spreadsheet) with a quote mark', () => {
    const cells = cellsOf([
      { service: 'ChECS', text: '=HYPERLINK("http://evil.example","click")' },
      { service: 'ChECS', text: '+44 1270 686000' },
      { service: 'ChECS', text: '- workloads are high' },
      { service: 'ChECS', text: '@SUM(A1:A9)' },
      { service: 'ChECS', text: '\t=1+1' },
      { service: 'ChECS', text: 'caseloads - 25 each = too many' },
    ]);
    assert.deepEqual(
      cells.slice(1).map((r) => r[1]),
      [
        `'=HYPERLINK("http://evil.example","click")`,
        "'+44 1270 686000",
        "'- workloads are high",
        "'@SUM(A1:A9)",
        "'\t=1+1",
        'caseloads - 25 each = too many',
      ],
    );
    assert.ok(!/(^|,)[=+\-@]/m.test(write([{ service: '=cmd', text: '-2' }]).replace(/^\uFEFF/, '')));
  });

  it('reads back exactly as written, whatever the cell holds', () => {
    const rows: Row[] = [
      {
        service: 'Cheshire East Consultation Service (ChECS)',
        text: 'Teamwork – the team work well',
        count: 3,
      },
      { service: 'Crewe, CiN/CP', text: 'She said "we are stretched",\r\nthen "but proud".', count: 0 },
      { service: 'Macclesfield CiN/CP', text: '' },
      { service: '', text: 'trailing comma,' },
      { service: 'ChECS', text: '""' },
      { service: 'ChECS', text: 'line one\nline two\n\nline four' },
    ];
    const cells = cellsOf(rows);
    assert.deepEqual(cells, [
      ['Service', 'Text', 'Count'],
      ...rows.map((r) => [r.service, r.text, r.count === undefined ? '' : String(r.count)]),
    ]);
  });

  it('a row with no data is a line of empty cells', () => {
    assert.deepEqual(cellsOf([{ service: '', text: '' }]), [
      ['Service', 'Text', 'Count'],
      ['', '', ''],
    ]);
  });
});
