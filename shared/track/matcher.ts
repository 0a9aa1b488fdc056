/**
 * The watch-term matcher. Every term and each of its alternatives becomes one pattern over the
 * folded text (see fold.ts), with its automatic variants: case, diacritics, hyphen/space/no space
 * between words, singular/plural of the last word, line breaks. All patterns are joined into one
 * regular expression so a paragraph is scanned once, whatever the number of terms; each hit is then
 * attributed to the patterns that match at that position (terms may overlap: "humanitarian law"
 * inside "international humanitarian law" counts for both).
 */
import type { WatchTerm } from '../model/schema';
import { foldPhrase, foldText } from './fold';

/** One thing to look for: a key (the term id) and the wordings that count as it. */
export interface PatternSpec {
  key: string;
  forms: readonly string[];
  /** Add singular/plural variants of the last word (off for modal verbs and the like). */
  inflect: boolean;
}

/** One occurrence, as offsets into the original (unfolded) text. */
export interface PatternMatch {
  key: string;
  start: number;
  end: number;
}

/** A compiled set of patterns; `match` is pure and can be called on any text. */
export interface Matcher {
  readonly keys: readonly string[];
  /** Every occurrence of every pattern, ordered by start then key order; never overlapping within a key. */
  match(text: string): PatternMatch[];
}

// Scripts written without spaces between words: a phrase in them matches without word boundaries.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Simple English inflection of one folded word: the singular and plural forms that should count
 * as the same term (mercenary/mercenaries, law/laws, approach/approaches, status/statuses).
 */
export function inflections(word: string): string[] {
  const forms = new Set([word]);
  if (!/^[a-z]{2,}$/.test(word)) return [...forms];
  const consonantY = /[^aeiou]y$/;
  if (/[^aeiou]ies$/.test(word) && word.length > 4) {
    forms.add(word.slice(0, -3) + 'y');
  } else if (consonantY.test(word)) {
    forms.add(word.slice(0, -1) + 'ies');
  } else if (/(ch|sh|ss|x|z)es$/.test(word)) {
    forms.add(word.slice(0, -2));
  } else if (/(ch|sh|ss|x|z|us|is)$/.test(word)) {
    forms.add(word + 'es');
  } else if (/[^s]s$/.test(word) && word.length > 3) {
    forms.add(word.slice(0, -1));
  } else {
    forms.add(word + 's');
  }
  return [...forms];
}

/** The regular-expression source for one wording, or null when it folds to nothing. */
export function patternSource(form: string, inflect: boolean): string | null {
  const folded = foldPhrase(form);
  if (folded === '') return null;
  const words = folded.split(' ');
  const last = words.length - 1;
  const parts = words.map((w, i) => {
    if (i === last && inflect) {
      const forms = inflections(w).sort((a, b) => b.length - a.length);
      return forms.length > 1 ? `(?:${forms.map(escape).join('|')})` : escape(w);
    }
    return escape(w);
  });
  // Words of a phrase may be written apart, hyphenated (folded to a space) or closed up.
  const body = parts.join(' ?');
  const first = [...folded][0]!;
  const end = [...folded].pop()!;
  const before = WORD_CHAR.test(first) && !UNSPACED.test(first) ? BEFORE : '';
  const after = WORD_CHAR.test(end) && !UNSPACED.test(end) ? AFTER : '';
  return before + body + after;
}

interface Compiled {
  key: string;
  sticky: RegExp;
}

/** Compile a set of patterns into one matcher (one combined scan per text). */
export function compilePatterns(specs: readonly PatternSpec[]): Matcher {
  const compiled: Compiled[] = [];
  const sources: string[] = [];
  for (const spec of specs) {
    const forms = [...new Set(spec.forms.map((f) => patternSource(f, spec.inflect)).filter((s): s is string => s !== null))];
    if (forms.length === 0) continue;
    const source = forms.length === 1 ? forms[0]! : `(?:${forms.join('|')})`;
    compiled.push({ key: spec.key, sticky: new RegExp(source, 'uy') });
    sources.push(source);
  }
  const keys = [...new Set(compiled.map((c) => c.key))];
  const combined = sources.length > 0 ? new RegExp(sources.join('|'), 'gu') : null;
  const match = (text: string): PatternMatch[] => {
    if (combined === null || text.length === 0) return [];
    const folded = foldText(text);
    const f = folded.text;
    const found: PatternMatch[] = [];
    const lastEnd = new Map<string, number>();
    const scan = new RegExp(combined.source, 'gu');
    let m: RegExpExecArray | null;
    while ((m = scan.exec(f)) !== null) {
      const at = m.index;
      // Several patterns may start here, each with its own length; try them all.
      for (const c of compiled) {
        if ((lastEnd.get(c.key) ?? -1) > at) continue;
        c.sticky.lastIndex = at;
        const hit = c.sticky.exec(f);
        if (hit === null || hit[0].length === 0) continue;
        const end = at + hit[0].length;
        lastEnd.set(c.key, end);
        found.push({ key: c.key, start: folded.starts[at]!, end: folded.ends[end - 1]! });
      }
      // Step one code point, not one unit: a Unicode regexp restarted inside a surrogate pair backs up to its start.
      const code = f.charCodeAt(at);
      scan.lastIndex = at + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
    }
    return found;
  };
  return { keys, match };
}

/** The wordings of a watch term: its phrase and the user's alternatives. */
export function termForms(term: WatchTerm): string[] {
  return [term.phrase, ...(term.alternatives ?? [])];
}

/** Compile watch terms; matches are keyed by term id. */
export function compileWatchTerms(terms: readonly WatchTerm[]): Matcher {
  return compilePatterns(terms.map((t) => ({ key: t.id, forms: termForms(t), inflect: true })));
}

/** Offsets of a single term in a text, for highlighting (compiles the term each call). */
export function findTerm(term: WatchTerm, text: string): Array<{ start: number; end: number }> {
  return compileWatchTerms([term])
    .match(text)
    .map(({ start, end }) => ({ start, end }));
}
