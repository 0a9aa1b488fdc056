/**
 * Paragraph alignment, near-linear: (1) paragraphs whose normalised text is unique and equal on
 * both sides are anchors; the longest order-preserving chain of them fixes the skeleton;
 * (2) inside each gap between anchors, an order-preserving similarity alignment pairs edited
 * paragraphs; (3) what is left is paired through an index of rare shingles (moves.ts: moves, also edited
 * and across sections); (4) splits and merges are recognised by checking whether consecutive
 * unmatched paragraphs, read together, match a paragraph of the other side.
 */
import { buildFeatures, HeldBag, type FeatureSpace } from './features';
import { grown } from './grow';
import { longestIncreasing } from './lis';
import { Matching } from './matching';
import { matchMoves } from './moves';

/**
 * The aligner's raw result: groups of paragraphs paired by ordinal (position among each draft's
 * paragraphs), before they become `Change`s, held in typed arrays (no object and no arrays per
 * group). Group `g` pairs the base ordinals `bases[baseFrom[g], baseFrom[g + 1])` with the
 * target ordinals `targets[targetFrom[g], targetFrom[g + 1])`, each in order, with similarity
 * `sims[g]`. The aligned group views and the tracker read is `Pairing` (groups.ts), resolved
 * from the changes.
 */
export class Groups {
  size = 0;
  sims = new Float64Array(64);
  baseFrom = new Int32Array(65);
  targetFrom = new Int32Array(65);
  bases = new Int32Array(64);
  targets = new Int32Array(64);

  /** Adds a group of one base and one target paragraph. */
  addPair(b: number, t: number, similarity: number): void {
    this.add(b, null, t, null, similarity);
  }

  /** Adds a group: its base ordinals (`b` alone when `bs` is null) and its target ordinals (`t` alone when `ts` is null), in order. */
  add(b: number, bs: readonly number[] | null, t: number, ts: readonly number[] | null, similarity: number): void {
    const g = this.size;
    if (g + 1 === this.baseFrom.length) {
      this.sims = grown(this.sims, g * 2);
      this.baseFrom = grown(this.baseFrom, g * 2 + 1);
      this.targetFrom = grown(this.targetFrom, g * 2 + 1);
    }
    this.sims[g] = similarity;
    let o = this.baseFrom[g]!;
    const nbs = bs ? bs.length : 1;
    if (o + nbs > this.bases.length) this.bases = grown(this.bases, (o + nbs) * 2);
    if (bs) for (const i of bs) this.bases[o++] = i;
    else this.bases[o++] = b;
    this.baseFrom[g + 1] = o;
    o = this.targetFrom[g]!;
    const nts = ts ? ts.length : 1;
    if (o + nts > this.targets.length) this.targets = grown(this.targets, (o + nts) * 2);
    if (ts) for (const i of ts) this.targets[o++] = i;
    else this.targets[o++] = t;
    this.targetFrom[g + 1] = o;
    this.size = g + 1;
  }

  firstBase(g: number): number {
    return this.bases[this.baseFrom[g]!]!;
  }

  firstTarget(g: number): number {
    return this.targets[this.targetFrom[g]!]!;
  }

  baseCount(g: number): number {
    return this.baseFrom[g + 1]! - this.baseFrom[g]!;
  }

  targetCount(g: number): number {
    return this.targetFrom[g + 1]! - this.targetFrom[g]!;
  }
}

/** Minimum similarity to pair two paragraphs that sit in the same gap between anchors. */
const GAP_THRESHOLD = 0.45;
/** Gaps up to this many cells are aligned exactly; larger ones go to the shingle index. */
const GAP_CELLS = 4096;
/** Share of a piece's words that must come from the whole for a split or merge. */
const PIECE_CONTAINMENT = 0.75;

/** The order-preserving chain of anchors: base and target ordinals, pair by pair. */
interface Chain {
  base: Int32Array;
  target: Int32Array;
}

/**
 * Unique exact matches (a key once on each side), paired in `m`; returns the order-preserving
 * chain of them (the others are moved). One map, of the base's keys: read through the target,
 * a key's entry becomes its pair's number, and a second target paragraph with it cancels the pair.
 */
