/**
 * The watch-term matcher of a language: the contract of the tracker's matcher (`Matcher` in
 * shared/track/matcher.ts: the same specs, the same matches, offsets into the original text),
 * with the word rules of a profile. A term's words are matched one by one on the folded text
 * (fold.ts), each by its rule:
 * - literally, or in one of a finite set of forms (English "mercenary"/"mercenaries");
 * - by stem: a whole word of the text whose stem is the term word's stem (French, Spanish,
 *   Russian), so every case and number of every word of a phrase counts;
 * - after proclitics: Arabic "والحياد", "بالحياد" are "الحياد" with و, ب and the article;
 * - without word boundaries in scripts written without spaces (Chinese).
 * Between words, as in the tracker's matcher, one space or none ("cyber-mercenaries",
 * "cybermercenaries"); a phrase starting or ending with a letter or digit of a spaced script
 * must start or end a word. At one position a term's wordings are tried in order and, inside a
 * wording, the longer forms and the spaced reading first: the first complete match wins, as a
 * regular expression's alternation would. For English this gives exactly the tracker's matches.
 */
import { foldPhrase, foldText, type FoldedText } from '../track/fold';
import type { Matcher, PatternMatch, PatternSpec } from '../track/matcher';
import { UNSPACED, WORD_CHAR, runEnd, wordCharAt, wordCharBefore } from './script';
import type { WatchTerm } from '../model/schema';
import type { LanguageProfile, MatchRules } from './types';

/** A pattern spec, with the words its matches must not lie inside (see `ScaleEntry.notWithin`). */
export interface LanguagePatternSpec extends PatternSpec {
  notWithin?: readonly string[];
}

/** Candidate ends of one term word matched at `at` in the folded text, preferred first. */
type WordStep = (folded: string, at: number) => number[];

interface Form {
  spec: number;
  steps: WordStep[];
  /** The form starts with a word character of a spaced script: it must start a word. */
  before: boolean;
  /** The form ends with a word character of a spaced script: it must end a word. */
  after: boolean;
}

interface Spec {
  key: string;
  notWithin: readonly string[];
}

const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;
const CACHE_LIMIT = 50_000;

/** The first code point of a string. */
const firstOf = (s: string): string => String.fromCodePoint(s.codePointAt(0)!);

/** How one word of a term is matched, and the characters a match of it can start with. */
function wordStep(word: string, inflect: boolean, last: boolean, rules: MatchRules, stemOf: (w: string) => string): { step: WordStep; first: string[] } {
  const literal: WordStep = (f, at) => (f.startsWith(word, at) ? [at + word.length] : []);
  const spaced = PLAIN_WORD.test(word) && !UNSPACED.test(word);
  if (!spaced) return { step: literal, first: [firstOf(word)] };
  const clitics = rules.proclitics ?? [];
  const minBase = rules.minCliticBase ?? 3;
  const stem = inflect ? rules.stem : undefined;
  if (clitics.length > 0) {
    // The term word, and the term word without its own article: "الحياد" is also "حياد" after "بال".
    const article = rules.article ?? '';
    const bases = [word];
    if (article !== '' && word.startsWith(article) && word.length - article.length >= 2) bases.push(word.slice(article.length));
    const keys = new Set(bases.map((b) => (stem ? stemOf(b) : b)));
    const proclitics = bases.every((b) => b.length < minBase) ? [''] : ['', ...clitics];
    const step: WordStep = (f, at) => {
      const end = runEnd(f, at);
      const text = f.slice(at, end);
      for (const c of proclitics) {
        if (!text.startsWith(c) || (c !== '' && text.length - c.length < minBase)) continue;
        const rest = text.slice(c.length);
        if (keys.has(stem ? stemOf(rest) : rest)) return [end];
      }
      return [];
    };
    return { step, first: [...new Set([...bases.map(firstOf), ...clitics.filter((c) => c !== '').map(firstOf)])] };
  }
  if (stem) {
    const key = stemOf(word);
    const step: WordStep = (f, at) => {
      const end = runEnd(f, at);
      const out: number[] = [];
      if (end > at && stemOf(f.slice(at, end)) === key) out.push(end);
      // Closed up with the next word ("cybernaemniki" for "кибер наемники"): this word as written.
      if (!last && f.startsWith(word, at) && at + word.length < end) out.push(at + word.length);
      return out;
    };
    return { step, first: [firstOf(word)] };
  }
  if (inflect && rules.variants) {
    const forms = [...new Set(rules.variants(word))].sort((a, b) => b.length - a.length);
    const step: WordStep = (f, at) => forms.filter((v) => f.startsWith(v, at)).map((v) => at + v.length);
    return { step, first: [...new Set(forms.map(firstOf))] };
  }
  return { step: literal, first: [firstOf(word)] };
}

