import { createHash } from 'node:crypto';
import type { Column, ReportVisit, SourcePoint } from './types';

/** A bullet marker at a line's start: "-", "*", "•" and the like; "1.", "1)", "(1)", "1.2."; "a)", "iv)". */
const BULLET = /^(?:[-*•·▪◦–—>]+\s*|(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]|\(?[a-z]\)|\(?[ivx]{1,4}\))(?:\s+|$))/i;

/** Words that end in a full stop without ending the sentence: titles before a name, Latin abbreviations. */
const ABBREVIATIONS = new Set([
  'approx',
  'cllr',
  'cf',
  'dept',
  'dr',
  'eg',
  'esp',
  'govt',
  'ie',
  'incl',
  'jr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'prof',
  'rev',
  'sr',
  'st',
  'vs',
]);

/** A full stop, "!" or "?" (and any closing quote or bracket) then a space and what may start a sentence. */
const SENTENCE_END = /[.!?]+["'”’)\]]*\s+(?=["'“‘(]?[\p{Lu}\p{N}])/gu;

/** Splits an answer into points: one per line, bullet markers stripped, a line of several sentences split. */
export function splitPoints(text: string): string[] {
  return text
    .split(/\r?\n|\r/)
    .map((line) => line.trim().replace(BULLET, '').trim())
    .flatMap(sentences)
    .map((point) => point.trim())
    .filter((point) => /[\p{L}\p{N}]/u.test(point));
}

function sentences(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const match of line.matchAll(SENTENCE_END)) {
    const at = match.index;
    if (match[0].startsWith('.') && !endsSentence(line.slice(start, at))) continue;
    out.push(line.slice(start, at + match[0].trimEnd().length));
    start = at + match[0].length;
  }
  out.push(line.slice(start));
  return out;
}

/** Whether a full stop after this text ends a sentence, rather than an abbreviation or an initial. */
function endsSentence(before: string): boolean {
  const word = (/[^\s(“"‘']*$/.exec(before)?.[0] ?? '').toLowerCase();
  // "e.g", "i.e", "a.m", "J", "U.K": single letters, dotted, are initials or abbreviations.
  if (/^(?:\p{L}\.)*\p{L}$/u.test(word)) return false;
  return !ABBREVIATIONS.has(word.replace(/\./g, ''));
}

/** A point's text for comparing and hashing: lower-case, spaces collapsed. */
export function normalisePoint(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The points of a visit's answers, in the answers' order. `columnOf` places each point (by its step, or by
 * its words where a form has no columns); points it places nowhere are left out.
 */
export function pointsOf(
  visit: ReportVisit,
  columnOf: (stepId: string, point: string) => Column | undefined,
): SourcePoint[] {
  return Object.entries(visit.answers).flatMap(([stepId, answer]) => {
    const seen = new Map<string, number>();
    return splitPoints(answer).flatMap((text) => {
      const normal = normalisePoint(text);
      const occurrence = (seen.get(normal) ?? 0) + 1;
      seen.set(normal, occurrence);
      const column = columnOf(stepId, text);
      if (!column) return [];
      const id = pointId(visit.visitId, stepId, normal, occurrence);
      return [{ id, text, column, visitId: visit.visitId, stepId }];
    });
  });
}

/** The first occurrence hashes without a count, so that writing the same point again leaves its id alone. */
function pointId(visitId: string, stepId: string, normal: string, occurrence: number): string {
  const key = [visitId, stepId, normal, ...(occurrence > 1 ? [String(occurrence)] : [])].join('\u0000');
  return createHash('sha1').update(key).digest('hex').slice(0, 12);
}
