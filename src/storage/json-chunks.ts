/**
 * A string property holds at most 32K UTF-16 characters, so a large JSON value is spread over `name0`,
 * `name1`, ... (an entity has room for 1 MiB in all).
 */
const CHUNK = 30_000;

export function toChunks(name: string, value: unknown): Record<string, string | number> {
  const json = JSON.stringify(value);
  const parts: Record<string, string | number> = {};
  let count = 0;
  for (let start = 0; start < json.length || count === 0; start += CHUNK) {
    parts[`${name}${count}`] = json.slice(start, start + CHUNK);
    count++;
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
