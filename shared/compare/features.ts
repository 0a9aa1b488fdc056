/**
 * What alignment compares paragraphs by: bags of words weighted by rarity (a shared rare word
 * says more than a shared "the"), and shingles (three consecutive words) for finding where a
 * paragraph went without comparing all pairs.
 */
import { isAsciiAlnum } from './text';
import { asciiBytes } from './ascii-scan';
import { UnitIds } from './unit-ids';

/** Scripts without spaces are compared character by character, others word by word. */
const FEATURE_TOKEN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]|[\p{L}\p{N}\p{M}]+/gu;

/**
 * One paragraph's features: its token ids are `seqs[from, to)` of its space in reading order,
 * and `bags[from, to)` the same ids sorted, for bag intersection (stretches of two buffers: no
 * array, nor view of one, per paragraph).
 */
export interface Features {
  from: number;
  to: number;
  /** Sum of the weights of the bag. */
  weight: number;
}

/** Token vocabulary and rarity weights over the paragraphs of both drafts, and their features. */
export interface FeatureSpace {
  weights: Float64Array;
  features: Features[];
  /** Every paragraph's token ids in reading order, one stretch each. */
  seqs: Int32Array;
  /** The same stretches, each sorted. */
  bags: Int32Array;
}

/** The features of a paragraph without words, or not needed: one object for all (features are never changed). */
const EMPTY: Features = { from: 0, to: 0, weight: 0 };

const lower = (c: number): number => (c >= 65 && c <= 90 ? c | 0x20 : c);
/** For each ASCII code: the lowercased code of a letter or digit, 0 for anything else (one load instead of two tests). */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (isAsciiAlnum(c)) ASCII_WORD[c] = lower(c);

/**
 * A word's hash, code unit by code unit: a rotation and an exclusive or (two cheap steps; the
 * multiply of FNV-1a made each code unit wait the multiply's latency), mixed once per word by
 * `wordHash`. Which hash a word gets only places it in the table: ids count up in the order
 * words are first met, so the features are the same under any hash. (The word diff's chunk
 * codes keep FNV-1a: for their short chunks this hash measured slower, 5.4 → 5.7 ms over the
 * bench's 1,090 word diffs.)
 */
const step = (h: number, c: number): number => ((h << 5) | (h >>> 27)) ^ c;
/** The table's hash of a word from its `step`s: the bits mixed so the low ones (the slot) vary. */
const wordHash = (h: number): number => {
  const x = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return x ^ (x >>> 16);
};

/**
 * Word ids by the word's lowercased text, looked up straight from the paragraph (`UnitIds`).
 */
class Vocabulary extends UnitIds {
  /** The id of `text[start, end)` read in lowercase (A–Z folded; the rest as it is). */
  id(text: string, start: number, end: number): number {
    let h = 0;
    for (let i = start; i < end; i++) h = step(h, lower(text.charCodeAt(i)));
    return this.idHashed(text, start, end, wordHash(h));
  }

  /**
   * The word ids of ASCII text, given as its bytes (`asciiBytes`: `n` of them, room after),
   * written to `out`: letters and digits make words, anything else separates them (as the
   * Unicode pattern reads ASCII). The word's hash is made on the way, in the one pass over the
   * bytes, and a word seen before is found without a call (the lookup of `idHashed`, inlined).
   */
  readAscii(bytes: Uint8Array, n: number, out: IdList): void {
    // A word takes a letter and a separator at least: half the text's length bounds its words.
    out.reserve((n >> 1) + 1);
    const ids = out.data;
    let o = out.length;
    // A space past the end ends the last word, and a letter after it ends the search for the
    // next word (the bytes after the text are scratch, three of them at least): no test of
    // the end per byte.
    bytes[n] = 32;
    bytes[n + 1] = 120;
    let i = 0;
    for (;;) {
      // On to the next word's first letter or digit.
      let c = ASCII_WORD[bytes[i]!]!;
      while (c === 0) c = ASCII_WORD[bytes[++i]!]!;
      if (i > n) break;
      const start = i;
      let h = 0;
      do {
        h = step(h, c);
        c = ASCII_WORD[bytes[++i]!]!;
      } while (c !== 0);
      h = wordHash(h);
      const slots = this.slots;
      const mask = slots.length - 1;
      let id: number;
      for (let slot = h & mask; ; slot = (slot + 1) & mask) {
        const known = slots[slot]!;
        if (known === -1) {
          id = this.addAscii(slot, h, bytes, start, i);
          break;
        }
        if (this.hashes[known] === h && this.sameAscii(known, bytes, start, i)) {
          id = known;
          break;
        }
      }
      ids[o++] = id;
    }
    out.length = o;
  }

