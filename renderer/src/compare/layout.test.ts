import { describe, expect, it } from 'vitest';
import { importText, toDraft } from '../../../shared/import';
import { compareDrafts } from '../../../shared/compare';
import { generatePair } from '../../../shared/testing/generator';
import { citedNumbers, citeRefs, estimateRowHeight, heightAt, layoutComparison, rowExtent, snippetOf } from './layout';
import type { ParagraphRef } from '../../../shared/compare/types';
import type { Draft } from '../../../shared/model/draft';

describe('compare layout', () => {
  it('has one row per change, a stub per move at its old place, and stops at every real change in order', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { base, target } = generatePair(seed, 160);
      const cmp = compareDrafts(base, target);
      const { rows, stops, rowOfChange, rowOfStub } = layoutComparison(cmp);
      const changeRows = rows.filter((r) => r.role === 'change');
      expect(changeRows.map((r) => r.change)).toEqual(cmp.changes.map((_, i) => i));
      const moved = cmp.changes.map((c, i) => (c.kind === 'moved' ? i : -1)).filter((i) => i >= 0);
      expect([...rowOfStub.keys()].sort((a, b) => a - b)).toEqual(moved);
      expect(stops).toEqual(rows.flatMap((r, i) => (r.role === 'change' && r.kind !== 'unchanged' ? [i] : [])));
      // Each stub sits among base paragraphs in base order: after the nearest earlier one that did not move.
      for (const [change, row] of rowOfStub) {
        const at = cmp.changes[change]!.base[0]!.index;
        const before = rows.slice(0, row).reverse().find((r) => r.role === 'change' && r.kind !== 'moved' && cmp.changes[r.change]!.base.length);
        if (before) expect(cmp.changes[before.change]!.base[0]!.index).toBeLessThan(at);
        expect(rowOfChange.get(change)).not.toBe(row);
      }
      // A heading appears exactly where the section changes.
      expect(rows[0]!.heading).not.toBeNull();
    }
  });

  it('estimates a row from its extent, read once, as it estimated it from the row at each width', () => {
    // The estimate as it was written before extents (each column's lines at its width).
    const LINE = 25.6;
    const CHAR = 7.6;
    const before = (row: ReturnType<typeof layoutComparison>['rows'][number], cmp: ReturnType<typeof compareDrafts>, base: Draft, target: Draft, mode: 'combined' | 'side', width: number) => {
      const c = cmp.changes[row.change]!;
      const len = (draft: Draft, refs: ParagraphRef[]) => refs.reduce((a, r) => a + (draft.blocks[r.index]?.text.length ?? 0) + 2, 0);
      const lines = (chars: number, px: number) => Math.max(1, Math.ceil(chars / Math.max(10, px / CHAR)));
      let textLines: number;
      if (row.role === 'stub') textLines = lines(len(base, c.base), mode === 'side' ? (width - 40) / 2 - 48 : width - 82);
      else if (mode === 'side') textLines = Math.max(lines(len(base, c.base), (width - 40) / 2 - 48), lines(len(target, c.target), (width - 40) / 2 - 48));
      else textLines = lines(c.diff && c.kind !== 'unchanged' ? c.diff.reduce((a, [, t]) => a + t.length, 0) : len(c.target.length ? target : base, c.target.length ? c.target : c.base), width - 82);
      const label = row.role === 'stub' || c.kind !== 'unchanged' ? 19 : 0;
      return (row.heading !== null ? 50 : 0) + 18 + label + textLines * LINE;
    };
    for (const seed of [3, 8]) {
      const { base, target } = generatePair(seed, 200);
      const cmp = compareDrafts(base, target);
      const { rows } = layoutComparison(cmp);
      expect(rows.some((r) => r.role === 'stub')).toBe(true);
      for (const mode of ['combined', 'side'] as const) {
        const extents = rows.map((r) => rowExtent(r, cmp, base, target, mode));
        for (const width of [0, 120, 333, 900, 1500]) {
          rows.forEach((r, i) => {
            expect(heightAt(extents[i]!, width)).toBe(before(r, cmp, base, target, mode, width));
            expect(estimateRowHeight(r, cmp, base, target, mode, width)).toBe(before(r, cmp, base, target, mode, width));
          });
        }
      }
    }
  });

  it('cites subparagraphs with their parent number', () => {
    const para = (id: string, number: string, level: number) => ({ kind: 'paragraph' as const, id, number, level, section: ['A. Threats'], text: `Text ${id}` });
    const d: Draft = {
      id: 'd', label: 'Rev.1', date: null, sourceName: null, hash: '0'.repeat(64), title: 'T', symbol: null, importedAt: '',
      blocks: [
        { kind: 'heading', id: 'h1', level: 2, number: 'A', text: 'Threats' },
        para('p1', '1', 0), para('p2', '2', 0), para('p3', '(a)', 1), para('p4', '(i)', 2), para('p5', '(b)', 1), para('p6', '3', 0),
      ],
    };
    const cited = citedNumbers(d);
    expect([...cited.values()]).toEqual(['1', '2', '2(a)', '2(a)(i)', '2(b)', '3']);
    expect(citeRefs([{ index: 3, id: 'p3', number: '(a)' }, { index: 5, id: 'p5', number: '(b)' }], cited)).toBe('¶2(a), 2(b)');
    expect(citeRefs([{ index: 9, id: 'x', number: null }], cited)).toBe('unnumbered paragraph');
  });
});

describe('a paragraph that changed section in place', () => {
  it('shows its new place first, then the old one under its old heading', () => {
    const md = (discussion: string[], next: string[]) =>
      ['## A. Threats', '### Discussion', ...discussion, '### Recommended next steps', ...next].join('\n\n');
    const [p1, p2, p3, p4] = ['1. States noted ransomware.', '2. Delegations raised cables.', '3. States should share information.', '4. The Chair will convene a meeting.'];
    const base = toDraft(importText(md([p1!, p2!], [p3!, p4!]), 'markdown'), { fileName: null, id: 'b' });
    const target = toDraft(importText(md([p1!, p2!, p3!], [p4!]), 'markdown'), { fileName: null, id: 't' });
    const { rows } = layoutComparison(compareDrafts(base, target));
    expect(rows.map((r) => `${r.role}:${r.kind}:${r.heading ?? ''}`)).toEqual([
      'change:unchanged:A. Threats › Discussion',
      'change:unchanged:',
      'change:moved:',
      'stub:moved:A. Threats › Recommended next steps',
      'change:unchanged:',
    ]);
  });
});

describe('a change’s snippet in the list', () => {
  it('never shows an empty edit: a split or merge that only moved a paragraph break reads as its text', () => {
    const { base, target } = generatePair(7, 400);
    const cmp = compareDrafts(base, target);
    const snippets = cmp.changes.filter((c) => c.kind !== 'unchanged').map((c) => snippetOf(c, base, target));
    expect(snippets.length).toBeGreaterThan(100);
    for (const s of snippets) {
      expect(s.trim()).not.toBe('');
      // No sign standing alone: every − or + carries the words it marks.
      expect(s).not.toMatch(/(^|\s)[−+](\s|$)/);
    }
  });
});
