import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EditorState } from 'prosemirror-state';
import { draftToDoc } from './draft-doc';
import { blockPieces, draftInPieces } from './progressive';
import { generatePair } from '../../../shared/testing/generator';
import type { Draft } from '../../../shared/model/draft';

function assemble(draft: Draft, first: number, next: number) {
  const pieces = draftInPieces(draft, first, next);
  let state = EditorState.create({ doc: pieces.first });
  for (const piece of pieces.rest) state = state.apply(state.tr.insert(state.doc.content.size, piece()));
  return { doc: state.doc, count: pieces.rest.length + 1 };
}

describe('draft in pieces', () => {
  it('gives back the whole 500-paragraph draft, the first piece about a screenful and every later one bounded', () => {
    const draft = generatePair(9, 500).base;
    const pieces = blockPieces(draft.blocks, 4000, 3000);
    expect(pieces.length).toBeGreaterThan(20);
    const size = (p: Draft['blocks']) => p.reduce((s, b) => s + b.text.length + 2, 0);
    expect(size(pieces[0]!)).toBeLessThanOrEqual(4000);
    for (const p of pieces.slice(1)) expect(p.length === 1 || size(p) <= 3000).toBe(true);
    expect(pieces.flat()).toEqual(draft.blocks);
    expect(assemble(draft, 4000, 3000).doc.eq(draftToDoc(draft))).toBe(true);
  });

  it('keeps a short draft whole, and a paragraph longer than a piece gets a piece of its own', () => {
    const short = generatePair(9, 5).base;
    expect(draftInPieces(short).rest).toEqual([]);
    expect(draftInPieces(short).first.eq(draftToDoc(short))).toBe(true);
    const long = { ...short, blocks: [0, 1, 2].map((i) => ({ kind: 'paragraph' as const, id: `p${i}`, number: String(i + 1), level: 0, text: 'word '.repeat(3000) })) } as Draft;
    expect(blockPieces(long.blocks, 1000, 1000).map((p) => p.length)).toEqual([1, 1, 1]);
  });

  it('reassembles any draft exactly, whatever the piece sizes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (n, first, next) => {
        const draft = generatePair(n, n).base;
        expect(assemble(draft, first, next).doc.eq(draftToDoc(draft))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
