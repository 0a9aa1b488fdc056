/**
 * Word-level diff of two paragraph texts. Each distinct token becomes one character and
 * diff-match-patch runs on those strings (the line-mode trick, applied to words), so the diff
 * never cuts inside a word and stays fast on long paragraphs.
 */
import DiffMatchPatch from 'diff-match-patch';
import { absorbIslands, type TokenSegment } from './cleanup';
import { isSpaceCode, normalizeToken } from './text';
import { tokenize } from './tokenize';
import { defaultCompareOptions, type CompareOptions, type DiffOp } from './types';

const dmp = new DiffMatchPatch();
// No time limit: the limited search falls back to "delete all, insert all", which a redline
// must never show. Token strings are short, so the exact search is quick.
dmp.Diff_Timeout = 0;

/** Private-use characters first: diff-match-patch's boundary heuristics treat them all alike. */
function tokenCode(i: number): number {
  if (i < 0x1900) return 0xe000 + i;
  const c = 0x100 + (i - 0x1900);
  return c < 0xd800 ? c : c + 0x800;
}

/** The string of these code units (made a few thousand at a time: arguments have a limit). */
function fromCodes(units: Uint16Array): string {
  if (units.length <= 4096) return String.fromCharCode.apply(null, units as unknown as number[]);
  let s = '';
  for (let i = 0; i < units.length; i += 4096) s += String.fromCharCode.apply(null, units.subarray(i, i + 4096) as unknown as number[]);
  return s;
}

const MARK = /\p{M}/u;
/** The code unit at `i` is a combining mark (none below U+0300: no pattern for those). */
const isMarkAt = (s: string, i: number): boolean => s.charCodeAt(i) >= 0x300 && MARK.test(s[i]!);
/** `\s` at `i` (false past the ends). */
const isSpaceAt = (s: string, i: number): boolean => i >= 0 && i < s.length && isSpaceCode(s.charCodeAt(i));

/** A clean word boundary in `s` at `i`: after a space, before a non-space that is no mark. */
function boundaryAt(s: string, i: number): boolean {
  return i === 0 || i === s.length || (isSpaceAt(s, i - 1) && !isSpaceAt(s, i) && !isMarkAt(s, i));
}

/** A clean word boundary in `s` at `i` that leaves the space after it: a word ends there. */
function boundaryBefore(s: string, i: number): boolean {
  return i === 0 || i === s.length || (isSpaceAt(s, i) && !isSpaceAt(s, i - 1));
}

/**
 * The shared start and end of the texts, cut back to word boundaries (never overlapping). Only the middle needs
 * segmenting and diffing; for a one-word edit in a long paragraph that is a few tokens.
 */
function commonEnds(a: string, b: string): [number, number] {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  while (p > 0 && !(boundaryAt(a, p) && boundaryAt(b, p))) p--;
  let s = 0;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  // The shared end starts at the space before a word, so a change ends with its last word.
  while (s > 0 && !(boundaryBefore(a, a.length - s) && boundaryBefore(b, b.length - s))) s--;
  return [p, s];
}

/** Maps strings to one character each, so diff-match-patch can diff sequences of them. */
class Encoder {
  private readonly codes = new Map<string, number>();
  encode(keys: readonly string[]): string {
    const units = new Uint16Array(keys.length);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      let c = this.codes.get(key);
      if (c === undefined) {
        c = tokenCode(this.codes.size);
        this.codes.set(key, c);
      }
      units[k] = c;
    }
    return fromCodes(units);
  }
}

/**
 * Diffs two token sequences by their keys. Equal tokens whose raw text differs (only in what
 * the options ignore) become a deletion and an insertion, so the redline stays exact.
 */
function diffTokens(ta: readonly string[], tb: readonly string[], ka: readonly string[], kb: readonly string[], out: TokenSegment[]): void {
  const enc = new Encoder();
  const diffs = dmp.diff_main(enc.encode(ka), enc.encode(kb), false);
  let ia = 0;
  let ib = 0;
  for (const [op, chars] of diffs) {
    const n = chars.length;
    if (op === DiffMatchPatch.DIFF_DELETE) {
      out.push({ op: '-', tokens: ta.slice(ia, ia + n) });
      ia += n;
    } else if (op === DiffMatchPatch.DIFF_INSERT) {
      out.push({ op: '+', tokens: tb.slice(ib, ib + n) });
      ib += n;
    } else {
      // Runs of raw-equal tokens become one segment (the cleanup merges equal segments anyway).
      let run = 0;
      for (let k = 0; k < n; k++) {
        const x = ta[ia + k]!;
        const y = tb[ib + k]!;
        if (x === y) continue;
        if (k > run) out.push({ op: '=', tokens: ta.slice(ia + run, ia + k) });
        out.push({ op: '-', tokens: [x] }, { op: '+', tokens: [y] });
        run = k + 1;
      }
      if (n > run) out.push({ op: '=', tokens: ta.slice(ia + run, ia + n) });
      ia += n;
      ib += n;
    }
  }
}

