import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFeatures, shingles } from './features';
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
});
