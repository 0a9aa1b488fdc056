import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longestIncreasing } from './lis';

/** The length of a longest strictly increasing subsequence, by the plain quadratic recurrence. */
function longestLength(values: readonly number[]): number {
  const best: number[] = [];
  for (let i = 0; i < values.length; i++) {
    best[i] = 1;
    for (let j = 0; j < i; j++) if (values[j]! < values[i]!) best[i] = Math.max(best[i]!, best[j]! + 1);
  }
  return Math.max(0, ...best);
}

describe('longestIncreasing', () => {
  it('gives the indices, in order, of a strictly increasing subsequence of the longest length, from arrays and typed arrays alike', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 60 }), (values) => {
        const picked = longestIncreasing(values);
        for (let k = 1; k < picked.length; k++) {
          expect(picked[k]!).toBeGreaterThan(picked[k - 1]!);
          expect(values[picked[k]!]!).toBeGreaterThan(values[picked[k - 1]!]!);
        }
        expect(picked).toHaveLength(longestLength(values));
        expect(longestIncreasing(Int32Array.from(values))).toEqual(picked);
      }),
      { numRuns: 500 },
    );
  });
});
