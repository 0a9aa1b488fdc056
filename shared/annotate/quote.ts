/**
 * Finding a quoted passage again in a text that may have changed. The lesson from Hypothesis and
 * its users' complaints is that the dangerous failure is not an orphan but a confident wrong
 * match: "Linus" anchored to "chines", a corrected word anchored to another occurrence of the old
 * word, a quote re-anchored to a look-alike paragraph. So, unlike Hypothesis's `matchQuote`, which
 * always returns its best candidate, this matcher
 * - searches only the paragraph(s) the engine's lineage names, never the whole draft;
 * - bounds fuzzy search to a quarter of the quote's length in errors, and not at all for short
 *   quotes, where any fuzziness finds look-alikes;
 * - scores every candidate on quote, prefix, suffix and distance from where the text's own diff
 *   says the passage went (not a raw offset), and refuses candidates below a minimum score;
 * - refuses a candidate away from that place unless its context agrees, and flags a match as
 *   ambiguous when another place scores nearly as well.
 */
import search from 'approx-string-match';
import { CONTEXT_CHARS, type TextQuote } from './schema';

/** Weights of the parts of a candidate's score (they sum to 1). */
export const WEIGHTS = { quote: 0.5, prefix: 0.2, suffix: 0.2, position: 0.1 } as const;
/** A candidate scoring less than this is no match: the passage is reported as gone instead. */
export const MIN_SCORE = 0.6;
/** At least this share of the quote must be found (exactly, or within the fuzzy error bound). */
export const MIN_QUOTE = 0.5;
/**
 * Where the paragraph's own diff maps the passage, less of it may survive: a rewording in place
 * ("should take measures" → "could consider, as appropriate, measures") is the same passage
 * changed, not a look-alike, as long as some of it is left and its context agrees (MIN_SCORE).
 */
export const MIN_MAPPED_QUOTE = 0.2;
/** Fuzzy search allows at most this share of the quote's length in edits. */
export const MAX_ERROR_RATE = 0.25;
/** Quotes shorter than this are only ever matched exactly. */
export const MIN_FUZZY_LENGTH = 12;
/** Two places whose scores differ by less than this are too close to choose between. */
export const AMBIGUITY_MARGIN = 0.05;
/** A candidate away from the expected place needs context at least this similar. */
export const ELSEWHERE_CONTEXT = 0.7;
/** Longest quote compared character by character; longer ones compare by kept characters. */
const MAX_EDIT_COMPARE = 400;

