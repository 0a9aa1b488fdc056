/**
 * Blackline cleanup: turns a token-level diff into what a lawyer expects to read. Changes are
 * whole words; a lone short word, space or comma left "equal" between two changes is folded
 * into the change, so "should, as appropriate," / "could" reads as one struck phrase and one
 * inserted word instead of a patchwork.
 */

import { DEL, EQ, INS } from './code-diff';
import { grown } from './grow';

/**
 * A diff over tokens as segments in parallel arrays: no object and no string per segment, only
 * where each segment's text stands. `'='` and `'-'` segments are stretches of the base text,
 * `'+'` segments of the target text; an `'='` segment also says where its text (the same code
 * units) starts in the target. The island test's facts ride along: how many tokens, how many of
 * them carry a word, whether one is longer than a short word (the last two for `'='` only).
 * The segments of a diff tile each text in order, so a run of them is one stretch.
 */
export class Segments {
  length = 0;
  /** The kind: `DEL`, `EQ` or `INS`, as the token-code diff numbers them. */
  op = new Int8Array(64);
  start = new Int32Array(64);
  end = new Int32Array(64);
  /** For `'='`: where its text starts in the target. */
  other = new Int32Array(64);
  count = new Int32Array(64);
  words = new Int32Array(64);
  longWord = new Uint8Array(64);

  push(op: number, start: number, end: number, other: number, count: number, words: number, longWord: boolean | number): void {
    const k = this.length;
    if (k === this.op.length) this.grow();
    this.op[k] = op;
    this.start[k] = start;
    this.end[k] = end;
    this.other[k] = other;
    this.count[k] = count;
    this.words[k] = words;
    this.longWord[k] = longWord ? 1 : 0;
    this.length = k + 1;
  }

  /** Appends segment `k` of `from`. */
  copy(from: Segments, k: number): void {
    this.push(from.op[k]!, from.start[k]!, from.end[k]!, from.other[k]!, from.count[k]!, from.words[k]!, from.longWord[k]!);
  }

  private grow(): void {
    const n = this.op.length * 2;
    this.op = grown(this.op, n);
    this.longWord = grown(this.longWord, n);
    this.start = grown(this.start, n);
    this.end = grown(this.end, n);
    this.other = grown(this.other, n);
    this.count = grown(this.count, n);
    this.words = grown(this.words, n);
  }
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
const isIsland = (s: Segments, k: number): boolean => s.words[k]! <= 1 && !s.longWord[k] && (s.count[k]! <= 3 || s.words[k] === 0);

/** One run of segments of a kind being read as one segment: where it starts and ends, and its facts summed. */
class Run {
  size = 0;
  start = 0;
  end = 0;
  other = 0;
  count = 0;
  words = 0;
  longWord = 0;
  add(s: Segments, k: number): void {
    if (this.size++ === 0) {
      this.start = s.start[k]!;
      this.other = s.other[k]!;
      this.count = this.words = this.longWord = 0;
    }
    this.end = s.end[k]!;
    this.count += s.count[k]!;
    this.words += s.words[k]!;
    this.longWord |= s.longWord[k]!;
  }
  /** Ends the run: appended to `out` as one segment of kind `op` (when it has any), and emptied. */
  flush(op: number, out: Segments): void {
    if (this.size === 0) return;
    out.push(op, this.start, this.end, this.other, this.count, this.words, this.longWord);
    this.size = 0;
  }
}

/** A run's segments, collected by `normalizeSegments` (emptied by each flush, so one set serves every call). */
const runDel = new Run();
const runIns = new Run();
const runEqual = new Run();

/**
 * Groups consecutive segments of `segments` into `out` (emptied first) so that each run of
 * changes is one deletion followed by one insertion (either may be absent), and equal segments
 * are merged; segments of no token are dropped.
 */
export function normalizeSegments(segments: Segments, out: Segments): void {
  out.length = 0;
  for (let k = 0; k < segments.length; k++) {
    if (segments.count[k] === 0) continue;
    const op = segments.op[k]!;
    if (op === EQ) {
      runDel.flush(DEL, out);
      runIns.flush(INS, out);
      runEqual.add(segments, k);
    } else {
      runEqual.flush(EQ, out);
      (op === DEL ? runDel : runIns).add(segments, k);
    }
  }
  runDel.flush(DEL, out);
  runIns.flush(INS, out);
  runEqual.flush(EQ, out);
}

/** The two buffers `absorbIslands` works in, turn about (one set serves every call). */
const islandsA = new Segments();
const islandsB = new Segments();

/**
 * Folds small equal islands between changes into the changes, until none is left. Returns the
 * result in a buffer of its own, valid until the next call.
 */
export function absorbIslands(segments: Segments): Segments {
  const segs = islandsA;
  const out = islandsB;
  normalizeSegments(segments, segs);
  for (;;) {
    let changed = false;
    out.length = 0;
    for (let i = 0; i < segs.length; i++) {
      const prevIsChange = out.length > 0 && out.op[out.length - 1] !== EQ;
      const nextIsChange = i + 1 < segs.length && segs.op[i + 1] !== EQ;
      if (segs.op[i] === EQ && prevIsChange && nextIsChange && isIsland(segs, i)) {
        // The island's text is the same in both: struck from the base, inserted in the target.
        const start = segs.start[i]!;
        const other = segs.other[i]!;
        const length = segs.end[i]! - start;
        out.push(DEL, start, start + length, 0, segs.count[i]!, 0, 0);
        out.push(INS, other, other + length, 0, segs.count[i]!, 0, 0);
        changed = true;
      } else out.copy(segs, i);
    }
    // Without a change `out` is `segs` again, already normalised.
    if (!changed) return segs;
    normalizeSegments(out, segs);
  }
}
