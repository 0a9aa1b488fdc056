import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFeatures, containment, HeldBag, shingles, similarity, type Features, type FeatureSpace } from './features';
import { SAMPLE_PARAGRAPHS } from '../testing/lang-samples';

const samples = Object.values(SAMPLE_PARAGRAPHS).flat();
const piece = fc.oneof(fc.constantFrom(...samples.flatMap((p) => p.split(/(?<=\s)/u))), fc.constantFrom('各国', '考虑', 'ICT', 'the', 'The', ' ', ', ', '\n'), fc.string({ maxLength: 8 }));
const text = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(''));

/** The plain definition the buffer and counting sort must agree with: each text's ids, sorted one by one. */
function sortedCopy(seq: readonly number[]): number[] {
  return [...seq].sort((a, b) => a - b);
}

/** A paragraph's token ids in reading order, and sorted. */
const seqOf = (space: FeatureSpace, f: Features): number[] => [...space.seqs.subarray(f.from, f.to)];
const bagOf = (space: FeatureSpace, f: Features): number[] => [...space.bags.subarray(f.from, f.to)];

/**
 * The space with one more paragraph: `parts` read as one (their ids joined, then sorted; their
 * weights added in order), the plain definition of a split's pieces or a merge's sources.
 */
function withJoined(space: FeatureSpace, parts: readonly Features[]): [FeatureSpace, Features] {
  const seq = parts.flatMap((p) => seqOf(space, p));
  let weight = 0;
  for (const p of parts) weight += p.weight;
  // After the end of both buffers (the ids' buffer may be longer than the bags').
  const from = Math.max(space.seqs.length, space.bags.length);
  const joined: Features = { from, to: from + seq.length, weight };
  const seqs = new Int32Array(joined.to);
  seqs.set(space.seqs);
  seqs.set(seq, from);
  const bags = new Int32Array(joined.to);
  bags.set(space.bags);
  bags.set(sortedCopy(seq), from);
  return [{ weights: space.weights, features: [...space.features, joined], seqs, bags }, joined];
}

describe('buildFeatures', () => {
  it("gives each text its words' ids in order and the same ids sorted, for any texts (six languages, Chinese without spaces)", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 30 }), fc.array(fc.boolean(), { maxLength: 30 }), (texts, skip) => {
        const space = buildFeatures(texts, (i) => !skip[i]);
        const again = buildFeatures(texts, (i) => !skip[i]);
        texts.forEach((t, i) => {
          const f = space.features[i]!;
          const seq = seqOf(space, f);
          expect(bagOf(space, f)).toEqual(sortedCopy(seq));
          if (skip[i]) expect(seq.length).toBe(0);
          // Equal words get equal ids, case folded: the same text read twice gives the same ids.
          expect(seqOf(again, again.features[i]!)).toEqual(seq);
          let weight = 0;
          for (const id of bagOf(space, f)) weight += space.weights[id]!;
          expect(f.weight).toBe(weight);
          // A word's weight is its rarity among the selected texts: log((n + 1) / the number of them it occurs in).
          const selected = space.features.filter((_, k) => !skip[k]);
          for (const id of seq) {
            const df = selected.filter((g) => seqOf(space, g).includes(id)).length;
            expect(space.weights[id]).toBe(Math.log((Math.max(1, selected.length) + 1) / df));
          }
          expect(shingles(space, f).length).toBe(seq.length === 0 ? 0 : Math.max(1, seq.length - 2));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('reads ASCII text (control codes too) by its bytes as the Unicode pattern reads it', () => {
    const ascii = fc.array(fc.oneof(fc.constantFrom('States', 'STATES', 'a', 'B7', '1.5', "U.N.'s", ' ', '  ', '\t', '\n', '\x00', '\x7f', '-', '_'), fc.string({ unit: 'binary-ascii', maxLength: 6 })), { maxLength: 30 });
    fc.assert(
      fc.property(ascii, (parts) => {
        const t = parts.join('');
        // A thin space (not ASCII, not a word) sends the second copy through the Unicode pattern.
        const space = buildFeatures([t, `${t}\u2009`, `\u2009${t.toUpperCase()}`]);
        const [a, b, c] = space.features.map((f) => seqOf(space, f));
        expect(b).toEqual(a);
        expect(c).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('reads words case-folded and splits Chinese into characters', () => {
    const space = buildFeatures(['The States, the STATES.', '各国考虑 ICT', 'the ict']);
    const [a, b, c] = space.features.map((f) => seqOf(space, f));
    expect(a).toEqual([a![0], a![1], a![0], a![1]]);
    expect(b).toHaveLength(5);
    expect(c).toEqual([a![0], b![4]]);
  });

  it('gives, holding one bag, the same similarity and containment to the bit as merging the two sorted bags, and of pieces read as one', () => {
    // Few distinct words, so bags share words and repeat them (counts matter).
    const word = fc.constantFrom('states', 'should', 'the', 'norms', 'ICT', 'of', 'a', '各国', 'الدول', '1.5');
    const para = fc.array(word, { maxLength: 25 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(para, { minLength: 2, maxLength: 12 }), fc.array(fc.nat(11), { minLength: 1, maxLength: 4 }), (texts, pick) => {
        const space = buildFeatures(texts);
        const held = new HeldBag(space);
        const fs = space.features;
        for (let i = 0; i < fs.length; i++) {
          held.hold(fs[i]!);
          for (let j = 0; j < fs.length; j++) {
            expect(held.similarity(fs[j]!)).toBe(similarity(space, fs[i]!, fs[j]!));
            expect(held.contains(fs[j]!)).toBe(containment(space, fs[j]!, fs[i]!));
          }
          const ordinals = pick.map((k) => k % fs.length);
          const [wider, joined] = withJoined(space, ordinals.map((k) => fs[k]!));
          expect(held.similarityOfParts(ordinals, 0)).toBe(similarity(wider, fs[i]!, joined));
        }
        held.release();
      }),
      { numRuns: 300 },
    );
  });
});

