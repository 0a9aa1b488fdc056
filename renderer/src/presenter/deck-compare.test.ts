import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareDrafts, CHANGE_KINDS } from '../../../shared/compare';
import type { ChangeKind } from '../../../shared/compare/types';
import type { Draft } from '../../../shared/model/draft';
import { deckSchema, type CompareDeck } from '../../../shared/view/deck';
import { generatePair } from '../../../shared/testing/generator';
import { demoNegotiation } from '../../../testing/demo';
import { citedNumbers, layoutComparison } from '../compare/layout';
import { textOf } from '../compare/side-text';
import { compareDeck, type DeckContext } from './deck-compare';
import { advance, end, following, jumpTo, placeOf, progressLine, step, withPlace } from './navigation';
import { defaultViewState } from '../view/defaults';

function context(base: Draft, target: Draft): DeckContext {
  const comparison = compareDrafts(base, target);
  return { comparison, base, target, baseCited: citedNumbers(base), targetCited: citedNumbers(target), layout: layoutComparison(comparison) };
}
const all = new Set(CHANGE_KINDS);
const join = (ops: CompareDeck['rows'][number]['ops'], keep: '-' | '+') => ops.filter(([op]) => op === '=' || op === keep).map(([, t]) => t).join('');

describe('the deck of the demo comparison Zero draft → Rev.2', () => {
  const { drafts } = demoNegotiation();
  const [zero, , rev2] = drafts;
  const ctx = context(zero!, rev2!);
  const deck = compareDeck(ctx, all, 'k');

  it('has a row for every row of the compare view, and stops at the same changes', () => {
    expect(deck.rows).toHaveLength(ctx.layout.rows.length);
    expect(deck.stops).toEqual(ctx.layout.stops);
    expect(deck.title).toBe('Zero draft → Rev.2');
    // A receiving window validates what it is sent: a real deck passes.
    expect(deckSchema.safeParse(deck).success).toBe(true);
  });

  it('carries each row’s combined redline: the earlier text without insertions, the later without deletions', () => {
    ctx.layout.rows.forEach((r, i) => {
      const c = ctx.comparison.changes[r.change]!;
      const row = deck.rows[i]!;
      if (r.role === 'stub') return expect(row.kind).toBe('stub');
      expect(row.kind).toBe(c.kind);
      if (c.base.length && c.kind !== 'unchanged') expect(join(row.ops, '-')).toBe(c.kind === 'inserted' ? '' : textOf(zero!, c.base));
      if (c.target.length) expect(join(row.ops, '+')).toBe(c.kind === 'deleted' ? '' : textOf(rev2!, c.target));
    });
  });

  it('names the kind, both numbers and the section of the cyber-mercenary paragraph', () => {
    const i = deck.rows.findIndex((r) => r.citation === 'Zero draft ¶10 → Rev.2 ¶11');
    const row = deck.rows[i]!;
    expect(row).toMatchObject({ kind: 'modified', badge: 'Modified', number: '11', was: '10', cite: '¶11' });
    expect(row.ops.filter(([op]) => op === '-').map(([, t]) => t).join('')).toContain('cyber mercenaries');
    const k = deck.stops.indexOf(i);
    expect(progressLine(deck, i)).toBe(`change ${k + 1} of ${deck.stops.length} · ¶11 · ${row.section}`);
    expect(row.section).toContain('Existing and potential threats');
  });

  it('steps through every change in order and stays at either end', () => {
    let at = end(deck, 'first');
    const seen = [at];
    for (;;) {
      const next = step(deck, at, 1);
      if (next === at) break;
      seen.push((at = next));
    }
    expect(seen).toEqual(deck.stops);
    expect(following(deck, at)).toBeNull();
    expect(step(deck, end(deck, 'first'), -1)).toBe(end(deck, 'first'));
    expect(step(deck, at, -1)).toBe(deck.stops[deck.stops.length - 2]);
  });

  it('jumps to a paragraph of the later draft by its number, and says where it stands among the changes', () => {
    const at = jumpTo(deck, '23')!;
    expect(deck.rows[at]!.number).toBe('23');
    expect(deck.rows[at]!.kind).not.toBe('deleted');
    expect(jumpTo(deck, '999')).toBeNull();
    expect(jumpTo(deck, '')).toBeNull();
    const unchanged = deck.rows.findIndex((r) => r.kind === 'unchanged' && r.number);
    expect(progressLine(deck, jumpTo(deck, deck.rows[unchanged]!.number)!)).toMatch(/^¶\S+ · no change · (after change \d+|before change 1) of \d+/);
  });

  it('shows a change taller than the screen part by part before moving on, and back', () => {
    const first = withPlace(defaultViewState(), deck, deck.stops[0]!);
    const p1 = advance(first, deck, 3, 1);
    const p2 = advance(p1, deck, 3, 1);
    expect([p1.presenter.part, p2.presenter.part, placeOf(deck, p2)]).toEqual([1, 2, deck.stops[0]]);
    const next = advance(p2, deck, 3, 1);
    expect([next.presenter.part, placeOf(deck, next)]).toEqual([0, deck.stops[1]]);
    expect(advance(p2, deck, 3, -1).presenter.part).toBe(1);
    // Back from the top of a change goes to the previous change, at its top.
    const back = advance(next, deck, 1, -1);
    expect([back.presenter.part, placeOf(deck, back)]).toEqual([0, deck.stops[0]]);
    // A jump always lands on the top of a change.
    expect(withPlace(p1, deck, deck.stops[4]!).presenter.part).toBe(0);
  });

  it('says where a paragraph that changed section came from, and its downgrade, on both of its rows', () => {
    const crossing = ctx.layout.rows.map((r, i) => [ctx.comparison.changes[r.change]!, deck.rows[i]!] as const).filter(([c]) => c.crossSection);
    expect(crossing.some(([c]) => c.standing === 'downgrade')).toBe(true);
    for (const [c, row] of crossing) {
      expect(row.detail).toMatch(row.kind === 'stub' ? /^now in / : /^from /);
      if (c.standing === 'downgrade') expect(row.detail).toMatch(/: a downgrade from the recommendations to the discussion$/);
      if (!c.standing) expect(row.detail).not.toMatch(/grade/);
    }
  });

  it('steps only through the kinds the change list shows', () => {
    const moves = compareDeck(ctx, new Set<ChangeKind>(['moved']), 'k');
    expect(moves.stops.length).toBe(ctx.comparison.summary.counts.moved);
    expect(moves.stops.every((r) => moves.rows[r]!.kind === 'moved')).toBe(true);
    expect(moves.rows).toEqual(deck.rows);
    expect(progressLine(moves, moves.stops[0]!)).toMatch(/^change 1 of \d+ · ¶/);
  });
});

describe('decks of generated revisions', () => {
  it('step forward then back returns to the same change, and every step lands on a stop', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.subarray([...CHANGE_KINDS]), fc.nat(), (seed, kinds, pick) => {
        const { base, target } = generatePair(seed, 40);
        const deck = compareDeck(context(base, target), new Set(kinds), 'k');
        const stops = new Set(deck.stops);
        for (const r of deck.stops) expect(kinds).toContain(deck.rows[r]!.kind);
        if (!deck.stops.length) return;
        const at = deck.stops[pick % deck.stops.length]!;
        const next = step(deck, at, 1);
        expect(stops.has(next)).toBe(true);
        if (next !== at) expect(step(deck, next, -1)).toBe(at);
        // From any row, not only a stop, the next change is the first stop after it.
        const row = pick % deck.rows.length;
        const after = deck.stops.find((s) => s > row);
        expect(step(deck, row, 1)).toBe(after ?? row);
      }),
      { numRuns: 40 },
    );
  });
});