/** Word-segments the changed stretches and diffs them token by token. */
function fineDiff(a: string, b: string, options: CompareOptions, out: TokenSegment[]): void {
  const ta = tokenize(a);
  const tb = tokenize(b);
  const key = (t: string): string => normalizeToken(t, options);
  diffTokens(ta, tb, ta.map(key), tb.map(key), out);
}

/** The text cut into runs of spaces (`\s`) and runs of anything else, in order. */
function chunks(text: string): string[] {
  const out: string[] = [];
  if (text === '') return out;
  let start = 0;
  let space = isSpaceCode(text.charCodeAt(0));
  for (let i = 1; i < text.length; i++) {
    const s = isSpaceCode(text.charCodeAt(i));
    if (s === space) continue;
    out.push(text.slice(start, i));
    start = i;
    space = s;
  }
  out.push(text.slice(start));
  return out;
}

/**
 * Token diff of two texts, before cleanup. A first pass diffs space-separated chunks, which is
 * cheap; only the stretches that differ are word-segmented (Intl.Segmenter is the costly part)
 * and diffed again token by token.
 */
function tokenSegments(a: string, b: string, options: CompareOptions): TokenSegment[] {
  const ca = chunks(a);
  const cb = chunks(b);
  // A chunk starting with printable ASCII other than a space is a word, not a run of spaces.
  const key = (c: string): string => {
    const first = c.charCodeAt(0);
    return options.ignoreWhitespace && !(first > 32 && first < 127) && isSpaceCode(first) ? ' ' : c;
  };
  const coarse: TokenSegment[] = [];
  diffTokens(ca, cb, ca.map(key), cb.map(key), coarse);
  const out: TokenSegment[] = [];
  let del: string[] = [];
  let ins: string[] = [];
  const flush = (): void => {
    // Only a stretch replaced by another needs words; a pure insertion or deletion keeps chunks.
    if (del.length && ins.length) fineDiff(del.join(''), ins.join(''), options, out);
    else if (del.length) out.push({ op: '-', tokens: del });
    else if (ins.length) out.push({ op: '+', tokens: ins });
    del = [];
    ins = [];
  };
  for (const seg of coarse) {
    if (seg.op === '-') del = del.concat(seg.tokens);
    else if (seg.op === '+') ins = ins.concat(seg.tokens);
    else {
      flush();
      // Equal stretches stay space-separated chunks: the island test only counts their words.
      out.push(seg);
    }
  }
  flush();
  return out;
}

/**
 * Word-level redline from text `a` (base) to text `b` (target). Joining the `'='` and `'-'`
 * parts gives `a` exactly; joining `'='` and `'+'` gives `b`. Options decide which token
 * differences the alignment of words ignores; every raw difference is still shown.
 */
export function diffWords(a: string, b: string, options: Partial<CompareOptions> = {}): DiffOp[] {
  if (a === b) return a ? [['=', a]] : [];
  const opts = { ...defaultCompareOptions, ...options };
  const [p, s] = commonEnds(a, b);
  const middle = absorbIslands(tokenSegments(a.slice(p, a.length - s), b.slice(p, b.length - s), opts));
  const ops: DiffOp[] = [];
  if (p > 0) ops.push(['=', a.slice(0, p)]);
  for (const seg of middle) {
    const text = seg.tokens.join('');
    const last = ops[ops.length - 1];
    if (last && last[0] === seg.op) last[1] += text;
    else ops.push([seg.op, text]);
  }
  if (s > 0) {
    const tail = a.slice(a.length - s);
    const last = ops[ops.length - 1];
    if (last && last[0] === '=') last[1] += tail;
    else ops.push(['=', tail]);
  }
  return ops;
}