  /** `same` for a word of ASCII letters and digits, given as bytes (lowercase is `| 0x20` for both). */
  private sameAscii(id: number, bytes: Uint8Array, start: number, end: number): boolean {
    const from = this.starts[id]!;
    if (this.starts[id + 1]! - from !== end - start) return false;
    const units = this.units;
    for (let i = start, k = from; i < end; i++, k++) if (units[k] !== (bytes[i]! | 0x20)) return false;
    return true;
  }

  /** `id` when the caller already hashed the word (`wordHash` of its lowercased code units' `step`s). */
  idHashed(text: string, start: number, end: number, h: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = slots[slot]!;
      if (id === -1) return this.add(slot, h, text, start, end);
      if (this.hashes[id] === h && this.same(id, text, start, end)) return id;
    }
  }

  private same(id: number, text: string, start: number, end: number): boolean {
    const from = this.starts[id]!;
    if (this.starts[id + 1]! - from !== end - start) return false;
    const units = this.units;
    for (let i = start, k = from; i < end; i++, k++) if (units[k] !== lower(text.charCodeAt(i))) return false;
    return true;
  }

  private add(slot: number, h: number, text: string, start: number, end: number): number {
    let o = this.room(end - start);
    for (let i = start; i < end; i++) this.units[o++] = lower(text.charCodeAt(i));
    return this.added(slot, h, o);
  }

  /** `add` for a word of ASCII letters and digits, given as bytes. */
  private addAscii(slot: number, h: number, bytes: Uint8Array, start: number, end: number): number {
    let o = this.room(end - start);
    for (let i = start; i < end; i++) this.units[o++] = bytes[i]! | 0x20;
    return this.added(slot, h, o);
  }
}

/** A growing buffer of ids (a number array emptied by `length = 0` gives its storage back, so it grew again per text). */
export class IdList {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, Math.ceil(capacity)));
  }
  push(id: number): void {
    if (this.length === this.data.length) this.reserve(1);
    this.data[this.length++] = id;
  }
  /** Room for `n` more ids, so a caller can write them without a check per id. */
  reserve(n: number): void {
    if (this.length + n <= this.data.length) return;
    const grown = new Int32Array(Math.max(this.data.length * 2, this.length + n));
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }
}

/** Word ids of a text in reading order: the FEATURE_TOKEN words, lowercased. */
function wordIds(text: string, vocab: Vocabulary, out: IdList): void {
  const bytes = asciiBytes(text);
  if (bytes) {
    vocab.readAscii(bytes, text.length, out);
    return;
  }
  const folded = text.toLowerCase();
  for (const m of folded.matchAll(FEATURE_TOKEN)) out.push(vocab.id(folded, m.index, m.index + m[0].length));
}

/**
 * Each text's ids sorted, in one buffer laid out as `seqs`: a counting sort by id over all texts
 * at once (two passes over the ids) instead of one sort per paragraph. Counts into `df` (zeros)
 * the number of texts each id occurs in.
 */
function sortedBags(seqs: Int32Array, used: number, starts: Int32Array, vocabSize: number, df: Int32Array): Int32Array {
  // Occurrences grouped by id, in id order, each remembering its text.
  const firstOf = new Int32Array(vocabSize + 1);
  for (let i = 0; i < used; i++) firstOf[seqs[i]! + 1]!++;
  for (let id = 0; id < vocabSize; id++) firstOf[id + 1]! += firstOf[id]!;
  const textOf = new Int32Array(used);
  for (let t = 0; t + 1 < starts.length; t++) for (let i = starts[t]!; i < starts[t + 1]!; i++) textOf[firstOf[seqs[i]!]!++] = t;
  // firstOf[id] is now where id + 1 starts: walk the ids in order, filling each text's stretch.
  // An id's texts come in order, so the texts it occurs in are counted on the way (`df`).
  const bags = new Int32Array(used);
  const fill = starts.slice();
  let id = 0;
  let lastText = -1;
  for (let k = 0; k < used; k++) {
    while (k >= firstOf[id]!) {
      id++;
      lastText = -1;
    }
    const t = textOf[k]!;
    if (t !== lastText) {
      lastText = t;
      df[id]!++;
    }
    bags[fill[t]!++] = id;
  }
  return bags;
}

