/**
 * Blackline cleanup: turns a token-level diff into what a lawyer expects to read. Changes are
 * whole words; a lone short word, space or comma left "equal" between two changes is folded
 * into the change, so "should, as appropriate," / "could" reads as one struck phrase and one
 * inserted word instead of a patchwork.
 */
import { isWordToken } from './tokenize';

/** A diff segment over tokens; `'='` segments hold the base tokens. */
export interface TokenSegment {
  op: '=' | '-' | '+';
  tokens: string[];
}

/** Longest word (in characters) that may be folded into surrounding changes. */
const SHORT_WORD = 4;

/** True when `t` has more than `n` code points (counted without making an array of them). */
function longerThan(t: string, n: number): boolean {
  if (t.length <= n) return false;
  let points = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length) {
      const d = t.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    if (++points > n) return true;
  }
  return false;
}

/** An equal stretch too small to stand on its own between two changes. */
function isIsland(tokens: readonly string[]): boolean {
  let words = 0;
  for (const t of tokens) {
    if (!isWordToken(t)) continue;
    words++;
    if (words > 1 || longerThan(t, SHORT_WORD)) return false;
  }
  return tokens.length <= 3 || words === 0;
}

/** The tokens of several segments read as one; a run of one segment keeps its array (token arrays are never changed). */
function joined(run: readonly TokenSegment[]): string[] {
  if (run.length === 1) return run[0]!.tokens;
  let n = 0;
  for (const s of run) n += s.tokens.length;
  const out = new Array<string>(n);
  let o = 0;
  for (const s of run) for (const t of s.tokens) out[o++] = t;
  return out;
}

/**
 * Groups consecutive segments so that each run of changes is one deletion followed by one
 * insertion (either may be absent), and equal segments are merged.
 */
export function normalizeSegments(segments: readonly TokenSegment[]): TokenSegment[] {
  // Each run's segments are collected and their tokens copied once, at the end of the run:
  // concatenating per token is quadratic on long paragraphs, and copying every token at every
  // pass was most of the allocation of a word diff.
  const out: TokenSegment[] = [];
  const del: TokenSegment[] = [];
  const ins: TokenSegment[] = [];
  const equal: TokenSegment[] = [];
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k]!;
    if (s.tokens.length === 0) continue;
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
  if (first.length) out.push({ op: first[0]!.op, tokens: joined(first) });
  first.length = 0;
  if (second?.length) out.push({ op: second[0]!.op, tokens: joined(second) });
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
      if (s.op === '=' && prev && prev.op !== '=' && next && next.op !== '=' && isIsland(s.tokens)) {
        out.push({ op: '-', tokens: s.tokens }, { op: '+', tokens: s.tokens });
        changed = true;
      } else out.push(s);
    }
    // Without a change `out` is `segs` again, already normalised.
    if (!changed) return segs;
    segs = normalizeSegments(out);
  }
}
