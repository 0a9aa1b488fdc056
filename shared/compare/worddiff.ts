/**
 * Word-level diff of two paragraph texts. Each distinct token gets one integer code and the code
 * sequences are diffed (the line-mode trick, applied to words), so the diff never cuts inside a
 * word and stays fast on long paragraphs.
 */
import { absorbIslands, longerThanShortWord, type TokenSegment } from './cleanup';
import { isAsciiAlnum, isSpaceCode, normalizeToken } from './text';
import { isWordToken, tokenize } from './tokenize';
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

/*
 * The token-code diff: diff-match-patch's `diff_main(text1, text2, false)` without a time limit
 * (Myers' O(ND) middle-snake bisection, common prefix and suffix trimmed at every level, the
 * "shorter inside longer" and one-token shortcuts, and `diff_cleanupMerge` after each level),
 * ported step for step to integer code sequences, so it gives the same edits without strings,
 * substrings or diff tuples. With no time limit diff-match-patch tries no half-match, so none is
 * here. A diff is a valid edit script at every step, so the text of any of its operations is
 * found from their lengths alone: deletions and equalities read `seqA` in turn, insertions and
 * equalities `seqB`. The operations are kept in `opKind` and `opLen`, as one stack.
 */
const DEL = -1;
const EQ = 0;
const INS = 1;

let seqA: Int32Array = new Int32Array(0);
let seqB: Int32Array = new Int32Array(0);
let opKind = new Int8Array(256);
let opLen = new Int32Array(256);
let top = 0;
/** `diff_cleanupMerge`'s first pass writes here, then back onto the stack. */
let mergedKind = new Int8Array(256);
let mergedLen = new Int32Array(256);
/** The two Myers vectors of `bisect` (its caller never reads them again, so one pair serves every level). */
let vectors = new Int32Array(256);

/** Copies of an operation stack's two arrays at twice their length. */
function doubled(kind: Int8Array, len: Int32Array): [Int8Array<ArrayBuffer>, Int32Array<ArrayBuffer>] {
  const k = new Int8Array(kind.length * 2);
  k.set(kind);
  const l = new Int32Array(len.length * 2);
  l.set(len);
  return [k, l];
}

function pushOp(kind: number, len: number): void {
  if (top === opKind.length) [opKind, opLen] = doubled(opKind, opLen);
  opKind[top] = kind;
  opLen[top++] = len;
}

/** Whether `x[i, i + n)` equals `y[j, j + n)`. */
function sameRun(x: Int32Array, i: number, y: Int32Array, j: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (x[i + k] !== y[j + k]) return false;
  return true;
}

/** Length of the common start of `x[i0, i1)` and `y[j0, j1)`. */
function prefixLength(x: Int32Array, i0: number, i1: number, y: Int32Array, j0: number, j1: number): number {
  const n = Math.min(i1 - i0, j1 - j0);
  let k = 0;
  while (k < n && x[i0 + k] === y[j0 + k]) k++;
  return k;
}

/** Length of the common end of `x[i0, i1)` and `y[j0, j1)`. */
function suffixLength(x: Int32Array, i0: number, i1: number, y: Int32Array, j0: number, j1: number): number {
  const n = Math.min(i1 - i0, j1 - j0);
  let k = 0;
  while (k < n && x[i1 - 1 - k] === y[j1 - 1 - k]) k++;
  return k;
}

/** First place `needle[n0, n1)` occurs in `hay[h0, h1)`, relative to `h0`; -1 when nowhere (String.prototype.indexOf). */
function indexOfRun(hay: Int32Array, h0: number, h1: number, needle: Int32Array, n0: number, n1: number): number {
  const n = n1 - n0;
  const first = needle[n0];
  for (let i = h0; i + n <= h1; i++) if (hay[i] === first && sameRun(hay, i + 1, needle, n0 + 1, n - 1)) return i - h0;
  return -1;
}

/** `diff_main`: appends the cleaned diff of `seqA[a0, a1)` and `seqB[b0, b1)` to the stack. */
function diffMain(a0: number, a1: number, b0: number, b1: number): void {
  const start = top;
  if (a1 - a0 === b1 - b0 && sameRun(seqA, a0, seqB, b0, a1 - a0)) {
    if (a1 > a0) pushOp(EQ, a1 - a0);
    return;
  }
  const prefix = prefixLength(seqA, a0, a1, seqB, b0, b1);
  const suffix = suffixLength(seqA, a0 + prefix, a1, seqB, b0 + prefix, b1);
  if (prefix) pushOp(EQ, prefix);
  compute(a0 + prefix, a1 - suffix, b0 + prefix, b1 - suffix);
  if (suffix) pushOp(EQ, suffix);
  cleanupMerge(start, a0, b0);
}