/** The first end of a complete match of `form` at `at`, or -1 (a depth-first search, preferred choices first). */
function matchForm(form: Form, f: string, at: number): number {
  const { steps, after } = form;
  const from = (i: number, pos: number): number => {
    if (i === steps.length) return after && wordCharAt(f, pos) ? -1 : pos;
    for (const end of steps[i]!(f, pos)) {
      if (i + 1 < steps.length && f.charCodeAt(end) === 32) {
        const spaced = from(i + 1, end + 1);
        if (spaced >= 0) return spaced;
      }
      const joined = from(i + 1, end);
      if (joined >= 0) return joined;
    }
    return -1;
  };
  return from(0, at);
}

/** True when [start, end) lies inside an occurrence of one of `words` in `f`. */
function inside(f: string, start: number, end: number, words: readonly string[]): boolean {
  for (const w of words) {
    for (let j = Math.max(0, end - w.length); j <= start; j++) if (f.startsWith(w, j)) return true;
  }
  return false;
}

/** Compile pattern specs with a language's word rules into a matcher (the tracker's `Matcher` contract). */
export function compileLanguagePatterns(specs: readonly LanguagePatternSpec[], profile: LanguageProfile): Matcher {
  const rules = profile.matching;
  const stems = new Map<string, string>();
  const stemOf = (w: string): string => {
    let s = stems.get(w);
    if (s === undefined) {
      s = rules.stem ? rules.stem(w) : w;
      if (stems.size < CACHE_LIMIT) stems.set(w, s);
    }
    return s;
  };
  const compiledSpecs: Spec[] = [];
  const byFirst = new Map<string, Form[]>();
  const keys: string[] = [];
  specs.forEach((spec) => {
    const index = compiledSpecs.length;
    const seen = new Set<string>();
    for (const source of spec.forms) {
      const folded = foldPhrase(source);
      if (folded === '' || seen.has(folded)) continue;
      seen.add(folded);
      const words = folded.split(' ');
      const lastIndex = words.length - 1;
      const parts = words.map((w, i) => wordStep(w, spec.inflect && (rules.inflect === 'all' || i === lastIndex), i === lastIndex, rules, stemOf));
      const head = firstOf(folded);
      const tail = [...folded].pop()!;
      const form: Form = {
        spec: index,
        steps: parts.map((p) => p.step),
        before: WORD_CHAR.test(head) && !UNSPACED.test(head),
        after: WORD_CHAR.test(tail) && !UNSPACED.test(tail),
      };
      for (const c of parts[0]!.first) {
        const list = byFirst.get(c);
        if (list) list.push(form);
        else byFirst.set(c, [form]);
      }
    }
    if (seen.size === 0) return;
    compiledSpecs.push({ key: spec.key, notWithin: (spec.notWithin ?? []).map(foldPhrase).filter((w) => w !== '') });
    if (!keys.includes(spec.key)) keys.push(spec.key);
  });
  const firstChars = [...byFirst.keys()];
  const scan = firstChars.length > 0 ? new RegExp(`[${firstChars.map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'gu') : null;

  const matchFolded = (folded: FoldedText): PatternMatch[] => {
    const f = folded.text;
    if (scan === null || f.length === 0) return [];
    const hitKeys: string[] = [];
    const units: number[] = [];
    const lastEnd = new Map<string, number>();
    scan.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = scan.exec(f)) !== null) {
      const at = m.index;
      const startsWord = !wordCharBefore(f, at);
      let tried = -1;
      for (const form of byFirst.get(m[0])!) {
        // Forms come in spec order; once one of a spec's forms matched here, its others are not tried.
        if (form.spec === tried) continue;
        const spec = compiledSpecs[form.spec]!;
        if ((lastEnd.get(spec.key) ?? -1) > at || (form.before && !startsWord)) continue;
        const end = matchForm(form, f, at);
        if (end <= at) continue;
        tried = form.spec;
        if (spec.notWithin.length > 0 && inside(f, at, end, spec.notWithin)) continue;
        lastEnd.set(spec.key, end);
        hitKeys.push(spec.key);
        units.push(at, end - 1);
      }
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

/** Compile watch terms (each its phrase and alternatives, inflected) with a language's rules; matches are keyed by term id. */
export function compileLanguageWatchTerms(terms: readonly WatchTerm[], profile: LanguageProfile): Matcher {
  return compileLanguagePatterns(
    terms.map((t) => ({ key: t.id, forms: [t.phrase, ...(t.alternatives ?? [])], inflect: true })),
    profile,
  );
}