/**
 * Builds the features of the texts (base and target paragraphs together) that `needed` selects;
 * the others (already matched exactly) get empty features. Rarity is measured among the
 * selected texts: those are the ones that must be told apart.
 */
export function buildFeatures(texts: readonly string[], needed: (i: number) => boolean = () => true): FeatureSpace {
  const vocab = new Vocabulary();
  // Every text's word ids in one buffer, each text a stretch of it: one allocation for all
  // instead of two typed arrays per paragraph (allocating those was most of the cost).
  const starts = new Int32Array(texts.length + 1);
  // Room for the words of prose (a word and its space take six code units on average): the buffer grows when that is short.
  let room = 0;
  for (let t = 0; t < texts.length; t++) if (needed(t)) room += texts[t]!.length;
  const ids = new IdList(room / 5);
  let count = 0;
  for (let t = 0; t < texts.length; t++) {
    starts[t] = ids.length;
    if (!needed(t)) continue;
    count++;
    wordIds(texts[t]!, vocab, ids);
  }
  const used = ids.length;
  starts[texts.length] = used;
  const seqs = ids.data;
  // Document frequency: the number of selected texts each word occurs in.
  const df = new Int32Array(vocab.size);
  const bags = sortedBags(seqs, used, starts, vocab.size, df);
  const n = Math.max(1, count);
  const weights = new Float64Array(df.length);
  for (let i = 0; i < df.length; i++) weights[i] = Math.log((n + 1) / df[i]!);
  const features = new Array<Features>(texts.length);
  for (let p = 0; p < texts.length; p++) {
    const from = starts[p]!;
    const to = starts[p + 1]!;
    if (from === to) {
      features[p] = EMPTY;
      continue;
    }
    let weight = 0;
    for (let i = from; i < to; i++) weight += weights[bags[i]!]!;
    features[p] = { from, to, weight };
  }
  return { weights, features, seqs, bags };
}

