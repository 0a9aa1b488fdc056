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
import { UNSPACED, WORD_CHAR, runEnd, wordCharAt } from './script';
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
  /** Order of the form among all (spec order, then wording order): the order tried at one position. */
  order: number;
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

/**
 * Where a first word can be looked up at a word start: by the first character of the text there
 * (literal words, finite forms, closed-up compounds) or by a key of the whole text word (its stem,
 * or what is left once a proclitic is removed, stemmed or not: "s:" and "r:" keys).
 */
interface WordIndex {
  /** The first characters of the word's written forms: up to two, the most a word start is looked up by. */
  chars: string[];
  keys: string[];
}

const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;
const CACHE_LIMIT = 50_000;

/** The first code point of a string. */
const firstOf = (s: string): string => String.fromCodePoint(s.codePointAt(0)!);
/** The first two UTF-16 units of a word (one for a one-unit word): the lookup key of a word start. */
const headOf = (s: string): string => s.slice(0, 2);

/** How one word of a term is matched, and how a match of it is found (see `WordIndex`). */
function wordStep(word: string, inflect: boolean, last: boolean, rules: MatchRules, stemOf: (w: string) => string): { step: WordStep; index: WordIndex } {
  const literal: WordStep = (f, at) => (f.startsWith(word, at) ? [at + word.length] : []);
  const byChar = { chars: [headOf(word)], keys: [] };
  const spaced = PLAIN_WORD.test(word) && !UNSPACED.test(word);
  if (!spaced) return { step: literal, index: byChar };
  const clitics = rules.proclitics ?? [];
  const minBase = rules.minCliticBase ?? 3;
  const stem = inflect ? rules.stem : undefined;
  const keyOf = (w: string): string => (stem ? `s:${stemOf(w)}` : `r:${w}`);
  if (clitics.length > 0) {
    // The term word, and the term word without its own article: "الحياد" is also "حياد" after "بال".
    const article = rules.article ?? '';
    const bases = [word];
    if (article !== '' && word.startsWith(article) && word.length - article.length >= 2) bases.push(word.slice(article.length));
    const keys = new Set(bases.map(keyOf));
    const proclitics = bases.every((b) => b.length < minBase) ? [''] : ['', ...clitics];
    const step: WordStep = (f, at) => {
      const end = runEnd(f, at);
      const text = f.slice(at, end);
      for (const c of proclitics) {
        if (!text.startsWith(c) || (c !== '' && text.length - c.length < minBase)) continue;
        if (keys.has(keyOf(text.slice(c.length)))) return [end];
      }
      return [];
    };
    return { step, index: { chars: [], keys: [...keys] } };
  }
  if (stem) {
    const key = stemOf(word);
    const step: WordStep = (f, at) => {
      const end = runEnd(f, at);
      const out: number[] = [];
      if (end > at && stemOf(f.slice(at, end)) === key) out.push(end);
      // Closed up with the next word ("кибернаемники" for "кибер наемники"): this word as written.
      if (!last && f.startsWith(word, at) && at + word.length < end) out.push(at + word.length);
      return out;
    };
    return { step, index: { chars: last ? [] : [headOf(word)], keys: [`s:${key}`] } };
  }
  if (inflect && rules.variants) {
    const forms = [...new Set(rules.variants(word))].sort((a, b) => b.length - a.length);
    const step: WordStep = (f, at) => {
      const out: number[] = [];
      for (const v of forms) if (f.startsWith(v, at)) out.push(at + v.length);
      return out;
    };
    return { step, index: { chars: [...new Set(forms.map(headOf))], keys: [] } };
  }
  return { step: literal, index: byChar };
}

/** The first end of a complete match of `form`'s words from word `i` at `pos`, or -1 (depth first, preferred choices first). */
function matchForm(form: Form, f: string, i: number, pos: number): number {
  const { steps, after } = form;
  if (i === steps.length) return after && wordCharAt(f, pos) ? -1 : pos;
  for (const end of steps[i]!(f, pos)) {
    if (i + 1 < steps.length && f.charCodeAt(end) === 32) {
      const spaced = matchForm(form, f, i + 1, end + 1);
      if (spaced >= 0) return spaced;
    }
    const joined = matchForm(form, f, i + 1, end);
    if (joined >= 0) return joined;
  }
  return -1;
}

/** True when [start, end) lies inside an occurrence of one of `words` in `f`. */
function inside(f: string, start: number, end: number, words: readonly string[]): boolean {
  for (const w of words) {
    for (let j = Math.max(0, end - w.length); j <= start; j++) if (f.startsWith(w, j)) return true;
  }
  return false;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
};