/** `diff_compute_` without half-match and line mode (neither runs without a time limit or with line mode off). */
function compute(a0: number, a1: number, b0: number, b1: number): void {
  const na = a1 - a0;
  const nb = b1 - b0;
  if (na === 0) return pushOp(INS, nb);
  if (nb === 0) return pushOp(DEL, na);
  // The shorter inside the longer (the longer is the second when both are as long).
  const i = na > nb ? indexOfRun(seqA, a0, a1, seqB, b0, b1) : indexOfRun(seqB, b0, b1, seqA, a0, a1);
  if (i !== -1) {
    const edit = na > nb ? DEL : INS;
    pushOp(edit, i);
    pushOp(EQ, Math.min(na, nb));
    pushOp(edit, Math.abs(na - nb) - i);
    return;
  }
  if (na === 1 || nb === 1) {
    pushOp(DEL, na);
    pushOp(INS, nb);
    return;
  }
  bisect(a0, a1, b0, b1);
}

/** `diff_bisect_`: finds the middle snake and diffs both halves, or deletes all and inserts all when nothing is shared. */
function bisect(a0: number, a1: number, b0: number, b1: number): void {
  const A = seqA;
  const B = seqB;
  const n1 = a1 - a0;
  const n2 = b1 - b0;
  const maxD = Math.ceil((n1 + n2) / 2);
  const vOffset = maxD;
  const vLength = 2 * maxD;
  if (vectors.length < 2 * vLength) vectors = new Int32Array(Math.max(2 * vLength, vectors.length * 2));
  const v = vectors;
  // v1 is v[0, vLength), v2 is v[vLength, 2 vLength).
  v.fill(-1, 0, 2 * vLength);
  v[vOffset + 1] = 0;
  v[vLength + vOffset + 1] = 0;
  const delta = n1 - n2;
  const front = delta % 2 !== 0;
  let k1start = 0;
  let k1end = 0;
  let k2start = 0;
  let k2end = 0;
  for (let d = 0; d < maxD; d++) {
    for (let k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
      const k1Offset = vOffset + k1;
      let x1 = k1 === -d || (k1 !== d && v[k1Offset - 1]! < v[k1Offset + 1]!) ? v[k1Offset + 1]! : v[k1Offset - 1]! + 1;
      let y1 = x1 - k1;
      while (x1 < n1 && y1 < n2 && A[a0 + x1] === B[b0 + y1]) {
        x1++;
        y1++;
      }
      v[k1Offset] = x1;
      if (x1 > n1) k1end += 2;
      else if (y1 > n2) k1start += 2;
      else if (front) {
        const k2Offset = vOffset + delta - k1;
        if (k2Offset >= 0 && k2Offset < vLength && v[vLength + k2Offset] !== -1) {
          if (x1 >= n1 - v[vLength + k2Offset]!) return bisectSplit(a0, a1, b0, b1, x1, y1);
        }
      }
    }
    for (let k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
      const k2Offset = vOffset + k2;
      let x2 =
        k2 === -d || (k2 !== d && v[vLength + k2Offset - 1]! < v[vLength + k2Offset + 1]!) ? v[vLength + k2Offset + 1]! : v[vLength + k2Offset - 1]! + 1;
      let y2 = x2 - k2;
      while (x2 < n1 && y2 < n2 && A[a1 - x2 - 1] === B[b1 - y2 - 1]) {
        x2++;
        y2++;
      }
      v[vLength + k2Offset] = x2;
      if (x2 > n1) k2end += 2;
      else if (y2 > n2) k2start += 2;
      else if (!front) {
        const k1Offset = vOffset + delta - k2;
        if (k1Offset >= 0 && k1Offset < vLength && v[k1Offset] !== -1) {
          const x1 = v[k1Offset]!;
          const y1 = vOffset + x1 - k1Offset;
          if (x1 >= n1 - x2) return bisectSplit(a0, a1, b0, b1, x1, y1);
        }
      }
    }
  }
  pushOp(DEL, n1);
  pushOp(INS, n2);
}

