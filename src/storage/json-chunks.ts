/**
 * A string property holds at most 32K UTF-16 characters, so a large JSON value is spread over `name0`,
 * `name1`, ... (an entity has room for 1 MiB in all).
 */
const CHUNK = 30_000;

export function toChunks(name: string, value: unknown): Record<string, string | number> {
  const json = JSON.stringify(value);
  const parts: Record<string, string | number> = {};
  let count = 0;
  for (let start = 0; start < json.length || count === 0; count++) {
    let end = Math.min(start + CHUNK, json.length);
    // Never split a character written as two UTF-16 units (an emoji): each property must be valid text.
    if (end < json.length && /[\uD800-\uDBFF]/.test(json[end - 1]!)) end--;
    parts[`${name}${count}`] = json.slice(start, end);
    start = end;
  }
  parts[`${name}Parts`] = count;
  return parts;
}

export function fromChunks<T>(name: string, row: Record<string, unknown>): T {
  const count = Number(row[`${name}Parts`] ?? 0);
  let json = '';
  for (let i = 0; i < count; i++) json += String(row[`${name}${i}`] ?? '');
  return JSON.parse(json) as T;
}