/** Weight of the bag intersection (multiset minimum) of two paragraphs' sorted bags. */
function commonWeight(space: FeatureSpace, a: Features, b: Features): number {
  const bags = space.bags;
  const weights = space.weights;
  let i = a.from;
  let j = b.from;
  let w = 0;
  while (i < a.to && j < b.to) {
    const x = bags[i]!;
    const y = bags[j]!;
    if (x === y) {
      w += weights[x]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return w;
}

/** Weighted Dice similarity of two paragraphs, 0..1. */
export function similarity(space: FeatureSpace, a: Features, b: Features): number {
  const total = a.weight + b.weight;
  return total === 0 ? 1 : (2 * commonWeight(space, a, b)) / total;
}

/** Share (by weight) of `part`'s words found in `whole`: is `part` a piece of `whole`? */
export function containment(space: FeatureSpace, part: Features, whole: Features): number {
  return part.weight === 0 ? 0 : commonWeight(space, part, whole) / part.weight;
}

/**
 * One paragraph's bag held as counts by word id, so that its common weight with many others is
 * read from their bags alone, one load per word, instead of a merge of two sorted bags per pair
 * (whose branch on which side is behind mispredicts at about every word). The gap alignment
 * holds a base paragraph against every target paragraph of its gap, the move search a target
 * against its candidates, the split and merge search a whole against its pieces. Each result is
 * exactly `similarity`'s or `containment`'s: the shared words' weights are added in the same
 * order (by id, each as often as the smaller count), so the sums are the same to the bit.
 */
export class HeldBag {
  /** Per word id, how often the held bag has it (all zeros when nothing is held). */
  private readonly counts: Int32Array;
  private held: Features = EMPTY;
  constructor(private readonly space: FeatureSpace) {
    this.counts = new Int32Array(space.weights.length);
  }

  /** Holds `f`'s bag (letting go of the one held before). */
  hold(f: Features): void {
    this.release();
    const bags = this.space.bags;
    for (let i = f.from; i < f.to; i++) this.counts[bags[i]!]!++;
    this.held = f;
  }

  /** Lets go of the held bag: its counts back to zero. */
  release(): void {
    const bags = this.space.bags;
    for (let i = this.held.from; i < this.held.to; i++) this.counts[bags[i]!] = 0;
    this.held = EMPTY;
  }

  /** The weight of the bag intersection of the held bag and `f`'s (`commonWeight`). */
  private common(f: Features): number {
    const counts = this.counts;
    const { weights, bags } = this.space;
    let w = 0;
    let previous = -1;
    let run = 0;
    for (let i = f.from; i < f.to; i++) {
      const id = bags[i]!;
      // The bag is sorted: the run-th copy of a word is shared while the held bag has as many.
      run = id === previous ? run + 1 : 1;
      previous = id;
      if (run <= counts[id]!) w += weights[id]!;
    }
    return w;
  }

  /** `similarity` of the held paragraph and `f`. */
  similarity(f: Features): number {
    const total = this.held.weight + f.weight;
    return total === 0 ? 1 : (2 * this.common(f)) / total;
  }

  /** `containment` of `part` in the held paragraph. */
  contains(part: Features): number {
    return part.weight === 0 ? 0 : this.common(part) / part.weight;
  }

  /**
   * `similarity` of the held paragraph and the paragraphs `ordinals` (of the features from
   * `offset`) read as one (their ids joined, then sorted), without making their joined bag: the parts'
   * sorted bags are merged on the way.
   */
  similarityOfParts(ordinals: readonly number[], offset: number): number {
    const features = this.space.features;
    if (ordinals.length === 1) return this.similarity(features[offset + ordinals[0]!]!);
    let weight = 0;
    for (const k of ordinals) weight += features[offset + k]!.weight;
    const total = this.held.weight + weight;
    if (total === 0) return 1;
    const counts = this.counts;
    const { weights, bags } = this.space;
    const at = this.cursors(ordinals.length);
    let w = 0;
    let previous = -1;
    let run = 0;
    for (;;) {
      // The smallest id at the head of a part (the parts are few: a scan, no heap).
      let next = -1;
      let id = 0x7fffffff;
      for (let k = 0; k < ordinals.length; k++) {
        const f = features[offset + ordinals[k]!]!;
        const i = f.from + at[k]!;
        if (i < f.to && bags[i]! < id) {
          id = bags[i]!;
          next = k;
        }
      }
      if (next === -1) break;
      at[next]!++;
      run = id === previous ? run + 1 : 1;
      previous = id;
      if (run <= counts[id]!) w += weights[id]!;
    }
    return (2 * w) / total;
  }

  private at = new Int32Array(8);
  /** Scratch read positions, one per part, all 0. */
  private cursors(n: number): Int32Array {
    if (n > this.at.length) this.at = new Int32Array(n * 2);
    this.at.fill(0, 0, n);
    return this.at;
  }
}

/**
 * Hashes of the paragraph's three-word shingles (one hash of all its words when it has fewer),
 * used to find candidate partners through an index. Written into `out` (emptied first, its
 * storage kept), which is returned: `out.data[0, out.length)`.
 */
export function shingles(space: FeatureSpace, f: Features, out: IdList = new IdList(0)): IdList {
  const s = space.seqs;
  const n = f.to - f.from;
  out.length = 0;
  if (n === 0) return out;
  if (n < 3) {
    let h = 0x811c9dc5;
    for (let i = f.from; i < f.to; i++) h = Math.imul(h ^ s[i]!, 0x01000193);
    out.push(h);
    return out;
  }
  out.reserve(n - 2);
  const data = out.data;
  for (let i = f.from, o = 0; i + 2 < f.to; i++, o++) {
    data[o] = Math.imul(Math.imul(Math.imul(0x811c9dc5 ^ s[i]!, 0x01000193) ^ s[i + 1]!, 0x01000193) ^ s[i + 2]!, 0x01000193);
  }
  out.length = n - 2;
  return out;
}