/** `diff_bisectSplit_`: the two halves diffed in turn, their diffs one after the other. */
function bisectSplit(a0: number, a1: number, b0: number, b1: number, x: number, y: number): void {
  diffMain(a0, a0 + x, b0, b0 + y);
  diffMain(a0 + x, a1, b0 + y, b1);
}

function pushMerged(n: number, kind: number, len: number): number {
  if (n === mergedKind.length) [mergedKind, mergedLen] = doubled(mergedKind, mergedLen);
  mergedKind[n] = kind;
  mergedLen[n] = len;
  return n + 1;
}

/**
 * `diff_cleanupMerge` of the stack from `start` (a diff of `seqA` from `a0` and `seqB` from
 * `b0`): each run of edits becomes one deletion and one insertion with their common start and
 * end moved into the equalities around them, equalities are merged, and a single edit between
 * two equalities is shifted over one of them where that removes it, until nothing changes.
 */
function cleanupMerge(start: number, a0: number, b0: number): void {
  for (;;) {
    // First pass, read from the stack and written to the merge buffers (a dummy equality ends it).
    let n = 0;
    let pa = a0;
    let pb = b0;
    let runA = 0;
    let runB = 0;
    let countDel = 0;
    let countIns = 0;
    let lenDel = 0;
    let lenIns = 0;
    for (let i = start; i <= top; i++) {
      const kind = i < top ? opKind[i]! : EQ;
      const len = i < top ? opLen[i]! : 0;
      if (kind !== EQ) {
        if (countDel + countIns === 0) {
          runA = pa;
          runB = pb;
        }
        if (kind === INS) {
          countIns++;
          lenIns += len;
          pb += len;
        } else {
          countDel++;
          lenDel += len;
          pa += len;
        }
        continue;
      }
      let equal = len;
      if (countDel + countIns > 1) {
        if (countDel !== 0 && countIns !== 0) {
          const p = prefixLength(seqB, runB, runB + lenIns, seqA, runA, runA + lenDel);
          if (p !== 0) {
            if (n > 0 && mergedKind[n - 1] === EQ) mergedLen[n - 1] = mergedLen[n - 1]! + p;
            else {
              // At the very start (diff-match-patch splices it in at 0).
              n = pushMerged(n, EQ, 0);
              mergedKind.copyWithin(1, 0, n - 1);
              mergedLen.copyWithin(1, 0, n - 1);
              mergedKind[0] = EQ;
              mergedLen[0] = p;
            }
            runA += p;
            runB += p;
            lenDel -= p;
            lenIns -= p;
          }
          const s = suffixLength(seqB, runB, runB + lenIns, seqA, runA, runA + lenDel);
          if (s !== 0) {
            equal += s;
            lenDel -= s;
            lenIns -= s;
          }
        }
        if (lenDel) n = pushMerged(n, DEL, lenDel);
        if (lenIns) n = pushMerged(n, INS, lenIns);
        n = pushMerged(n, EQ, equal);
      } else if (countDel + countIns === 1) {
        n = pushMerged(n, countDel ? DEL : INS, countDel ? lenDel : lenIns);
        n = pushMerged(n, EQ, equal);
      } else if (n > 0 && mergedKind[n - 1] === EQ) mergedLen[n - 1] = mergedLen[n - 1]! + equal;
      else n = pushMerged(n, EQ, equal);
      pa += len;
      pb += len;
      countDel = countIns = lenDel = lenIns = 0;
    }
    if (n > 0 && mergedLen[n - 1] === 0) n--;
    top = start;
    for (let k = 0; k < n; k++) pushOp(mergedKind[k]!, mergedLen[k]!);

    // Second pass: a single edit between two equalities shifted sideways over one of them.
    let changes = false;
    let p = start + 1;
    // Where the operation before `p` starts in seqA and seqB.
    let xa = a0;
    let xb = b0;
    while (p < top - 1) {
      const prevKind = opKind[p - 1]!;
      const prevLen = opLen[p - 1]!;
      const kind = opKind[p]!;
      const len = opLen[p]!;
      const curA = xa + (prevKind !== INS ? prevLen : 0);
      const curB = xb + (prevKind !== DEL ? prevLen : 0);
      if (prevKind === EQ && opKind[p + 1] === EQ) {
        const nextLen = opLen[p + 1]!;
        const text = kind === INS ? seqB : seqA;
        const at = kind === INS ? curB : curA;
        const nextA = curA + (kind !== INS ? len : 0);
        if (prevLen <= len && sameRun(text, at + len - prevLen, seqA, xa, prevLen)) {
          // Over the previous equality: A<ins>BA</ins>C → <ins>AB</ins>AC.
          opLen[p + 1] = nextLen + prevLen;
          opKind.copyWithin(p - 1, p, top);
          opLen.copyWithin(p - 1, p, top);
          top--;
          xa += kind !== INS ? len : 0;
          xb += kind !== DEL ? len : 0;
          changes = true;
        } else if (nextLen <= len && sameRun(text, at, seqA, nextA, nextLen)) {
          // Over the next equality: A<ins>CB</ins>C → AC<ins>BC</ins>.
          opLen[p - 1] = prevLen + nextLen;
          opKind.copyWithin(p + 1, p + 2, top);
          opLen.copyWithin(p + 1, p + 2, top);
          top--;
          xa += prevLen + nextLen;
          xb += prevLen + nextLen;
          changes = true;
        } else {
          xa = curA;
          xb = curB;
        }
      } else {
        xa = curA;
        xb = curB;
      }
      p++;
    }
    if (!changes) return;
  }
}

