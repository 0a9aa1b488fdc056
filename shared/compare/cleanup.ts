/**
 * Blackline cleanup: turns a token-level diff into what a lawyer expects to read. Changes are
 * whole words; a lone short word, space or comma left "equal" between two changes is folded
 * into the change, so "should, as appropriate," / "could" reads as one struck phrase and one
 * inserted word instead of a patchwork.
 */

/**
 * A diff segment over tokens: their text (`'='` segments hold the base's) and what the island
 * test needs to know of them, so no array of tokens is kept per segment.
 */
export interface TokenSegment {
  op: '=' | '-' | '+';
  /** The tokens joined. */
  text: string;
  /** How many tokens (a segment of none is dropped). */
  count: number;
  /** How many of them carry a word (`isWordToken`); counted for `'='` segments only. */
  words: number;
  /** Some word among them is longer than a short word; for `'='` segments only. */
  longWord: boolean;
}

/** Longest word (in characters) that may be folded into surrounding changes. */
const SHORT_WORD = 4;

/** True when `t[start, end)` has more than `n` code points (counted without making an array of them). */
function longerThan(t: string, n: number, start = 0, end = t.length): boolean {
  if (end - start <= n) return false;
  let points = 0;
  for (let i = start; i < end; i++) {
    const c = t.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const d = t.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    if (++points > n) return true;
  }
  return false;
}

/** True when `text[start, end)` has more code points than a short word (a word that long is never folded). */
export const longerThanShortWord = (text: string, start = 0, end = text.length): boolean => longerThan(text, SHORT_WORD, start, end);

/** An equal stretch too small to stand on its own between two changes: no word but one short one, and few tokens or no word. */
const isIsland = (s: TokenSegment): boolean => s.words <= 1 && !s.longWord && (s.count <= 3 || s.words === 0);

/** The segments of a run read as one; a run of one segment keeps it. */
function joined(run: readonly TokenSegment[]): TokenSegment {
  if (run.length === 1) return run[0]!;
  const first = run[0]!;
  const out: TokenSegment = { op: first.op, text: first.text, count: first.count, words: first.words, longWord: first.longWord };
  for (let k = 1; k < run.length; k++) {
    const s = run[k]!;
    out.text += s.text;
    out.count += s.count;
    out.words += s.words;
    out.longWord ||= s.longWord;
  }
  return out;
}

/** A run's segments, collected by `normalizeSegments` (emptied by each flush, so one set serves every call). */
const runDel: TokenSegment[] = [];
const runIns: TokenSegment[] = [];
const runEqual: TokenSegment[] = [];

/**
 * Groups consecutive segments so that each run of changes is one deletion followed by one
 * insertion (either may be absent), and equal segments are merged.
 */
export function normalizeSegments(segments: readonly TokenSegment[]): TokenSegment[] {
  // Each run's segments are collected and joined once, at the end of the run.
  const out: TokenSegment[] = [];
  const del = runDel;
  const ins = runIns;
  const equal = runEqual;
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k]!;
    if (s.count === 0) continue;
    if (s.op === '=') {
      flushRun(del, ins, out);
      equal.push(s);
    } else {
      flushRun(equal, null, out);
      (s.op === '-' ? del : ins).push(s);
    }
  }
  flushRun(del, ins, out);
  flushRun(equal, null, out);
  return out;
}

/** Ends a run: its segments (`first`, then `second`) joined into one segment each, and both emptied. */
function flushRun(first: TokenSegment[], second: TokenSegment[] | null, out: TokenSegment[]): void {
  if (first.length) out.push(joined(first));
  first.length = 0;
  if (second?.length) out.push(joined(second));
  if (second) second.length = 0;
}

/** Folds small equal islands between changes into the changes, until none is left. */
export function absorbIslands(segments: readonly TokenSegment[]): TokenSegment[] {
  let segs = normalizeSegments(segments);
  for (;;) {
    let changed = false;
    const out: TokenSegment[] = [];
    for (let i = 0; i < segs.length; i++) {
      const s = segs[i]!;
      const prev = out[out.length - 1];
      const next = segs[i + 1];
      if (s.op === '=' && prev && prev.op !== '=' && next && next.op !== '=' && isIsland(s)) {
        out.push({ op: '-', text: s.text, count: s.count, words: 0, longWord: false }, { op: '+', text: s.text, count: s.count, words: 0, longWord: false });
        changed = true;
      } else out.push(s);
    }
    // Without a change `out` is `segs` again, already normalised.
    if (!changed) return segs;
    segs = normalizeSegments(out);
  }
}