const WORD_RUN = /[\p{L}\p{N}]+/gu;

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
  // Forms that start a word, found by the first character or by a key of the text word there;
  // forms that may start anywhere (punctuation first, or an unspaced script), by their first character.
  const atWordByChar = new Map<string, Form[]>();
  const atWordByKey = new Map<string, Form[]>();
  const anywhere = new Map<string, Form[]>();
  const keys: string[] = [];
  let order = 0;
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
        order: order++,
        steps: parts.map((p) => p.step),
        before: WORD_CHAR.test(head) && !UNSPACED.test(head),
        after: WORD_CHAR.test(tail) && !UNSPACED.test(tail),
      };
      const { chars, keys: wordKeys } = parts[0]!.index;
      for (const c of chars) push(form.before ? atWordByChar : anywhere, form.before ? c : firstOf(c), form);
      for (const k of wordKeys) push(atWordByKey, k, form);
    }
    if (seen.size === 0) return;
    compiledSpecs.push({ key: spec.key, notWithin: (spec.notWithin ?? []).map(foldPhrase).filter((w) => w !== '') });
    if (!keys.includes(spec.key)) keys.push(spec.key);
  });
  const clitics = ['', ...(rules.proclitics ?? [])];
  const minBase = rules.minCliticBase ?? 3;
  const anywhereChars = [...anywhere.keys()];
  const scan = anywhereChars.length > 0 ? new RegExp(`[${anywhereChars.map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'gu') : null;
  const empty = atWordByChar.size === 0 && atWordByKey.size === 0 && scan === null;

  const NONE: Form[] = [];
  /**
   * The forms that may match at a word start: by the text's first one and two characters there
   * (a form's first word may run past the word: "a/70/174"), and by the keys of the word itself.
   */
  const formsAtWord = (f: string, at: number, wordEnd: number): Form[] => {
    const short = atWordByChar.get(f.slice(at, at + 1)) ?? NONE;
    const head = atWordByChar.get(f.slice(at, at + 2)) ?? NONE;
    let found = short.length === 0 ? head : head.length === 0 ? short : short.concat(head);
    if (atWordByKey.size > 0) {
      const word = f.slice(at, wordEnd);
      for (const c of clitics) {
        if (!word.startsWith(c) || (c !== '' && word.length - c.length < minBase)) continue;
        const rest = c === '' ? word : word.slice(c.length);
        for (const k of [`r:${rest}`, `s:${stemOf(rest)}`]) {
          const more = atWordByKey.get(k);
          if (more) found = found.concat(more);
        }
      }
    }
    return found;
  };

  const matchFolded = (folded: FoldedText): PatternMatch[] => {
    const f = folded.text;
    if (empty || f.length === 0) return [];
    // Candidate positions in order: word starts (with the word's end), and where a form that may
    // start anywhere begins (end -1 when that is not a word start).
    const starts: number[] = [];
    const wordEnds: number[] = [];
    if (atWordByChar.size > 0 || atWordByKey.size > 0) {
      WORD_RUN.lastIndex = 0;
      let w: RegExpExecArray | null;
      while ((w = WORD_RUN.exec(f)) !== null) {
        starts.push(w.index);
        wordEnds.push(WORD_RUN.lastIndex);
      }
    }
    if (scan !== null) {
      const wordStarts = new Set(starts);
      const extra: number[] = [];
      scan.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = scan.exec(f)) !== null) if (!wordStarts.has(m.index)) extra.push(m.index);
      if (extra.length > 0) {
        const ends = new Map(starts.map((at, i) => [at, wordEnds[i]!]));
        starts.push(...extra);
        starts.sort((a, b) => a - b);
        wordEnds.length = 0;
        for (const at of starts) wordEnds.push(ends.get(at) ?? -1);
      }
    }
    const hitKeys: string[] = [];
    const units: number[] = [];
    const lastEnd = new Map<string, number>();
    for (let n = 0; n < starts.length; n++) {
      const at = starts[n]!;
      const end = wordEnds[n]!;
      let forms = end < 0 ? NONE : formsAtWord(f, at, end);
      if (scan !== null) {
        const more = anywhere.get(firstOf(f.slice(at, at + 2)));
        if (more) forms = forms.concat(more);
      }
      if (forms.length === 0) continue;
      if (forms.length > 1) forms = [...forms].sort((a, b) => a.order - b.order);
      let done = -1;
      for (const form of forms) {
        // Once one of a spec's forms matched here, its others are not tried (as in an alternation).
        if (form.spec === done) continue;
        const spec = compiledSpecs[form.spec]!;
        if ((lastEnd.get(spec.key) ?? -1) > at) continue;
        const stop = matchForm(form, f, 0, at);
        if (stop <= at) continue;
        done = form.spec;
        if (spec.notWithin.length > 0 && inside(f, at, stop, spec.notWithin)) continue;
        lastEnd.set(spec.key, stop);
        hitKeys.push(spec.key);
        units.push(at, stop - 1);
      }
    }
    if (hitKeys.length === 0) return [];
    const found: PatternMatch[] = new Array<PatternMatch>(hitKeys.length);
    if (folded.spans) {
      const { starts: s0, ends } = folded.spans(units);
      for (let i = 0; i < hitKeys.length; i++) found[i] = { key: hitKeys[i]!, start: s0[2 * i]!, end: ends[2 * i + 1]! };
    } else {
      const { starts: s0, ends } = folded.offsets();
      for (let i = 0; i < hitKeys.length; i++) found[i] = { key: hitKeys[i]!, start: s0[units[2 * i]!]!, end: ends[units[2 * i + 1]!]! };
    }
    return found;
  };
  const match = (text: string): PatternMatch[] => (empty || text.length === 0 ? [] : matchFolded(foldText(text)));
  return { keys, match, matchFolded };
}

/** Compile watch terms (each its phrase and alternatives, inflected) with a language's rules; matches are keyed by term id. */
export function compileLanguageWatchTerms(terms: readonly WatchTerm[], profile: LanguageProfile): Matcher {
  return compileLanguagePatterns(
    terms.map((t) => ({ key: t.id, forms: [t.phrase, ...(t.alternatives ?? [])], inflect: true })),
    profile,
  );
}
