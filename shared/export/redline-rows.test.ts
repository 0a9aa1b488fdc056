import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDrafts } from '../compare';
import { isParagraph, printedHeading, printedParagraph, type Draft } from '../model/draft';
import { generatePair } from '../testing/generator';
import { compareById, draft, editedPair, sampleDrafts } from './__fixtures__/drafts';
import { redlineRows, rowBaseText, rowTargetText, type RedlineRow } from './redline-rows';

const printed = (d: Draft): string[] => d.blocks.map((b) => (isParagraph(b) ? printedParagraph(b) : printedHeading(b)));

/** What Word does on Accept All / Reject All: a removed paragraph mark joins the next paragraph. */
function resolve(rows: RedlineRow[], side: 'accept' | 'reject'): string[] {
  const out: string[] = [];
  let current = '';
  for (const r of rows) {
    current += side === 'accept' ? rowTargetText(r) : rowBaseText(r);
    const markGoes = side === 'accept' ? r.mark === 'deleted' : r.mark === 'inserted';
    if (!markGoes) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}

describe('redlineRows', () => {
  it('accepting gives the target and rejecting the base, for hand-built random edits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 60 }), (seed, n) => {
        const { base, target } = editedPair(seed, n);
        const rows = redlineRows(base, target, compareById(base, target));
        expect(resolve(rows, 'accept')).toEqual(printed(target));
        expect(resolve(rows, 'reject')).toEqual(printed(base));
      }),
      { numRuns: 60 },
    );
  });

  it('accepting gives the target and rejecting the base, for the engine on generated revisions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 5, max: 120 }), (seed, n) => {
        const { base, target } = generatePair(seed, n);
        const rows = redlineRows(base, target, compareDrafts(base, target));
        expect(resolve(rows, 'accept')).toEqual(printed(target));
        expect(resolve(rows, 'reject')).toEqual(printed(base));
      }),
      { numRuns: 60 },
    );
  });

  it('shows a split that crosses a neighbour as a move, so both drafts keep their order', () => {
    // Seed 767 of the generator: a split piece lands before a paragraph that preceded it.
    const { base, target } = generatePair(767, 40);
    const rows = redlineRows(base, target, compareDrafts(base, target));
    expect(resolve(rows, 'accept')).toEqual(printed(target));
    expect(resolve(rows, 'reject')).toEqual(printed(base));
  });

  it('shows a move at both places, the old one after its base predecessor', () => {
    const { zero, rev } = sampleDrafts();
    const rows = redlineRows(zero, rev, compareDrafts(zero, rev));
    const to = rows.findIndex((r) => r.kind === 'moved' && !r.ghost);
    const from = rows.findIndex((r) => r.ghost);
    expect(rows[to]!.note).toBe('Moved from ¶4 (Zero draft)');
    expect(rows[from]!.note).toBe('Moved to ¶3 (Rev.2)');
    expect(rows[to]!.mark).toBe('inserted');
    expect(rows[from]!.mark).toBe('deleted');
    // Zero draft ¶3 precedes ¶4, so the old place follows the row holding ¶3.
    expect(rows[from - 1]!.base?.id).toBe('p3');
    expect(rows[to]!.displayOps).toEqual([['-', 'Some'], ['+', 'Many'], ['=', ' States highlighted the importance of capacity-building for developing countries.']]);
  });

  it('shows renumbering as a change of the number only', () => {
    const { zero, rev } = sampleDrafts();
    const row = redlineRows(zero, rev, compareDrafts(zero, rev)).find((r) => r.target?.id === 'p10')!;
    expect(row.numberOps).toEqual([['-', '8'], ['+', '9'], ['=', '. ']]);
    expect(row.textOps.every(([op]) => op === '=')).toBe(true);
  });

  it('cuts a split at new paragraph marks and a merge at deleted ones', () => {
    const { zero, rev } = sampleDrafts();
    const split = redlineRows(zero, rev, compareById(zero, rev, { splits: [['p9', ['p9a', 'p9b']]] })).filter((r) => r.kind === 'split');
    expect(split.map((r) => r.mark)).toEqual(['inserted', null]);
    expect(split[1]!.note).toBe('Split from ¶7 (Zero draft)');
    const a = draft('a', 'A', null, ['x: 1. One thing.', 'y: 2. Another thing.']);
    const b = draft('b', 'B', null, ['x: 1. One thing and another thing.']);
    const merged = redlineRows(a, b, compareById(a, b, { merges: [[['x', 'y'], 'x']] }));
    expect(merged.map((r) => r.mark)).toEqual(['deleted', null]);
    expect(resolve(merged, 'accept')).toEqual(['1. One thing and another thing.']);
    expect(resolve(merged, 'reject')).toEqual(['1. One thing.', '2. Another thing.']);
  });

  it('refuses a comparison of other drafts', () => {
    const { zero, rev } = sampleDrafts();
    expect(() => redlineRows(rev, zero, compareDrafts(zero, rev))).toThrow(/other drafts/);
  });
});
