/**
 * Word-level diff of two paragraph texts. Each distinct token gets one integer code and the code
 * sequences are diffed (code-diff.ts; the line-mode trick, applied to words), so the diff never cuts inside a
 * word and stays fast on long paragraphs.
 */
import { absorbIslands, longerThanShortWord, Segments } from './cleanup';
import { isAsciiAlnum, isSpaceCode, normalizeToken } from './text';
import { asciiBytes } from './ascii-scan';
import { HASH_PRIME, HASH_SEED, UnitIds } from './unit-ids';
import { isWordToken, tokenize } from './tokenize';
import { DEL, diffCodes, diffOpKind, diffOpLength, EQ, INS } from './code-diff';
import { defaultCompareOptions, type CompareOptions, type DiffOp } from './types';

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
/** The length of the shared end `commonEnds` found (its second result, kept here so no pair is made per diff). */
let sharedEnd = 0;

function commonEnds(a: string, b: string, x: Uint8Array | null, y: Uint8Array | null): number {
  const max = Math.min(a.length, b.length);
  // ASCII texts are compared as bytes (`x`, `y`: cheaper loads than charCodeAt), others by code unit.
  let p = 0;
  if (x && y) while (p < max && x[p] === y[p]) p++;
  else while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  while (p > 0 && !(boundaryAt(a, p) && boundaryAt(b, p))) p--;
  let s = 0;
  if (x && y) for (let i = a.length - 1, j = b.length - 1; s < max - p && x[i - s] === y[j - s]; ) s++;
  else while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  // The shared end starts at the space before a word, so a change ends with its last word.
  while (s > 0 && !(boundaryBefore(a, a.length - s) && boundaryBefore(b, b.length - s))) s--;
  sharedEnd = s;
  return p;
}

/** Distinct keys one set holds before it starts again (a bound on its memory; any set gives the same diffs). */
const MAX_CODES = 0x11000;

/**
 * Codes of the coarse pass's chunks by their code units, case kept (`UnitIds`): looked up in
 * the text, with no string sliced per chunk. ASCII text is read as bytes.
 */
class ChunkIds extends UnitIds {
  /** The code of `text[start, end)`. */
  id(text: string, start: number, end: number): number {
    let h = HASH_SEED;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), HASH_PRIME);
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const known = this.slots[slot]!;
      if (known === -1) {
        let o = this.room(end - start);
        for (let i = start; i < end; i++) this.units[o++] = text.charCodeAt(i);
        return this.added(slot, h, o);
      }
      if (this.hashes[known] === h && this.starts[known + 1]! - this.starts[known]! === end - start) {
        let i = start;
        for (let k = this.starts[known]!; i < end && this.units[k] === text.charCodeAt(i); k++) i++;
        if (i === end) return known;
      }
    }
  }

  /** `id` for ASCII text given as its bytes (`asciiBytes`): the same code for the same code units. */
  idBytes(bytes: Uint8Array, start: number, end: number): number {
    let h = HASH_SEED;
    for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, HASH_PRIME);
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const known = this.slots[slot]!;
      if (known === -1) {
        let o = this.room(end - start);
        for (let i = start; i < end; i++) this.units[o++] = bytes[i]!;
        return this.added(slot, h, o);
      }
      if (this.hashes[known] === h && this.starts[known + 1]! - this.starts[known]! === end - start) {
        let i = start;
        for (let k = this.starts[known]!; i < end && this.units[k] === bytes[i]; k++) i++;
        if (i === end) return known;
      }
    }
  }
}

/**
 * Maps token keys to integer codes, so `diffCodes` can diff sequences of them. One set serves
 * every word diff of a comparison: a word met in many paragraphs is looked up, not added again
 * per pair. The diff only compares codes for equality, so which code a key gets never changes
 * a diff, only that equal keys get equal codes. The coarse pass's chunks and the fine pass's
 * tokens have codes of their own (each diff reads one kind only).
 */
export class TokenCodes {
  private readonly codes = new Map<string, number>();
  private readonly chunkIds = new ChunkIds();
  /** The codes of the pair being diffed: base tokens in `a`, target tokens in `b`. */
  a = new Int32Array(256);
  b = new Int32Array(256);