/**
 * The diff of the code sequences `a[0, na)` and `b[0, nb)` as diff-match-patch's `diff_main`
 * makes it for the strings of these codes (no time limit, no line mode): `diffOpKind` and
 * `diffOpLength` read its operations, 0 to the count returned.
 */
export function diffCodes(a: Int32Array, na: number, b: Int32Array, nb: number): number {
  seqA = a;
  seqB = b;
  top = 0;
  diffMain(0, na, 0, nb);
  return top;
}

/** Operation `i` of the last `diffCodes`: -1 deletion, 0 equality, 1 insertion. */
export const diffOpKind = (i: number): number => opKind[i]!;
/** Length of operation `i` of the last `diffCodes`, in codes. */
export const diffOpLength = (i: number): number => opLen[i]!;

/** Distinct keys one set holds before it starts again (a bound on its memory; any set gives the same diffs). */
const MAX_CODES = 0x11000;

/**
 * Maps token keys to integer codes, so `diffCodes` can diff sequences of them. One set serves
 * every word diff of a comparison: a word met in many paragraphs is looked up, not added again
 * per pair. The diff only compares codes for equality, so which code a key gets never changes
 * a diff, only that equal keys get equal codes.
 */
export class TokenCodes {
  private readonly codes = new Map<string, number>();
  /** The codes of the pair being diffed: base tokens in `a`, target tokens in `b`. */
  a = new Int32Array(256);
  b = new Int32Array(256);

