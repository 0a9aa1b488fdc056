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

/** Distinct keys one set of codes can tell apart (`tokenCode` of 0x10fff is U+FFFF, the last code unit). */
const MAX_CODES = 0x11000;

/**
 * Maps token keys to one character each, so diff-match-patch can diff sequences of them. One set
 * serves every word diff of a comparison: a word met in many paragraphs is looked up, not added
 * again per pair. diff-match-patch only compares characters for equality (no timeout, so no
 * half-match heuristics), so which code a key gets never changes a diff, only that equal keys
 * get equal codes.
 */
export class TokenCodes {
  private readonly codes = new Map<string, number>();
  private units = new Uint16Array(256);

  /** Makes room for a pair of `n` tokens in all (codes start again when the set would overflow). */
  reserve(n: number): void {
    if (this.codes.size + n > MAX_CODES) this.codes.clear();
    if (n > this.units.length) this.units = new Uint16Array(Math.max(n, this.units.length * 2));
  }

  private code(key: string): number {
    let c = this.codes.get(key);
    if (c === undefined) {
      c = tokenCode(this.codes.size);
      this.codes.set(key, c);
    }
    return c;
  }

  /** Codes of space-separated chunks: each chunk its own key, a run of spaces `' '` when whitespace is ignored. */
  chunks(chunks: readonly string[], ignoreWhitespace: boolean): string {
    const units = this.units;
    for (let k = 0; k < chunks.length; k++) {
      const c = chunks[k]!;
      // A chunk starting with printable ASCII other than a space is a word, not a run of spaces.
      const first = c.charCodeAt(0);
      units[k] = this.code(ignoreWhitespace && !(first > 32 && first < 127) && isSpaceCode(first) ? ' ' : c);
    }
    return fromCodes(units.subarray(0, chunks.length));
  }

  /** Codes of word tokens by their keys under the options (`normalizeToken`). */
  tokens(tokens: readonly string[], options: CompareOptions): string {
    const units = this.units;
    for (let k = 0; k < tokens.length; k++) units[k] = this.code(normalizeToken(tokens[k]!, options));
    return fromCodes(units.subarray(0, tokens.length));
  }
}

/**
 * Diffs two token sequences by their codes. Equal tokens whose raw text differs (only in what
 * the options ignore) become a deletion and an insertion, so the redline stays exact.
 */
function diffTokens(ta: readonly string[], tb: readonly string[], ca: string, cb: string, out: TokenSegment[]): void {
  const diffs = dmp.diff_main(ca, cb, false);
  let ia = 0;
  let ib = 0;
  for (let d = 0; d < diffs.length; d++) {
    const op = diffs[d]![0];
    const n = diffs[d]![1].length;
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
function fineDiff(a: string, b: string, options: CompareOptions, codes: TokenCodes, out: TokenSegment[]): void {
  const ta = tokenize(a);
  const tb = tokenize(b);
  codes.reserve(ta.length + tb.length);
  diffTokens(ta, tb, codes.tokens(ta, options), codes.tokens(tb, options), out);
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

/** A stretch the coarse pass found changed: only one replaced by another needs words; a pure insertion or deletion keeps chunks. */
function changedStretch(del: string[], ins: string[], options: CompareOptions, codes: TokenCodes, out: TokenSegment[]): void {
  if (del.length && ins.length) fineDiff(del.join(''), ins.join(''), options, codes, out);
  else if (del.length) out.push({ op: '-', tokens: del });
  else if (ins.length) out.push({ op: '+', tokens: ins });
}

/**
 * Token diff of two texts, before cleanup. A first pass diffs space-separated chunks, which is
 * cheap; only the stretches that differ are word-segmented (Intl.Segmenter is the costly part)
 * and diffed again token by token.
 */
function tokenSegments(a: string, b: string, options: CompareOptions, codes: TokenCodes): TokenSegment[] {
  const ca = chunks(a);
  const cb = chunks(b);
  codes.reserve(ca.length + cb.length);
  const coarse: TokenSegment[] = [];
  diffTokens(ca, cb, codes.chunks(ca, options.ignoreWhitespace), codes.chunks(cb, options.ignoreWhitespace), coarse);
  const out: TokenSegment[] = [];
  let del: string[] = [];
  let ins: string[] = [];
  for (let k = 0; k < coarse.length; k++) {
    const seg = coarse[k]!;
    if (seg.op === '=') {
      changedStretch(del, ins, options, codes, out);
      if (del.length) del = [];
      if (ins.length) ins = [];
      // Equal stretches stay space-separated chunks: the island test only counts their words.
      out.push(seg);
    } else {
      const into = seg.op === '-' ? del : ins;
      for (let t = 0; t < seg.tokens.length; t++) into.push(seg.tokens[t]!);
    }
  }
  changedStretch(del, ins, options, codes, out);
  return out;
}

/**
 * Word-level redline from text `a` (base) to text `b` (target). Joining the `'='` and `'-'`
 * parts gives `a` exactly; joining `'='` and `'+'` gives `b`. Options decide which token
 * differences the alignment of words ignores; every raw difference is still shown. The word
 * diffs of one comparison share `codes` (any set gives the same diff; sharing saves work).
 */
export function diffWords(a: string, b: string, options: Partial<CompareOptions> = {}, codes: TokenCodes = new TokenCodes()): DiffOp[] {
  if (a === b) return a ? [['=', a]] : [];
  const opts = { ...defaultCompareOptions, ...options };
  const [p, s] = commonEnds(a, b);
  const middle = absorbIslands(tokenSegments(a.slice(p, a.length - s), b.slice(p, b.length - s), opts, codes));
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
