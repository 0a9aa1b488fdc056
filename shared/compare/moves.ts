/**
 * The alignment's move search (align.ts, stage 3): paragraphs left unpaired by the anchors and
 * the gaps are paired through an index of their rare shingles, wherever they stand (moves, also
 * edited and across sections), best similarity first.
 */
import { IdList, shingles, type FeatureSpace, type HeldBag } from './features';
import type { Matching } from './matching';

/** Minimum similarity to pair paragraphs found anywhere (a move): no position supports them. */
const MOVE_THRESHOLD = 0.55;
/** A shingle shared by more paragraphs than this says little about identity. */
const RARE = 32;
/** Shingles looked up per paragraph (the rarest first). */
const LOOKUPS = 16;
/** Candidate partners checked per paragraph. */
const CANDIDATES = 4;

/** The slot a shingle hash starts its probe at (its bits mixed: shingle hashes vary little in their low bits). */
const slotOf = (h: number, mask: number): number => Math.imul(h ^ (h >>> 16), 0x45d9f3b) & mask;

/**
 * Index from shingle hash to the unmatched paragraphs (of one side) that contain it. Each hash
 * has a list number (in the order the hashes are first met); list `l` holds its paragraphs in
 * order, each once, at `members[starts[l]]` up to `members[starts[l + 1]]`. Built in two passes
 * into typed arrays: no map entry, boxed key or array per shingle.
 */
class ShingleIndex {
  private readonly keys: Int32Array;
  private readonly slots: Int32Array;
  private readonly mask: number;
  readonly starts: Int32Array;
  readonly members: Int32Array;
  /** Number of lists. */
  readonly size: number;

  constructor(items: readonly number[], offset: number, space: FeatureSpace) {
    const hashes = new IdList(64);
    let total = 0;
    for (const i of items) total += shingles(space, space.features[offset + i]!, hashes).length;
    let cap = 16;
    while (cap < total * 2) cap *= 2;
    this.keys = new Int32Array(cap);
    this.slots = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    // First pass: each shingle's list number, and each list's length (a paragraph counted once).
    const listOf = new Int32Array(total);
    const length = new Int32Array(total + 1);
    const last = new Int32Array(total).fill(-1);
    let size = 0;
    let k = 0;
    for (const i of items) {
      shingles(space, space.features[offset + i]!, hashes);
      for (let e = 0; e < hashes.length; e++) {
        const h = hashes.data[e]!;
        let slot = slotOf(h, this.mask);
        while (this.slots[slot] !== -1 && this.keys[slot] !== h) slot = (slot + 1) & this.mask;
        let l = this.slots[slot]!;
        if (l === -1) {
          l = size++;
          this.slots[slot] = l;
          this.keys[slot] = h;
        }
        listOf[k++] = l;
        if (last[l] !== i) {
          last[l] = i;
          length[l]!++;
        }
      }
    }
    this.size = size;
    // Second pass: the lists laid out one after another.
    this.starts = new Int32Array(size + 1);
    for (let l = 0; l < size; l++) this.starts[l + 1] = this.starts[l]! + length[l]!;
    this.members = new Int32Array(this.starts[size]!);
    const fill = this.starts.slice(0, size);
    last.fill(-1);
    k = 0;
    for (const i of items) {
      const n = shingles(space, space.features[offset + i]!, hashes).length;
      for (let e = k + n; k < e; k++) {
        const l = listOf[k]!;
        if (last[l] !== i) {
          last[l] = i;
          this.members[fill[l]!++] = i;
        }
      }
    }
  }

  /** The list number of a shingle hash, or -1 when no paragraph has it. */
  list(h: number): number {
    for (let slot = slotOf(h, this.mask); ; slot = (slot + 1) & this.mask) {
      const l = this.slots[slot]!;
      if (l === -1 || this.keys[slot] === h) return l;
    }
  }

  length(l: number): number {
    return this.starts[l + 1]! - this.starts[l]!;
  }
}