  /** Makes room for a pair of `n` tokens in all (codes start again when the set would overflow). */
  reserve(n: number): void {
    if (this.codes.size + n > MAX_CODES) this.codes.clear();
    if (this.chunkIds.size + n > MAX_CODES) this.chunkIds.clear();
    if (n > this.a.length) {
      const size = Math.max(n, this.a.length * 2);
      this.a = new Int32Array(size);
      this.b = new Int32Array(size);
    }
  }

  private code(key: string): number {
    let c = this.codes.get(key);
    if (c === undefined) {
      c = this.codes.size;
      this.codes.set(key, c);
    }
    return c;
  }

  /**
   * Writes into `into` the codes of the text's chunks (starting at `starts`): each chunk its own
   * key, a run of spaces `' '` when whitespace is ignored. `bytes` are the text's (`asciiBytes`), when it is ASCII.
   */
  chunks(text: string, starts: Int32Array, n: number, ignoreWhitespace: boolean, into: Int32Array, bytes: Uint8Array | null = asciiBytes(text)): void {
    const ids = this.chunkIds;
    const space = ignoreWhitespace ? ids.id(' ', 0, 1) : -1;
    for (let k = 0; k < n; k++) {
      const from = starts[k]!;
      const to = starts[k + 1]!;
      // A chunk starting with printable ASCII other than a space is a word, not a run of spaces.
      const first = bytes ? bytes[from]! : text.charCodeAt(from);
      if (space !== -1 && !(first > 32 && first < 127) && isSpaceCode(first)) into[k] = space;
      else into[k] = bytes ? ids.idBytes(bytes, from, to) : ids.id(text, from, to);
    }
  }

  /** Writes into `into` the codes of word tokens by their keys under the options (`normalizeToken`). */
  tokens(tokens: readonly string[], options: CompareOptions, into: Int32Array): void {
    for (let k = 0; k < tokens.length; k++) into[k] = this.code(normalizeToken(tokens[k]!, options));
  }
}

/**
 * Where the tokens of the pair being diffed start in their texts: token `i` of the base is
 * `a[startsA[i], startsA[i + 1])`. Shared by every diff (the coarse pass is read out into
 * segments before the fine passes start).
 */
let startsA = new Int32Array(256);
let startsB = new Int32Array(256);

function reserveStarts(n: number): void {
  if (n < startsA.length) return;
  startsA = new Int32Array(Math.max(n + 1, startsA.length * 2));
  startsB = new Int32Array(startsA.length);
}

/**
 * Writes where the runs of spaces (`\s`) and runs of anything else of `text[from, to)` start,
 * and `to` after them; returns how many runs. `bytes` are the text's when it is ASCII.
 */
function chunkStarts(text: string, bytes: Uint8Array | null, from: number, to: number, starts: Int32Array): number {
  if (from === to) return 0;
  let n = 0;
  starts[n++] = from;
  if (bytes) {
    let space = isSpaceCode(bytes[from]!);
    for (let i = from + 1; i < to; i++) {
      const s = isSpaceCode(bytes[i]!);
      if (s === space) continue;
      starts[n++] = i;
      space = s;
    }
  } else {
    let space = isSpaceCode(text.charCodeAt(from));
    for (let i = from + 1; i < to; i++) {
      const s = isSpaceCode(text.charCodeAt(i));
      if (s === space) continue;
      starts[n++] = i;
      space = s;
    }
  }
  starts[n] = to;
  return n;
}

/** Writes where each token starts, the first at `at`, and where the last ends after them. */
function tokenStarts(tokens: readonly string[], starts: Int32Array, at: number): void {
  for (let k = 0; k < tokens.length; k++) {
    starts[k] = at;
    at += tokens[k]!.length;
  }
  starts[tokens.length] = at;
}

/** Whether `a[i, i + n)` and `b[j, j + n)` hold the same code units. */
function sameText(a: string, i: number, b: string, j: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  return true;
}

/**
 * Whether the token `text[start, end)` carries a word (`isWordToken`). A token that starts with
 * a space is a run of spaces (with marks at most), never a word: no string is made for it.
 */
