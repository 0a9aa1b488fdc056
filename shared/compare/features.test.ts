import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFeatures, concatFeatures, containment, HeldBag, shingles, similarity } from './features';
import { SAMPLE_PARAGRAPHS } from '../testing/lang-samples';

const samples = Object.values(SAMPLE_PARAGRAPHS).flat();
const piece = fc.oneof(fc.constantFrom(...samples.flatMap((p) => p.split(/(?<=\s)/u))), fc.constantFrom('各国', '考虑', 'ICT', 'the', 'The', ' ', ', ', '\n'), fc.string({ maxLength: 8 }));
const text = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(''));

/** The plain definition the buffer and counting sort must agree with: each text's ids, sorted one by one. */
function sortedCopy(seq: Int32Array): number[] {
  return [...seq].sort((a, b) => a - b);
}

describe('buildFeatures', () => {
  it("gives each text its words' ids in order and the same ids sorted, for any texts (six languages, Chinese without spaces)", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 30 }), fc.array(fc.boolean(), { maxLength: 30 }), (texts, skip) => {
        const space = buildFeatures(texts, (i) => !skip[i]);
        const again = buildFeatures(texts, (i) => !skip[i]);
        texts.forEach((t, i) => {
          const f = space.features[i]!;
          expect([...f.bag]).toEqual(sortedCopy(f.seq));
          if (skip[i]) expect(f.seq.length).toBe(0);
          // Equal words get equal ids, case folded: the same text read twice gives the same ids.
          expect([...again.features[i]!.seq]).toEqual([...f.seq]);
          let weight = 0;
          for (const id of f.bag) weight += space.weights[id]!;
          expect(f.weight).toBe(weight);
          expect(shingles(f).length).toBe(f.seq.length === 0 ? 0 : Math.max(1, f.seq.length - 2));
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
        const { features } = buildFeatures([t, `${t}\u2009`, `\u2009${t.toUpperCase()}`]);
        expect([...features[1]!.seq]).toEqual([...features[0]!.seq]);
        expect([...features[2]!.seq]).toEqual([...features[0]!.seq]);
      }),
      { numRuns: 300 },
    );
  });

  it('reads words case-folded and splits Chinese into characters', () => {
    const { features } = buildFeatures(['The States, the STATES.', '各国考虑 ICT', 'the ict']);
    const [a, b, c] = features.map((f) => [...f!.seq]);
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
          expect(held.similarityOfParts(ordinals, 0)).toBe(similarity(space, fs[i]!, concatFeatures(ordinals.map((k) => fs[k]!))));
        }
        held.release();
      }),
      { numRuns: 300 },
    );
  });
});

