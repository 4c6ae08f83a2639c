/** A CSV file as RFC 4180 writes it (CRLF, quotes doubled), with a byte-order mark so Excel reads UTF-8. */
export function writeCsv<T extends object>(
  headings: Readonly<Record<keyof T, string>>,
  rows: readonly T[],
): Buffer {
  const keys = Object.keys(headings) as (keyof T)[];
  const lines = [
    keys.map((key) => headings[key]),
    ...rows.map((row) => keys.map((key) => String(row[key] ?? ''))),
  ];
  const text = lines.map((cells) => cells.map(quote).join(',')).join('\r\n');
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}

/** Quotes a cell when it holds a comma, quote or line break; a leading = + - @ is neutralised against formula injection. */
function quote(cell: string): string {
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
