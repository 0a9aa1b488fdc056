/**
 * The watch-term matcher. Every term and each of its alternatives becomes one pattern over the
 * folded text (see fold.ts), with its automatic variants: case, diacritics, hyphen/space/no space
 * between words, singular/plural of the last word, line breaks. All patterns are joined into one
 * regular expression so a paragraph is scanned once, whatever the number of terms; each hit is then
 * attributed to the patterns that match at that position (terms may overlap: "humanitarian law"
 * inside "international humanitarian law" counts for both).
 */
import type { WatchTerm } from '../model/schema';
import { foldPhrase, foldText, type FoldedText } from './fold';

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
  /** The same on a text already folded (several matchers can share one fold). */
  matchFolded(folded: FoldedText): PatternMatch[];
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
  const p = patternParts(form, inflect);
  return p && p.before + p.body + p.after;
}

/** A wording's pattern in three parts: leading boundary, body, trailing boundary. */
function patternParts(form: string, inflect: boolean): { before: string; body: string; after: string } | null {
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
  return { before, body, after };
}

interface Compiled {
  key: string;
  sticky: RegExp;
}

/** Compile a set of patterns into one matcher (one combined scan per text). */
export function compilePatterns(specs: readonly PatternSpec[]): Matcher {
  // The scanner only finds candidate positions (the sticky patterns decide), so it may match more
  // than they do. It drops the Unicode lookarounds, which would be tried at every position of
  // every branch, for one ASCII \b before the patterns starting with an ASCII letter or digit
  // (preceded by no letter or digit, such a match is preceded by no \w either, folding having
  // turned "_" into a space): a plain alternation of literals the engine scans quickly.
  const wordInitial: string[] = [];
  const anywhere: string[] = [];
  // Patterns by the first folded character they can start with: at a hit, only those are tried.
  const byFirst = new Map<string, Compiled[]>();
  const keys: string[] = [];
  for (const spec of specs) {
    const forms = new Map<string, string>();
    for (const f of spec.forms) {
      const parts = patternParts(f, spec.inflect);
      if (parts === null) continue;
      const first = [...foldPhrase(f)][0]!;
      forms.set(parts.before + parts.body + parts.after, first);
      (/^[a-z0-9]$/.test(first) ? wordInitial : anywhere).push(parts.body);
    }
    if (forms.size === 0) continue;
    const source = forms.size === 1 ? [...forms.keys()][0]! : `(?:${[...forms.keys()].join('|')})`;
    const compiled: Compiled = { key: spec.key, sticky: new RegExp(source, 'uy') };
    for (const first of new Set(forms.values())) {
      const list = byFirst.get(first);
      if (list) list.push(compiled);
      else byFirst.set(first, [compiled]);
    }
    if (!keys.includes(spec.key)) keys.push(spec.key);
  }
  const branches = [...(wordInitial.length ? [`\\b(?:${[...new Set(wordInitial)].join('|')})`] : []), ...new Set(anywhere)];
  // One scanner serves every call: matching is synchronous, so it is never shared mid-scan.
  const scan = branches.length > 0 ? new RegExp(branches.join('|'), 'g') : null;
  const matchFolded = (folded: FoldedText): PatternMatch[] => {
    const f = folded.text;
    if (scan === null || f.length === 0) return [];
    // Hits in folded units first ([first unit, last unit] pairs): the original offsets of all of
    // them come from one walk of the text, and only when there is a hit.
    const hitKeys: string[] = [];
    const units: number[] = [];
    let lastEnd: Map<string, number> | null = null;
    scan.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = scan.exec(f)) !== null) {
      const at = m.index;
      const code = f.charCodeAt(at);
      const wide = code >= 0xd800 && code <= 0xdbff;
      // Several patterns may start here, each with its own length; try those that can.
      for (const c of byFirst.get(wide ? f.slice(at, at + 2) : f[at]!) ?? []) {
        lastEnd ??= new Map();
        if ((lastEnd.get(c.key) ?? -1) > at) continue;
        c.sticky.lastIndex = at;
        const hit = c.sticky.exec(f);
        if (hit === null || hit[0].length === 0) continue;
        const end = at + hit[0].length;
        lastEnd.set(c.key, end);
        hitKeys.push(c.key);
        units.push(at, end - 1);
      }
      // Step one code point, not one unit: a Unicode regexp restarted inside a surrogate pair backs up to its start.
      scan.lastIndex = at + (wide ? 2 : 1);
    }
    if (hitKeys.length === 0) return [];
    const found: PatternMatch[] = new Array<PatternMatch>(hitKeys.length);
    if (folded.spans) {
      const { starts, ends } = folded.spans(units);
      for (let i = 0; i < hitKeys.length; i++) found[i] = { key: hitKeys[i]!, start: starts[2 * i]!, end: ends[2 * i + 1]! };
    } else {
      const { starts, ends } = folded.offsets();
      for (let i = 0; i < hitKeys.length; i++) found[i] = { key: hitKeys[i]!, start: starts[units[2 * i]!]!, end: ends[units[2 * i + 1]!]! };
    }
    return found;
  };
  const match = (text: string): PatternMatch[] => (scan === null || text.length === 0 ? [] : matchFolded(foldText(text)));
  return { keys, match, matchFolded };
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