  /** Makes room for a pair of `n` tokens in all (codes start again when the set would overflow). */
  reserve(n: number): void {
    if (this.codes.size + n > MAX_CODES) this.codes.clear();
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

  /** Writes into `into` the codes of the text's chunks (starting at `starts`): each chunk its own key, a run of spaces `' '` when whitespace is ignored. */
  chunks(text: string, starts: Int32Array, n: number, ignoreWhitespace: boolean, into: Int32Array): void {
    for (let k = 0; k < n; k++) {
      const from = starts[k]!;
      // A chunk starting with printable ASCII other than a space is a word, not a run of spaces.
      const first = text.charCodeAt(from);
      into[k] = this.code(ignoreWhitespace && !(first > 32 && first < 127) && isSpaceCode(first) ? ' ' : text.slice(from, starts[k + 1]));
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

/** Writes where the text's runs of spaces (`\s`) and runs of anything else start, and its length after them; returns how many runs. */
function chunkStarts(text: string, starts: Int32Array): number {
  if (text === '') return 0;
  let n = 0;
  starts[n++] = 0;
  let space = isSpaceCode(text.charCodeAt(0));
  for (let i = 1; i < text.length; i++) {
    const s = isSpaceCode(text.charCodeAt(i));
    if (s === space) continue;
    starts[n++] = i;
    space = s;
  }
  starts[n] = text.length;
  return n;
}

/** Writes where each token starts in the text they make, and its length after them. */
function tokenStarts(tokens: readonly string[], starts: Int32Array): void {
  let at = 0;
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
 * they start (`startsA`, `startsB`). Equal tokens whose raw text differs (only in what the
 * options ignore) become a deletion and an insertion, so the redline stays exact.
 */
function diffTokens(a: string, na: number, b: string, nb: number, codes: TokenCodes, out: TokenSegment[]): void {
  const count = diffCodes(codes.a, na, codes.b, nb);
  const sa = startsA;
  const sb = startsB;
  let ia = 0;
  let ib = 0;
  for (let d = 0; d < count; d++) {
    const op = opKind[d]!;
    const n = opLen[d]!;
    if (n === 0) continue;
    if (op === DEL) {
      out.push(editSegment('-', a, sa[ia]!, sa[ia + n]!, n));
      ia += n;
    } else if (op === INS) {
      out.push(editSegment('+', b, sb[ib]!, sb[ib + n]!, n));
      ib += n;
    } else {
      // Runs of raw-equal tokens become one segment (the cleanup merges equal segments anyway).
      let first = ia;
      let words = 0;
      let longWord = false;
      for (const end = ia + n; ia < end; ia++, ib++) {
        const x = sa[ia]!;
        const xEnd = sa[ia + 1]!;
        const y = sb[ib]!;
        const yEnd = sb[ib + 1]!;
        if (xEnd - x !== yEnd - y || !sameText(a, x, b, y, xEnd - x)) {
          if (ia > first) out.push({ op: '=', text: a.slice(sa[first]!, x), count: ia - first, words, longWord });
          out.push(editSegment('-', a, x, xEnd, 1), editSegment('+', b, y, yEnd, 1));
          first = ia + 1;
          words = 0;
          longWord = false;
        } else if (wordAt(a, x, xEnd)) {
          words++;
          longWord ||= longerThanShortWord(a, x, xEnd);
        }
      }
      if (ia > first) out.push({ op: '=', text: a.slice(sa[first]!, sa[ia]!), count: ia - first, words, longWord });
    }
  }
}

/** A segment of the `count` tokens `text[start, end)`, for an edit (the island test reads only equal segments). */
const editSegment = (op: '-' | '+', text: string, start: number, end: number, count: number): TokenSegment => ({
  op,
  text: text.slice(start, end),
  count,
  words: 0,
  longWord: false,
});

/** Word-segments a changed stretch and diffs it token by token. */
function fineDiff(a: string, b: string, options: CompareOptions, codes: TokenCodes, out: TokenSegment[]): void {
  const ta = tokenize(a);
  const tb = tokenize(b);
  codes.reserve(ta.length + tb.length);
  reserveStarts(Math.max(ta.length, tb.length));
  codes.tokens(ta, options, codes.a);
  codes.tokens(tb, options, codes.b);
  tokenStarts(ta, startsA);
  tokenStarts(tb, startsB);
  diffTokens(a, ta.length, b, tb.length, codes, out);
}

/** A stretch the coarse pass found changed: only one replaced by another needs words; a pure insertion or deletion keeps its chunks. */
function changedStretch(del: TokenSegment | null, ins: TokenSegment | null, options: CompareOptions, codes: TokenCodes, out: TokenSegment[]): void {
  if (del && ins) fineDiff(del.text, ins.text, options, codes, out);
  else if (del) out.push(del);
  else if (ins) out.push(ins);
}

/** The edits of one stretch read as one segment (`into` when there is none yet). */
function addEdit(into: TokenSegment | null, seg: TokenSegment): TokenSegment {
  if (!into) return seg;
  return { op: seg.op, text: into.text + seg.text, count: into.count + seg.count, words: 0, longWord: false };
}

/**
 * Token diff of two texts, before cleanup. A first pass diffs space-separated chunks, which is
 * cheap; only the stretches that differ are word-segmented (Intl.Segmenter is the costly part)
 * and diffed again token by token.
 */
function tokenSegments(a: string, b: string, options: CompareOptions, codes: TokenCodes): TokenSegment[] {
  reserveStarts(Math.max(a.length, b.length) + 1);
  const na = chunkStarts(a, startsA);
  const nb = chunkStarts(b, startsB);
  codes.reserve(na + nb);
  codes.chunks(a, startsA, na, options.ignoreWhitespace, codes.a);
  codes.chunks(b, startsB, nb, options.ignoreWhitespace, codes.b);
  const coarse: TokenSegment[] = [];
  diffTokens(a, na, b, nb, codes, coarse);
  const out: TokenSegment[] = [];
  let del: TokenSegment | null = null;
  let ins: TokenSegment | null = null;
  for (let k = 0; k < coarse.length; k++) {
    const seg = coarse[k]!;
    if (seg.op === '=') {
      changedStretch(del, ins, options, codes, out);
      del = ins = null;
      // Equal stretches stay space-separated chunks: the island test only counts their words.
      out.push(seg);
    } else if (seg.op === '-') del = addEdit(del, seg);
    else ins = addEdit(ins, seg);
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
    const text = seg.text;
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
