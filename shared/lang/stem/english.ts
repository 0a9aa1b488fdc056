/**
 * English inflection for matching watched terms: the singular and plural forms of a folded word
 * that count as it (mercenary/mercenaries, law/laws, approach/approaches, status/statuses).
 * English needs no stemmer here: a term's words other than the last do not inflect ("cyber
 * mercenaries"), and the last one only in number. The first rule that applies gives the other form.
 */

interface Rule {
  when: RegExp;
  /** The rule applies only to words longer than this. */
  longerThan?: number;
  other: (word: string) => string;
}

const RULES: readonly Rule[] = [
  { when: /[^aeiou]ies$/, longerThan: 4, other: (w) => w.slice(0, -3) + 'y' },
  { when: /[^aeiou]y$/, other: (w) => w.slice(0, -1) + 'ies' },
  { when: /(?:ch|sh|ss|x|z)es$/, other: (w) => w.slice(0, -2) },
  { when: /(?:ch|sh|ss|x|z|us|is)$/, other: (w) => w + 'es' },
  { when: /[^s]s$/, longerThan: 3, other: (w) => w.slice(0, -1) },
  { when: /$/, other: (w) => w + 's' },
];

/** The word and its other number, for plain lower-case words of two letters or more; else the word alone. */
export function englishVariants(word: string): string[] {
  if (!/^[a-z]{2,}$/.test(word)) return [word];
  const rule = RULES.find((r) => r.when.test(word) && word.length > (r.longerThan ?? 0))!;
  return [word, rule.other(word)];
}
