import { describe, expect, it } from 'vitest';
import { compareDrafts } from '../../../shared/compare';
import { citedNumbers } from '../../../shared/model/draft';
import { generatePair } from '../../../shared/testing/generator';
import { layoutComparison } from './layout';
import { comparedContext } from './useComparison';

describe('the comparison as the views read it', () => {
  const { base, target } = generatePair(5, 120);
  const comparison = compareDrafts(base, target);
  const layout = layoutComparison(comparison);
  const cited = { base, target, baseCited: citedNumbers(base), targetCited: citedNumbers(target) };

  it('is the comparison with its rows and the cited numbers made while the worker compared', () => {
    const ctx = comparedContext({ comparison, layout, cited }, base, target)!;
    expect(ctx).toEqual({ comparison, base, target, baseCited: citedNumbers(base), targetCited: citedNumbers(target), layout: layoutComparison(comparison) });
    expect(ctx.baseCited).toBe(cited.baseCited);
    expect(ctx.targetCited).toBe(cited.targetCited);
  });

  it('reads the cited numbers of the drafts on screen when they are not the ones the numbers were made from', () => {
    // The earlier draft renumbered since (a new object under the same id): its own numbers, not the old ones.
    const renumbered = { ...base, blocks: base.blocks.map((b) => (b.kind === 'paragraph' && b.number ? { ...b, number: `${b.number}bis` } : b)) };
    const ctx = comparedContext({ comparison, layout, cited }, renumbered, target)!;
    expect(ctx.baseCited).toEqual(citedNumbers(renumbered));
    expect(ctx.baseCited).not.toEqual(cited.baseCited);
    expect(ctx.targetCited).toBe(cited.targetCited);
    // No numbers made yet: read from the drafts.
    expect(comparedContext({ comparison, layout, cited: null }, base, target)).toEqual(comparedContext({ comparison, layout, cited }, base, target));
  });

  it('is nothing until the rows are made, or for other drafts than the compared ones', () => {
    expect(comparedContext({ comparison, layout: null, cited }, base, target)).toBeNull();
    expect(comparedContext({ comparison: null, layout, cited }, base, target)).toBeNull();
    expect(comparedContext({ comparison, layout, cited }, target, base)).toBeNull();
    expect(comparedContext({ comparison, layout, cited }, base, null)).toBeNull();
  });
});