/** The move search's scratch, kept from paragraph to paragraph (no array regrown per paragraph). */
class CandidateScratch {
  /** Per paragraph of the index's side, its votes: all zeros between calls. */
  readonly votes: Int32Array;
  /** Per list of the index, the last call that took it (each list is read once per call). */
  readonly stamp: Int32Array;
  /** The lists a call reads, shortest first. */
  readonly lists = new Int32Array(LOOKUPS);
  /** The paragraphs that got a vote. */
  readonly voted = new IdList(64);
  /** The candidates found, best first: `best[0, count)` (`count` returned by `candidates`). */
  readonly best = new Int32Array(CANDIDATES);
  constructor(paragraphs: number, lists: number) {
    this.votes = new Int32Array(paragraphs);
    this.stamp = new Int32Array(lists).fill(-1);
  }
}

/**
 * Candidate partners of a paragraph, given its shingle hashes `hashes.data[0, hashes.length)`:
 * those sharing the most of its rarest shingles (most votes first, then the earliest), written
 * to `scratch.best`; returns how many. `call` is a number of its own per call. Only the first few
 * of either order are read, so they are picked by insertion into a short sorted run, not by a sort.
 */
function candidates(hashes: IdList, index: ShingleIndex, call: number, scratch: CandidateScratch): number {
  const { votes, stamp, lists, voted, best } = scratch;
  // The LOOKUPS shortest lists, in the order the paragraph met them among equals.
  let nLists = 0;
  for (let e = 0; e < hashes.length; e++) {
    const l = index.list(hashes.data[e]!);
    if (l === -1 || stamp[l] === call) continue;
    stamp[l] = call;
    const n = index.length(l);
    if (n > RARE || (nLists === LOOKUPS && n >= index.length(lists[LOOKUPS - 1]!))) continue;
    let k = LOOKUPS - 1;
    if (nLists < LOOKUPS) k = nLists++;
    for (; k > 0 && index.length(lists[k - 1]!) > n; k--) lists[k] = lists[k - 1]!;
    lists[k] = l;
  }
  voted.length = 0;
  for (let l = 0; l < nLists; l++) {
    const list = lists[l]!;
    for (let k = index.starts[list]!, e = index.starts[list + 1]!; k < e; k++) {
      const c = index.members[k]!;
      if (votes[c]!++ === 0) voted.push(c);
    }
  }
  // The CANDIDATES best: most votes, then the lowest number (a total order, so the same as sorting all).
  let nBest = 0;
  for (let e = 0; e < voted.length; e++) {
    const c = voted.data[e]!;
    const v = votes[c]!;
    let k = CANDIDATES - 1;
    if (nBest < CANDIDATES) k = nBest++;
    else if (votes[best[k]!]! > v || (votes[best[k]!] === v && best[k]! < c)) continue;
    // Shift down those that come after c.
    for (; k > 0; k--) {
      const x = best[k - 1]!;
      if (votes[x]! > v || (votes[x] === v && x < c)) break;
      best[k] = x;
    }
    best[k] = c;
  }
  for (let e = 0; e < voted.length; e++) votes[voted.data[e]!] = 0;
  return nBest;
}

/** Pairs the remaining paragraphs through the shingle index, best similarity first. */
export function matchMoves(nb: number, nt: number, space: FeatureSpace, held: HeldBag, m: Matching): void {
  const freeBase: number[] = [];
  for (let b = 0; b < nb; b++) if (m.toTarget[b] === -1) freeBase.push(b);
  if (!freeBase.length) return;
  const index = new ShingleIndex(freeBase, 0, space);
  const found: Array<[number, number, number]> = [];
  const hashes = new IdList(64);
  const scratch = new CandidateScratch(nb, index.size);
  for (let t = 0; t < nt; t++) {
    if (m.toBase[t] !== -1) continue;
    const ft = space.features[nb + t]!;
    held.hold(ft);
    const count = candidates(shingles(space, ft, hashes), index, t, scratch);
    for (let k = 0; k < count; k++) {
      const b = scratch.best[k]!;
      const s = held.similarity(space.features[b]!);
      if (s >= MOVE_THRESHOLD) found.push([s, b, t]);
    }
  }
  found.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  for (const [s, b, t] of found) if (m.toTarget[b] === -1 && m.toBase[t] === -1) m.pair(b, t, s);
}