function anchors(baseKeys: readonly string[], targetKeys: readonly string[], m: Matching): Chain {
  // Per key: its base ordinal (-1 when the base has it more than once), then -2 - the number of its pair.
  const at = new Map<string, number>();
  for (let b = 0; b < baseKeys.length; b++) {
    const k = baseKeys[b]!;
    at.set(k, at.has(k) ? -1 : b);
  }
  const pairBase = new Int32Array(targetKeys.length);
  const pairTarget = new Int32Array(targetKeys.length);
  let n = 0;
  for (let t = 0; t < targetKeys.length; t++) {
    const k = targetKeys[t]!;
    const b = at.get(k);
    if (b === undefined || b === -1 || k === '') continue;
    if (b >= 0) {
      pairBase[n] = b;
      pairTarget[n] = t;
      at.set(k, -2 - n++);
    } else pairBase[-2 - b] = -1; // the target has it twice: no anchor
  }
  // The pairs left, in target order.
  let kept = 0;
  for (let p = 0; p < n; p++) {
    if (pairBase[p] === -1) continue;
    pairBase[kept] = pairBase[p]!;
    pairTarget[kept++] = pairTarget[p]!;
  }
  const pairs = pairBase.subarray(0, kept);
  const inChain = longestIncreasing(pairs);
  const chain: Chain = { base: new Int32Array(inChain.length), target: new Int32Array(inChain.length) };
  for (let k = 0; k < inChain.length; k++) {
    chain.base[k] = pairBase[inChain[k]!]!;
    chain.target[k] = pairTarget[inChain[k]!]!;
  }
  for (let p = 0; p < kept; p++) m.pair(pairBase[p]!, pairTarget[p]!, 1);
  return chain;
}

/** The gap alignment's tables, reused from gap to gap (grown when a gap needs more). */
class GapTables {
  score = new Float64Array(64);
  sim = new Float64Array(64);
  /** `score` zeroed for a gap of `rows` × `cols` (row 0 and column 0 must be; the rest is written before it is read), and `sim` long enough. */
  reserve(rows: number, cols: number): void {
    const cells = (rows + 1) * (cols + 1);
    if (cells > this.score.length) {
      this.score = new Float64Array(cells * 2);
      this.sim = new Float64Array(cells * 2);
    } else this.score.fill(0, 0, cells);
  }
}

/** Order-preserving best-similarity alignment of the unmatched paragraphs of one gap: base ordinals `bs[0, rows)`, target `ts[0, cols)`. */
function alignGap(bs: Int32Array, rows: number, ts: Int32Array, cols: number, space: FeatureSpace, held: HeldBag, tables: GapTables, nb: number, m: Matching): void {
  tables.reserve(rows, cols);
  const score = tables.score;
  const sim = tables.sim;
  const w = cols + 1;
  for (let i = 1; i <= rows; i++) {
    held.hold(space.features[bs[i - 1]!]!);
    for (let j = 1; j <= cols; j++) {
      const s = held.similarity(space.features[nb + ts[j - 1]!]!);
      sim[(i - 1) * cols + j - 1] = s;
      const diag = s >= GAP_THRESHOLD ? score[(i - 1) * w + j - 1]! + s : -1;
      score[i * w + j] = Math.max(score[(i - 1) * w + j]!, score[i * w + j - 1]!, diag);
    }
  }
  let i = rows;
  let j = cols;
  while (i > 0 && j > 0) {
    const here = score[i * w + j]!;
    if (here === score[(i - 1) * w + j]!) i--;
    else if (here === score[i * w + j - 1]!) j--;
    else {
      m.pair(bs[i - 1]!, ts[j - 1]!, sim[(i - 1) * cols + j - 1]!);
      i--;
      j--;
    }
  }
}

/** Aligns the gaps between consecutive anchors of the chain (and after the last). */
function alignGaps(chain: Chain, nb: number, nt: number, space: FeatureSpace, held: HeldBag, m: Matching): void {
  const bs = new Int32Array(nb);
  const ts = new Int32Array(nt);
  const tables = new GapTables();
  let pb = 0;
  let pt = 0;
  for (let k = 0; k <= chain.base.length; k++) {
    const b = k < chain.base.length ? chain.base[k]! : nb;
    const t = k < chain.base.length ? chain.target[k]! : nt;
    let rows = 0;
    let cols = 0;
    for (let i = pb; i < b; i++) if (m.toTarget[i] === -1) bs[rows++] = i;
    for (let j = pt; j < t; j++) if (m.toBase[j] === -1) ts[cols++] = j;
    if (rows && cols && rows * cols <= GAP_CELLS) alignGap(bs, rows, ts, cols, space, held, tables, nb, m);
    pb = b + 1;
    pt = t + 1;
  }
}

/** True when `many`-side paragraph `i` is free and, by its words, a piece of the whole `held` holds. */
function isPiece(i: number, used: Uint8Array, manyOffset: number, held: HeldBag, space: FeatureSpace): boolean {
  return i >= 0 && i < used.length && !used[i] && held.contains(space.features[manyOffset + i]!) >= PIECE_CONTAINMENT;
}

/** The similarity of the last group `growGroup` grew (its second result, kept here so no result object is made per pair). */
let grownSimilarity = 0;

