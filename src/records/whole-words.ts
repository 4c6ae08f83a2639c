/** A letter, digit or underscore in any script: what a word is made of, so "Ann" is not found in "Annual". */
const WORD = '[\\p{L}\\p{M}\\p{N}_]';

/** Text with each key of `words` that stands as a whole word replaced by its value (longer keys first). */
export function replaceWholeWords(text: string, words: ReadonlyMap<string, string>): string {
  const pattern = wholeWordPattern([...words.keys()]);
  return pattern ? text.replace(pattern, (found) => words.get(found) ?? found) : text;
}

/** One expression matching any of `words` as a whole word, longest first; undefined for none. */
export function wholeWordPattern(words: readonly string[]): RegExp | undefined {
  const alternatives = [...new Set(words)]
    .filter((w) => w.length > 0)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  if (alternatives.length === 0) return undefined;
  return new RegExp(`(?<!${WORD})(?:${alternatives.join('|')})(?!${WORD})`, 'gu');
}

/** A JSON-like value with `replace` applied to every string value in it; keys stay as they are. */
export function mapStrings<T>(value: T, replace: (text: string) => string): T {
  if (typeof value === 'string') return replace(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, replace)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, replace)])) as T;
  }
  return value;
}