/** The TextQuoteSelector of `text[start, end)`: the passage with up to 32 characters each side. */
export function quoteAt(text: string, start: number, end: number): TextQuote {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

/** Levenshtein distance of two short strings (two rows of the classic table). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** 0..1 similarity of two strings (1 = equal). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const n = Math.max(a.length, b.length);
  if (n > MAX_EDIT_COMPARE) {
    // Long passages: the share of the longer one's characters in the common start and end.
    let p = 0;
    while (p < a.length && p < b.length && a[p] === b[p]) p++;
    let s = 0;
    while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
    return (p + s) / n;
  }
  return 1 - editDistance(a, b) / n;
}

/** How well the text before `start` agrees with the expected prefix (1 when both are empty). */
function prefixScore(text: string, start: number, prefix: string, floor = 0): number {
  // No prefix: the passage began its paragraph; a candidate with text before it agrees less.
  if (!prefix) return text.slice(floor, start).trim() ? 0.5 : 1;
  return similarity(prefix, text.slice(Math.max(floor, start - prefix.length), start));
}

function suffixScore(text: string, end: number, suffix: string, ceiling = text.length): number {
  if (!suffix) return text.slice(end, ceiling).trim() ? 0.5 : 1;
  return similarity(suffix, text.slice(end, Math.min(ceiling, end + suffix.length)));
}

/** A place where the passage might now be. */
export interface Candidate {
  start: number;
  end: number;
  /** 0..1: how much of the quote is there. */
  quote: number;
  /** True for the place the text's own diff maps the passage to. */
  mapped?: boolean;
  /** For the mapped place: the share of the passage's characters the diff kept. */
  kept?: number;
}

/** A candidate with its scores. */
export interface ScoredCandidate extends Candidate {
  prefix: number;
  suffix: number;
  position: number;
  score: number;
}

/** What a search found: the best place, or nothing good enough, and whether it was a close call. */
export interface QuoteMatch {
  start: number;
  end: number;
  score: number;
  /** The text at the place equals the quote. */
  exact: boolean;
  /** Another place scored within AMBIGUITY_MARGIN. */
  ambiguous: boolean;
}

/** Every exact occurrence of `quote` in `text[from, to)` (at most `limit`). */
export function exactOccurrences(text: string, quote: string, from = 0, to = text.length, limit = 200): Candidate[] {
  const out: Candidate[] = [];
  for (let at = text.indexOf(quote, from); at >= 0 && at + quote.length <= to && out.length < limit; at = text.indexOf(quote, at + 1)) {
    out.push({ start: at, end: at + quote.length, quote: 1 });
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** The range widened to whole words and cut of spaces at its ends: a match never starts mid-word. */
export function snapToWords(text: string, start: number, end: number): [number, number] {
  while (start > 0 && start < text.length && WORD_CHAR.test(text[start - 1]!) && WORD_CHAR.test(text[start]!)) start--;
  while (end < text.length && end > 0 && WORD_CHAR.test(text[end - 1]!) && WORD_CHAR.test(text[end]!)) end++;
  while (start < end && /[\s,;:]/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * Approximate occurrences of `quote` within the error bound (none for short quotes), widened to
 * whole words and scored by their similarity to the quote.
 */
export function fuzzyOccurrences(text: string, quote: string): Candidate[] {
  if (quote.length < MIN_FUZZY_LENGTH || !text) return [];
  const maxErrors = Math.floor(quote.length * MAX_ERROR_RATE);
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const m of search(text, quote, maxErrors)) {
    const [start, end] = snapToWords(text, m.start, m.end);
    const key = `${start}:${end}`;
    if (end <= start || seen.has(key)) continue;
    seen.add(key);
    out.push({ start, end, quote: similarity(quote, text.slice(start, end)) });
  }
  return out;
}

export interface ScoreOptions {
  /** Where the passage is expected to start (from the diff, or the stored offset). */
  hint: number | null;
  /** The stretch of text the passage should be in (its paragraph within a joined text). */
  from?: number;
  to?: number;
  /** Expected region [hint, hintEnd]: candidates outside it must have agreeing context. */
  hintEnd?: number;
}

/** Scores candidates for `selector` in `text`. */
export function scoreCandidates(text: string, selector: TextQuote, candidates: readonly Candidate[], o: ScoreOptions): ScoredCandidate[] {
  const from = o.from ?? 0;
  const to = o.to ?? text.length;
  const span = Math.max(50, to - from);
  return candidates.map((c) => {
    const prefix = prefixScore(text, c.start, selector.prefix, from);
    const suffix = suffixScore(text, c.end, selector.suffix, to);
    const position = o.hint === null ? 0.5 : 1 - Math.min(1, Math.abs(c.start - o.hint) / span);
    const score = WEIGHTS.quote * c.quote + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * position;
    return { ...c, prefix, suffix, position, score };
  });
}

/** True when a candidate lies away from the expected region. */
function elsewhere(c: Candidate, o: ScoreOptions): boolean {
  if (o.hint === null || c.mapped) return false;
  const lo = o.hint;
  const hi = Math.max(o.hintEnd ?? o.hint, o.hint);
  const slack = 8;
  return c.end < lo - slack || c.start > hi + slack;
}

/**
 * The best of the scored candidates that passes every rule, or null. A candidate away from the
 * expected place must have context that agrees (the look-alike rule), unless it is a long exact
 * quote found once, which is no look-alike.
 */
export function chooseCandidate(text: string, selector: TextQuote, scored: readonly ScoredCandidate[], o: ScoreOptions): QuoteMatch | null {
  const exactCount = scored.filter((c) => c.quote === 1 && text.slice(c.start, c.end) === selector.exact).length;
  const ok = scored.filter((c) => {
    if (c.score < MIN_SCORE || (c.quote < MIN_QUOTE && !(c.mapped && (c.kept ?? 0) >= MIN_MAPPED_QUOTE))) return false;
    if (!elsewhere(c, o)) return true;
    const context = (c.prefix + c.suffix) / 2;
    return context >= ELSEWHERE_CONTEXT || (c.quote === 1 && exactCount === 1 && selector.exact.length >= 40);
  });
  if (!ok.length) return null;
  ok.sort((a, b) => b.score - a.score || a.start - b.start);
  const best = ok[0]!;
  // The pieces of one mapped place cut by a split are one place, not rivals.
  const rival = ok.find((c) => (c.end <= best.start || c.start >= best.end) && !(c.mapped && best.mapped) && best.score - c.score < AMBIGUITY_MARGIN);
  return { start: best.start, end: best.end, score: best.score, exact: text.slice(best.start, best.end) === selector.exact, ambiguous: !!rival };
}

/**
 * Finds `selector` in `text[from, to)` without a diff to guide it: exact occurrences first, fuzzy
 * ones only when there is none. Used where the passage is located from its quote alone (a set
 * made by another tool, a stored offset that no longer fits).
 */
export function findQuote(text: string, selector: TextQuote, o: ScoreOptions): QuoteMatch | null {
  const from = o.from ?? 0;
  const to = o.to ?? text.length;
  let candidates = exactOccurrences(text, selector.exact, from, to);
  if (!candidates.length) {
    const window = text.slice(from, to);
    candidates = fuzzyOccurrences(window, selector.exact).map((c) => ({ ...c, start: c.start + from, end: c.end + from }));
  }
  return chooseCandidate(text, selector, scoreCandidates(text, selector, candidates, o), o);
}
