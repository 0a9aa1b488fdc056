/**
 * What alignment compares paragraphs by: bags of words weighted by rarity (a shared rare word
 * says more than a shared "the"), and shingles (three consecutive words) for finding where a
 * paragraph went without comparing all pairs.
 */

/** Scripts without spaces are compared character by character, others word by word. */
const FEATURE_TOKEN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]|[\p{L}\p{N}\p{M}]+/gu;

/** One paragraph's features. */
export interface Features {
  /** Token ids in reading order. */
  seq: Int32Array;
  /** The same ids sorted, for bag intersection by merging. */
  bag: Int32Array;
  /** Sum of the weights of the bag. */
  weight: number;
}

/** Token vocabulary and rarity weights over the paragraphs of both drafts. */
export interface FeatureSpace {
  weights: Float64Array;
  features: Features[];
}

const NONE = new Int32Array(0);

/**
 * Builds the features of the texts (base and target paragraphs together) that `needed` selects;
 * the others (already matched exactly) get empty features. Rarity is measured among the
 * selected texts: those are the ones that must be told apart.
 */
export function buildFeatures(texts: readonly string[], needed: (i: number) => boolean = () => true): FeatureSpace {
  const vocab = new Map<string, number>();
  const df: number[] = [];
  const seqs: Int32Array[] = [];
  let count = 0;
  for (let t = 0; t < texts.length; t++) {
    if (!needed(t)) {
      seqs.push(NONE);
      continue;
    }
    count++;
    const words = texts[t]!.toLowerCase().match(FEATURE_TOKEN) ?? [];
    const seq = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      let id = vocab.get(w);
      if (id === undefined) {
        id = vocab.size;
        vocab.set(w, id);
        df.push(0);
      }
      seq[i] = id;
    }
    seqs.push(seq);
  }
  const lastSeen = new Int32Array(df.length).fill(-1);
  seqs.forEach((seq, p) => {
    for (const id of seq) {
      if (lastSeen[id] !== p) {
        lastSeen[id] = p;
        df[id]!++;
      }
    }
  });
  const n = Math.max(1, count);
  const weights = new Float64Array(df.length);
  for (let i = 0; i < df.length; i++) weights[i] = Math.log((n + 1) / df[i]!);
  const features = seqs.map((seq) => {
    const bag = seq.slice().sort();
    let weight = 0;
    for (const id of bag) weight += weights[id]!;
    return { seq, bag, weight };
  });
  return { weights, features };
}

/** Weight of the bag intersection (multiset minimum) of two sorted bags. */
function commonWeight(a: Int32Array, b: Int32Array, weights: Float64Array): number {
  let i = 0;
  let j = 0;
  let w = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
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
  return total === 0 ? 1 : (2 * commonWeight(a.bag, b.bag, space.weights)) / total;
}

/** Share (by weight) of `part`'s words found in `whole`: is `part` a piece of `whole`? */
export function containment(space: FeatureSpace, part: Features, whole: Features): number {
  return part.weight === 0 ? 0 : commonWeight(part.bag, whole.bag, space.weights) / part.weight;
}

/** The features of several paragraphs read as one (a split's pieces, a merge's sources). */
export function concatFeatures(parts: readonly Features[]): Features {
  if (parts.length === 1) return parts[0]!;
  let len = 0;
  for (const p of parts) len += p.seq.length;
  const seq = new Int32Array(len);
  let o = 0;
  let weight = 0;
  for (const p of parts) {
    seq.set(p.seq, o);
    o += p.seq.length;
    weight += p.weight;
  }
  return { seq, bag: seq.slice().sort(), weight };
}

/**
 * Hashes of the paragraph's three-word shingles (one hash of all its words when it has fewer),
 * used to find candidate partners through an index.
 */
export function shingles(f: Features): number[] {
  const s = f.seq;
  if (s.length === 0) return [];
  if (s.length < 3) {
    let h = 0x811c9dc5;
    for (const id of s) h = Math.imul(h ^ id, 0x01000193);
    return [h];
  }
  const out = new Array<number>(s.length - 2);
  for (let i = 0; i + 2 < s.length; i++) {
    out[i] = Math.imul(Math.imul(Math.imul(0x811c9dc5 ^ s[i]!, 0x01000193) ^ s[i + 1]!, 0x01000193) ^ s[i + 2]!, 0x01000193);
  }
  return out;
}