function wordAt(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  return isAsciiAlnum(c) || (!isSpaceCode(c) && isWordToken(text.slice(start, end)));
}

/**
 * Diffs two token sequences by their codes (`codes.a`, `codes.b`), the tokens given by where
 * they start in `a` and `b` (`startsA`, `startsB`), into `out`. Equal tokens whose raw text
 * differs (only in what the options ignore) become a deletion and an insertion, so the redline
 * stays exact.
 */
function diffTokens(a: string, na: number, b: string, nb: number, codes: TokenCodes, out: Segments): void {
  const count = diffCodes(codes.a, na, codes.b, nb);
  const sa = startsA;
  const sb = startsB;
  let ia = 0;
  let ib = 0;
  for (let d = 0; d < count; d++) {
    const op = diffOpKind(d);
    const n = diffOpLength(d);
    if (n === 0) continue;
    if (op === DEL) {
      out.push(DEL, sa[ia]!, sa[ia + n]!, 0, n, 0, 0);
      ia += n;
    } else if (op === INS) {
      out.push(INS, sb[ib]!, sb[ib + n]!, 0, n, 0, 0);
      ib += n;
    } else {
      // Runs of raw-equal tokens become one segment (the cleanup merges equal segments anyway).
      let first = ia;
      let firstB = ib;
      let words = 0;
      let longWord = false;
      for (const end = ia + n; ia < end; ia++, ib++) {
        const x = sa[ia]!;
        const xEnd = sa[ia + 1]!;
        const y = sb[ib]!;
        const yEnd = sb[ib + 1]!;
        if (xEnd - x !== yEnd - y || !sameText(a, x, b, y, xEnd - x)) {
          if (ia > first) out.push(EQ, sa[first]!, x, sb[firstB]!, ia - first, words, longWord);
          out.push(DEL, x, xEnd, 0, 1, 0, 0);
          out.push(INS, y, yEnd, 0, 1, 0, 0);
          first = ia + 1;
          firstB = ib + 1;
          words = 0;
          longWord = false;
        } else if (wordAt(a, x, xEnd)) {
          words++;
          longWord ||= longerThanShortWord(a, x, xEnd);
        }
      }
      if (ia > first) out.push(EQ, sa[first]!, sa[ia]!, sb[firstB]!, ia - first, words, longWord);
    }
  }
}

/** Word-segments the changed stretches `a[a0, a1)` and `b[b0, b1)` and diffs them token by token into `out`. */
function fineDiff(a: string, a0: number, a1: number, b: string, b0: number, b1: number, options: CompareOptions, codes: TokenCodes, out: Segments): void {
  const ta = tokenize(a.slice(a0, a1));
  const tb = tokenize(b.slice(b0, b1));
  codes.reserve(ta.length + tb.length);
  reserveStarts(Math.max(ta.length, tb.length));
  codes.tokens(ta, options, codes.a);
  codes.tokens(tb, options, codes.b);
  tokenStarts(ta, startsA, a0);
  tokenStarts(tb, startsB, b0);
  diffTokens(a, ta.length, b, tb.length, codes, out);
}

/** The coarse pass's segments and the token diff's, reused by every diff. */
const coarse = new Segments();
const tokenDiff = new Segments();

/**
 * Token diff of `a[a0, a1)` and `b[b0, b1)`, before cleanup, into `tokenDiff`. A first pass
 * diffs space-separated chunks, which is cheap; only the stretches that differ are
 * word-segmented (Intl.Segmenter is the costly part) and diffed again token by token: a deletion
 * and an insertion between the same equal chunks (a pure insertion or deletion keeps its chunks).
 * `x` and `y` are the texts' bytes when they are ASCII.
 */
