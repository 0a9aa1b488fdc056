/**
 * Snowball's regions, shared by the stemmers: R1 is the part of a word after the first
 * non-vowel that follows a vowel, R2 the same taken again inside R1. Suffixes are removed only
 * when they lie in the region a rule names, which keeps short words whole.
 */

/** Start of R1 in `word` from `from` (word length when there is none). */
export function regionAfter(word: string, isVowel: (ch: string) => boolean, from = 0): number {
  for (let i = from + 1; i < word.length; i++) {
    if (!isVowel(word[i]!) && isVowel(word[i - 1]!)) return i + 1;
  }
  return word.length;
}

/** R1 and R2 of a word. */
export function regions(word: string, isVowel: (ch: string) => boolean): { r1: number; r2: number } {
  const r1 = regionAfter(word, isVowel);
  return { r1, r2: regionAfter(word, isVowel, r1) };
}

/** The longest of `suffixes` that `word` ends with, or ''. */
export function longestSuffix(word: string, suffixes: readonly string[]): string {
  let best = '';
  for (const s of suffixes) if (s.length > best.length && word.endsWith(s)) best = s;
  return best;
}

/**
 * The longest suffix of `word` among all the groups of a Snowball step, and its group: the
 * longest decides, even when its group's condition then fails (Snowball's "among").
 */
export function longestInGroups<G extends string>(word: string, groups: Readonly<Record<G, readonly string[]>>): { suffix: string; group: G } | null {
  let best: { suffix: string; group: G } | null = null;
  for (const group of Object.keys(groups) as G[]) {
    const s = longestSuffix(word, groups[group]);
    if (s !== '' && (best === null || s.length > best.suffix.length)) best = { suffix: s, group };
  }
  return best;
}
