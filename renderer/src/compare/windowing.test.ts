import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fullPlan, indexAt, prefixOffsets, windowPlan } from './windowing';

const sizes = fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 300 });

describe('windowed list arithmetic', () => {
  it('offsets are running sums and indexAt finds the item under a height', () => {
    const o = prefixOffsets([10, 20, 30]);
    expect([...o]).toEqual([0, 10, 30, 60]);
    expect([0, 9.9, 10, 29, 30, 59, 60, 1000, -5].map((y) => indexAt(o, y))).toEqual([0, 0, 1, 1, 2, 2, 2, 2, 0]);
  });

  it('renders every item the viewport and overscan touch, the pinned ones, and gaps that add up to the list', () => {
    fc.assert(
      fc.property(sizes, fc.nat(), fc.integer({ min: 1, max: 2000 }), fc.nat({ max: 800 }), fc.array(fc.integer({ min: -3, max: 320 }), { maxLength: 4 }), (s, topSeed, height, overscan, pinned) => {
        const o = prefixOffsets(s);
        const total = o[s.length]!;
        const top = topSeed % (total + 1);
        const plan = windowPlan(o, top, height, overscan, pinned);
        const shown = plan.runs.flatMap((r) => Array.from({ length: r.end - r.start }, (_, k) => r.start + k));
        // Sorted, no item twice, runs separated by real gaps.
        expect(shown).toEqual([...new Set(shown)].sort((a, b) => a - b));
        plan.runs.slice(1).forEach((r, i) => expect(r.start).toBeGreaterThan(plan.runs[i]!.end));
        // Gaps plus the shown items' sizes make up the whole list: the scrollbar is exact for measured sizes.
        const sum = plan.runs.reduce((a, r) => a + r.gapBefore + (o[r.end]! - o[r.start]!), 0) + plan.gapAfter;
        expect(sum).toBeCloseTo(total, 6);
        // Every item overlapping [top - overscan, top + height + overscan] is shown.
        for (let i = 0; i < s.length; i++) {
          if (o[i + 1]! > top - overscan && o[i]! < top + height + overscan) expect(shown).toContain(i);
        }
        for (const p of pinned) if (p >= 0 && p < s.length) expect(shown).toContain(p);
        // And not much more: the window itself is one run of at most the items overlapping it plus one.
        expect(shown.length).toBeLessThanOrEqual(s.length);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the work per screen constant: a long list shows as few items as a short one', () => {
    const short = prefixOffsets(Array(50).fill(100));
    const long = prefixOffsets(Array(50_000).fill(100));
    const a = windowPlan(short, 1000, 800, 400);
    const b = windowPlan(long, 2_000_000, 800, 400);
    const count = (p: ReturnType<typeof windowPlan>) => p.runs.reduce((n, r) => n + r.end - r.start, 0);
    expect(count(b)).toBe(count(a));
    expect(count(b)).toBeLessThanOrEqual(17);
  });

  it('a full plan (printing) has every item and no gaps', () => {
    expect(fullPlan(3)).toEqual({ runs: [{ start: 0, end: 3, gapBefore: 0 }], gapAfter: 0 });
    expect(fullPlan(0)).toEqual({ runs: [], gapAfter: 0 });
    expect(windowPlan(prefixOffsets([]), 0, 100, 10)).toEqual({ runs: [], gapAfter: 0 });
  });
});
