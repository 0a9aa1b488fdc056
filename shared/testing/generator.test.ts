import { describe, expect, it } from 'vitest';
import { draftSchema } from '../model/schema';
import { isParagraph } from '../model/draft';
import { generateDraft, generatePair, links, linkScore, prng } from './generator';

describe('generator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generatePair(7, 120)).toEqual(generatePair(7, 120));
    expect(generateDraft(7, 50).blocks).not.toEqual(generateDraft(8, 50).blocks);
    const r = prng(1);
    const xs = Array.from({ length: 1000 }, r);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });

  it('writes valid drafts with the requested number of paragraphs, numbered in order', () => {
    for (const seed of [1, 2, 3]) {
      const { base, target } = generatePair(seed, 150);
      for (const d of [base, target]) {
        expect(() => draftSchema.parse(d)).not.toThrow();
        const ps = d.blocks.filter(isParagraph);
        expect(ps.map((p) => p.number)).toEqual(ps.map((_, i) => String(i + 1)));
        expect(ps.every((p) => p.section.length === 2 && /^[A-Z]+\. /.test(p.section[0]!))).toBe(true);
        expect(new Set(d.blocks.map((b) => b.id)).size).toBe(d.blocks.length);
      }
      expect(base.blocks.filter(isParagraph)).toHaveLength(150);
    }
  });

  it('lists every base and target paragraph in the truth exactly once', () => {
    const { base, target, truth } = generatePair(11, 300);
    const bs = truth.flatMap((g) => g.base).sort();
    const ts = truth.flatMap((g) => g.target).sort();
    expect(bs).toEqual(base.blocks.filter(isParagraph).map((p) => p.id).sort());
    expect(ts).toEqual(target.blocks.filter(isParagraph).map((p) => p.id).sort());
    const kinds = { split: 0, merge: 0, deleted: 0, inserted: 0 };
    for (const g of truth) {
      if (g.target.length > 1) kinds.split++;
      if (g.base.length > 1) kinds.merge++;
      if (!g.target.length) kinds.deleted++;
      if (!g.base.length) kinds.inserted++;
    }
    expect(Object.values(kinds).every((n) => n > 0)).toBe(true);
  });

  it('scores links with precision, recall and F1', () => {
    const truth = links([{ base: ['a'], target: ['x', 'y'] }]);
    expect(linkScore(truth, truth).f1).toBe(1);
    const half = linkScore(new Set(['a→x']), truth);
    expect(half.precision).toBe(1);
    expect(half.recall).toBe(0.5);
  });
});