/**
 * Grows a 1:1 pair into a split (more targets) or a merge (more bases) with the unmatched
 * paragraphs next to it (those `used` does not mark), as long as each is a piece of the other
 * side and reading them together matches better. Returns the members, in order, when the pair
 * grew (their similarity in `grownSimilarity`), or null when it stays a pair.
 */
function growGroup(one: number, many: number, used: Uint8Array, oneOffset: number, manyOffset: number, space: FeatureSpace, held: HeldBag): number[] | null {
  const whole = space.features[oneOffset + one]!;
  // Nothing is a piece of a paragraph without words (or of an exact match, left without
  // features): most pairs stop here.
  if (whole.to === whole.from) return null;
  held.hold(whole);
  let members: number[] | null = null;
  let best = held.similarity(space.features[manyOffset + many]!);
  for (let step = 1; step >= -1; step -= 2) {
    // A piece may sit one paragraph away: an insertion can land between the halves of a split.
    for (let i = many + step; ; i += step) {
      if (!isPiece(i, used, manyOffset, held, space)) {
        if (!isPiece(i + step, used, manyOffset, held, space)) break;
        i += step;
      }
      // In order: a piece after the pair goes last, one before it first.
      const prev: number[] = members ?? [many];
      const next: number[] = step > 0 ? [...prev, i] : [i, ...prev];
      const s = held.similarityOfParts(next, manyOffset);
      if (s <= best) break;
      members = next;
      best = s;
    }
  }
  grownSimilarity = best;
  return members;
}

/**
 * Collects the aligned groups, turning 1:1 pairs into splits and merges where unmatched
 * neighbours belong to them. Grouping runs before the move search too, so a piece of a split
 * is not mistaken for a move from elsewhere.
 */
class Grouper {
  readonly usedBase: Uint8Array;
  readonly usedTarget: Uint8Array;
  readonly groups = new Groups();
  constructor(
    readonly nb: number,
    readonly nt: number,
    readonly space: FeatureSpace,
    readonly held: HeldBag,
    readonly m: Matching,
  ) {
    this.usedBase = new Uint8Array(nb);
    this.usedTarget = new Uint8Array(nt);
    this.done = new Uint8Array(nb);
  }

  /** Marks every current pair as taken, so growth only uses paragraphs nothing else claims. */
  claimPairs(): void {
    for (let b = 0; b < this.nb; b++) if (this.m.toTarget[b] !== -1) this.usedBase[b] = 1;
    for (let t = 0; t < this.nt; t++) if (this.m.toBase[t] !== -1) this.usedTarget[t] = 1;
  }

  /** Groups every pair not grouped yet. */
  groupPairs(): void {
    this.claimPairs();
    const { nb, space, held, m } = this;
    for (let b = 0; b < nb; b++) {
      const t = m.toTarget[b]!;
      if (t === -1 || this.done[b]) continue;
      this.done[b] = 1;
      const split = growGroup(b, t, this.usedTarget, 0, nb, space, held);
      if (split) {
        for (const i of split) {
          this.usedTarget[i] = 1;
          m.toBase[i] = b;
        }
        this.groups.add(b, null, -1, split, grownSimilarity);
        continue;
      }
      const merge = growGroup(t, b, this.usedBase, nb, 0, space, held);
      if (merge) {
        for (const i of merge) {
          this.usedBase[i] = 1;
          m.toTarget[i] = t;
          this.done[i] = 1;
        }
        this.groups.add(-1, merge, t, null, grownSimilarity);
      } else {
        this.usedBase[b] = 1;
        this.groups.addPair(b, t, m.sims[b]!);
      }
    }
  }

  /** Base paragraphs already grouped. */
  private readonly done: Uint8Array;
}

/**
 * Aligns base and target paragraphs given their normalised texts (equal keys = same text under
 * the options) and their raw texts (for word features). Returns the matched groups only;
 * paragraphs in no group are deleted (base) or inserted (target).
 */
export function alignParagraphs(
  baseKeys: readonly string[],
  targetKeys: readonly string[],
  baseTexts: readonly string[],
  targetTexts: readonly string[],
): Groups {
  const nb = baseKeys.length;
  const nt = targetKeys.length;
  const m = new Matching(nb, nt);
  const chain = anchors(baseKeys, targetKeys, m);
  // Exact matches need no features: usually most of the text, so most of the work is skipped.
  const space = buildFeatures([...baseTexts, ...targetTexts], (i) => (i < nb ? m.toTarget[i] : m.toBase[i - nb]) === -1);
  const held = new HeldBag(space);
  alignGaps(chain, nb, nt, space, held, m);
  const grouper = new Grouper(nb, nt, space, held, m);
  grouper.groupPairs();
  matchMoves(nb, nt, space, held, m);
  grouper.groupPairs();
  return grouper.groups;
}
