/**
 * The token-code diff under the word diff (worddiff.ts): diff-match-patch's `diff_main(text1,
 * text2, false)` without a time limit (Myers' O(ND) middle-snake bisection, common prefix and
 * suffix trimmed at every level, the "shorter inside longer" and one-token shortcuts, and
 * `diff_cleanupMerge` after each level), ported step for step to integer code sequences (one code
 * per distinct token), so it gives the same edits without strings, substrings or diff tuples.
 * With no time limit diff-match-patch tries no half-match, so none is here. A diff is a valid
 * edit script at every step, so the text of any of its operations is found from their lengths
 * alone: deletions and equalities read `seqA` in turn, insertions and equalities `seqB`. The
 * operations are kept in `opKind` and `opLen`, as one stack.
 */
/** Operation kinds, as diff-match-patch numbers them. */
export const DEL = -1;
export const EQ = 0;
export const INS = 1;

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
