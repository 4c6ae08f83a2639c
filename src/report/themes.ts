import { THEMES, type Theme } from './theme-list';

/** The theme a point goes under when no theme's words occur in it. */
export const OTHER = { id: 'other', title: 'Other' } as const;

/** The theme proposed for a point; `matched` is the answer's own word that decided it ("caseloads"). */
export interface ThemeProposal {
  readonly themeId: string;
  readonly title: string;
  readonly matched?: string;
}

interface Word {
  readonly word: string;
  readonly pattern: RegExp;
  /** Lower-case text every match contains: a cheap test that spares most of the patterns (a draft runs thousands). */
  readonly needle: string;
}

const compiled = new WeakMap<Theme, readonly Word[]>();

/** Proposes a theme for a point: the one with most distinct words in it, ties to the earlier; else Other. */
export function proposeTheme(text: string, themes: readonly Theme[] = THEMES): ThemeProposal {
  const lower = text.toLowerCase();
  const found = themes.flatMap((theme, rank) =>
    wordsOf(theme)
      .filter(({ needle }) => lower.includes(needle))
      .flatMap(({ word, pattern }) =>
        [...text.matchAll(pattern)].map((m) => ({ rank, word, start: m.index, end: m.index + m[0].length })),
      ),
  );
  // Longest first, so that "mental health" claims its words before "health" can.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof found = [];
  for (const match of found) {
    if (kept.every((k) => match.end <= k.start || match.start >= k.end)) kept.push(match);
  }
  const scores = new Map<number, Set<string>>();
  for (const match of kept) scores.set(match.rank, (scores.get(match.rank) ?? new Set()).add(match.word));
  const best = [...scores].sort(([a, x], [b, y]) => y.size - x.size || a - b)[0]?.[0];
  const theme = best === undefined ? undefined : themes[best];
  if (!theme) return { themeId: OTHER.id, title: OTHER.title };
  const first = kept.filter((m) => m.rank === best).sort((a, b) => a.start - b.start)[0]!;
  return { themeId: theme.id, title: theme.title, matched: text.slice(first.start, first.end) };
}

/** Each word of a theme as a pattern, by the rules in theme-list.ts; compiled once per theme object. */
function wordsOf(theme: Theme): readonly Word[] {
  let words = compiled.get(theme);
  if (!words) {
    words = theme.words.map((word) => ({ word, pattern: patternOf(word), needle: needleOf(word) }));
    compiled.set(theme, words);
  }
  return words;
}

function patternOf(word: string): RegExp {
  const stem = word.endsWith('*');
  const body = word
    .replace(/\*$/, '')
    .trim()
    .split(/[\s-]+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"))
    .join('[\\s\\-‐–]+');
  const ending = stem ? '[\\p{L}\\p{N}]*' : '(?:s|es)?';
  const capitals = /\p{Lu}/u.test(word) && word === word.toUpperCase();
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${ending}(?![\\p{L}\\p{N}])`, capitals ? 'gu' : 'giu');
}

/** The word's first part up to any apostrophe, lower-cased: present in any text the pattern matches. */
function needleOf(word: string): string {
  return (
    word
      .replace(/\*$/, '')
      .trim()
      .split(/[\s-]+/)[0] ?? ''
  )
    .split(/['’]/)[0]!
    .toLowerCase();
}
