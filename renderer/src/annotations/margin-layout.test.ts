import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stackCards } from './margin-layout';

describe('stackCards', () => {
  it('leaves cards that do not overlap where they are and pushes the others just below', () => {
    expect(stackCards([0, 200, 210, 215, 600], [100, 50, 50, 50, 10])).toEqual([0, 0, 46, 97, 0]);
  });

  it('starts below the floor left by the cards above (a chunk placed after the one before)', () => {
    expect(stackCards([0, 200], [100, 50], 150)).toEqual([150, 56]);
  });

  it('placing a set in chunks, each below the last, gives the same places as placing it at once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 10, max: 120 })), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 10 }),
        (cards, chunk) => {
          let at = 0;
          const sorted = cards.map(([gap, h]) => ({ top: (at += gap), h }));
          const tops = sorted.map((c) => c.top);
          const heights = sorted.map((c) => c.h);
          const whole = stackCards(tops, heights).map((s, i) => tops[i]! + s);
          const pieces: number[] = [];
          let floor = -Infinity;
          for (let i = 0; i < tops.length; i += chunk) {
            const t = tops.slice(i, i + chunk);
            const hs = heights.slice(i, i + chunk);
            stackCards(t, hs, floor).forEach((s, j) => pieces.push(t[j]! + s));
            floor = pieces[pieces.length - 1]! + hs[hs.length - 1]! + 6;
          }
          expect(pieces).toEqual(whole);
        },
      ),
    );
  });
});