function tokenSegments(a: string, a0: number, a1: number, x: Uint8Array | null, b: string, b0: number, b1: number, y: Uint8Array | null, options: CompareOptions, codes: TokenCodes): void {
  reserveStarts(Math.max(a1 - a0, b1 - b0) + 1);
  const na = chunkStarts(a, x, a0, a1, startsA);
  const nb = chunkStarts(b, y, b0, b1, startsB);
  codes.reserve(na + nb);
  codes.chunks(a, startsA, na, options.ignoreWhitespace, codes.a, x);
  codes.chunks(b, startsB, nb, options.ignoreWhitespace, codes.b, y);
  coarse.length = 0;
  diffTokens(a, na, b, nb, codes, coarse);
  const out = tokenDiff;
  out.length = 0;
  // The changed stretch since the last equal segment: deleted a[delFrom, delTo), inserted b[insFrom, insTo).
  let delFrom = -1;
  let delTo = 0;
  let delCount = 0;
  let insFrom = -1;
  let insTo = 0;
  let insCount = 0;
  for (let k = 0; k <= coarse.length; k++) {
    const op = k < coarse.length ? coarse.op[k]! : EQ;
    if (op === DEL) {
      if (delFrom === -1) {
        delFrom = coarse.start[k]!;
        delCount = 0;
      }
      delTo = coarse.end[k]!;
      delCount += coarse.count[k]!;
    } else if (op === INS) {
      if (insFrom === -1) {
        insFrom = coarse.start[k]!;
        insCount = 0;
      }
      insTo = coarse.end[k]!;
      insCount += coarse.count[k]!;
    } else {
      if (delFrom !== -1 && insFrom !== -1) fineDiff(a, delFrom, delTo, b, insFrom, insTo, options, codes, out);
      else if (delFrom !== -1) out.push(DEL, delFrom, delTo, 0, delCount, 0, 0);
      else if (insFrom !== -1) out.push(INS, insFrom, insTo, 0, insCount, 0, 0);
      delFrom = insFrom = -1;
      // Equal stretches stay space-separated chunks: the island test only counts their words.
      if (k < coarse.length) out.copy(coarse, k);
    }
  }
}

/** No operation begun yet (a kind none has). */
const NO_OP = 2;

/** The redline operation of a kind over `text[from, to)`. */
const opOf = (kind: number, a: string, b: string, from: number, to: number): DiffOp =>
  kind === INS ? ['+', b.slice(from, to)] : [kind === DEL ? '-' : '=', a.slice(from, to)];

/**
 * Word-level redline from text `a` (base) to text `b` (target). Joining the `'='` and `'-'`
 * parts gives `a` exactly; joining `'='` and `'+'` gives `b`. Options decide which token
 * differences the alignment of words ignores; every raw difference is still shown. The word
 * diffs of one comparison share `codes` (any set gives the same diff; sharing saves work).
 */
export function diffWords(a: string, b: string, options: Partial<CompareOptions> = {}, codes: TokenCodes = new TokenCodes()): DiffOp[] {
  return diffWordsWith(a, b, { ...defaultCompareOptions, ...options }, codes);
}

/** `diffWords` with every option given (the comparison's own word diffs: no options object made per diff). */
export function diffWordsWith(a: string, b: string, opts: CompareOptions, codes: TokenCodes): DiffOp[] {
  if (a === b) return a ? [['=', a]] : [];
  const x = asciiBytes(a, 0);
  const y = asciiBytes(b, 1);
  const p = commonEnds(a, b, x, y);
  const s = sharedEnd;
  tokenSegments(a, p, a.length - s, x, b, p, b.length - s, y, opts, codes);
  const middle = absorbIslands(tokenDiff);
  // Each operation's text sliced once: the segments of a kind that follow one another (the
  // shared start and the first equal stretch, the last and the shared end) are one stretch.
  const ops: DiffOp[] = [];
  let kind = p > 0 ? EQ : NO_OP;
  let from = 0;
  let to = p;
  for (let k = 0; k < middle.length; k++) {
    const op = middle.op[k]!;
    if (op === kind) {
      to = middle.end[k]!;
      continue;
    }
    if (kind !== NO_OP) ops.push(opOf(kind, a, b, from, to));
    kind = op;
    from = middle.start[k]!;
    to = middle.end[k]!;
  }
  if (s > 0) {
    if (kind === EQ) to = a.length;
    else {
      if (kind !== NO_OP) ops.push(opOf(kind, a, b, from, to));
      kind = EQ;
      from = a.length - s;
      to = a.length;
    }
  }
  if (kind !== NO_OP) ops.push(opOf(kind, a, b, from, to));
  return ops;
}
