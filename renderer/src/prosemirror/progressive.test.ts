import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EditorState } from 'prosemirror-state';
import { draftToDoc } from './draft-doc';
import { docInPieces } from './progressive';
import { generatePair } from '../../../shared/testing/generator';
import type { Draft } from '../../../shared/model/draft';

function appendAll(first: ReturnType<typeof docInPieces>['first'], rest: ReturnType<typeof docInPieces>['rest']) {
  let state = EditorState.create({ doc: first });
  for (const piece of rest) state = state.apply(state.tr.insert(state.doc.content.size, piece));
  return state.doc;
}

describe('docInPieces', () => {
  it('gives back the whole 500-paragraph draft, the first piece about a screenful and every later one bounded', () => {
    const doc = draftToDoc(generatePair(9, 500).base);
    const { first, rest } = docInPieces(doc, 10_000, 8_000);
    expect(rest.length).toBeGreaterThan(5);
    expect(first.content.size).toBeLessThanOrEqual(10_000 + 2000);
    for (const p of rest) expect(p.childCount === 1 || p.size <= 8_000).toBe(true);
    expect(appendAll(first, rest).eq(doc)).toBe(true);
  });

  it('keeps a short draft whole, and a paragraph longer than a piece gets a piece of its own', () => {
    const doc = draftToDoc(generatePair(9, 5).base);
    expect(docInPieces(doc)).toEqual({ first: doc, rest: [] });
    const long = draftToDoc({ ...generatePair(9, 3).base, blocks: [0, 1, 2].map((i) => ({ kind: 'paragraph' as const, id: `p${i}`, number: String(i + 1), level: 0, text: 'word '.repeat(3000) })) } as Draft);
    const { first, rest } = docInPieces(long, 1000, 1000);
    expect(first.childCount).toBe(1);
    expect(rest.map((p) => p.childCount)).toEqual([1, 1]);
  });

  it('reassembles any document exactly, whatever the piece sizes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (n, first, next) => {
        const doc = draftToDoc(generatePair(n, n).base);
        const { first: head, rest } = docInPieces(doc, first, next);
        expect(head.childCount + rest.reduce((s, p) => s + p.childCount, 0)).toBe(doc.childCount);
        expect(appendAll(head, rest).eq(doc)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
