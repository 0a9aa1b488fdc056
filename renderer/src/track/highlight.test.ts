import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findTerm } from '../../../shared/track';
import { citeList, findWording, paragraphIndex, splitHighlights, type Range } from './highlight';
import type { Draft } from '../../../shared/model/draft';

const covered = (ranges: readonly Range[], length: number, i: number) => ranges.some((r) => Math.max(0, r.start) <= i && i < Math.min(length, r.end));

describe('splitHighlights', () => {
  it('marks exactly the matched words of a paragraph', () => {
    const text = 'States noted cyber mercenaries and Cyber Mercenaries offering hack-for-hire services.';
    const term = { id: 't', phrase: 'cyber mercenaries', alternatives: ['hack-for-hire'], category: '', color: '#1f6feb' };
    const segs = splitHighlights(text, findTerm(term, text));
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['cyber mercenaries', 'Cyber Mercenaries', 'hack-for-hire']);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('merges overlapping and touching ranges, clamps those past the text and ignores empty ones', () => {
    expect(splitHighlights('abcdefgh', [{ start: 5, end: 20 }, { start: 1, end: 3 }, { start: 2, end: 4 }, { start: 4, end: 5 }, { start: 6, end: 6 }])).toEqual([
      { text: 'a', mark: false },
      { text: 'bcdefgh', mark: true },
    ]);
    expect(splitHighlights('', [{ start: 0, end: 3 }])).toEqual([{ text: '', mark: false }]);
  });

  it('always rebuilds the text, alternates plain and marked, and marks exactly the covered offsets', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(fc.record({ start: fc.integer({ min: -5, max: 70 }), end: fc.integer({ min: -5, max: 70 }) }), { maxLength: 8 }), (text, ranges) => {
        const segs = splitHighlights(text, ranges);
        expect(segs.map((s) => s.text).join('')).toBe(text);
        segs.forEach((s, i) => {
          if (i > 0) expect(s.mark).not.toBe(segs[i - 1]!.mark);
          if (text.length > 0) expect(s.text.length).toBeGreaterThan(0);
        });
        let at = 0;
        for (const s of segs) {
          for (let k = 0; k < s.text.length; k++) expect(s.mark).toBe(covered(ranges, text.length, at + k));
          at += s.text.length;
        }
      }),
    );
  });
});

describe('findWording', () => {
  it('finds whole words ignoring case and spacing, never inside another word', () => {
    const text = 'States Should act; they should, as  appropriate, consider shoulders.';
    expect(findWording(text, 'should').map((r) => text.slice(r.start, r.end))).toEqual(['Should', 'should']);
    expect(findWording(text, 'as appropriate').map((r) => text.slice(r.start, r.end))).toEqual(['as  appropriate']);
    expect(findWording(text, '  ')).toEqual([]);
    expect(findWording('a (b) c', '(b)')).toEqual([{ start: 2, end: 5 }]);
  });
});

describe('paragraphIndex and citeList', () => {
  const draft: Draft = {
    id: 'd', label: 'Rev.1', date: null, sourceName: null, hash: '0'.repeat(64), title: '', symbol: null, importedAt: '',
    blocks: [
      { kind: 'heading', id: 'h1', level: 1, number: null, text: 'Recommended next steps' },
      { kind: 'paragraph', id: 'p8', number: '8', level: 0, section: ['Recommended next steps'], text: 'States should:' },
      { kind: 'paragraph', id: 'p8a', number: '(a)', level: 1, section: ['Recommended next steps'], text: 'act' },
      { kind: 'paragraph', id: 'px', number: null, level: 0, section: [], text: 'unnumbered' },
    ],
  };
  it('cites subparagraphs with their parent number and keeps text and section', () => {
    const ix = paragraphIndex(draft);
    expect(ix.get('p8a')).toEqual({ id: 'p8a', text: 'act', cite: '¶8(a)', section: ['Recommended next steps'] });
    expect(ix.get('px')?.cite).toBe('');
    expect(ix.has('h1')).toBe(false);
    const refs = [{ id: 'p8', number: '8', section: [] }, { id: 'p8a', number: '(a)', section: [] }, { id: 'px', number: null, section: [] }];
    expect(citeList(refs, ix)).toBe('¶8, ¶8(a), unnumbered');
    expect(citeList([], ix)).toBe('—');
    expect(citeList(refs, ix, 2)).toBe('¶8, ¶8(a) and 1 more');
    expect(citeList(refs, ix, 3)).toBe('¶8, ¶8(a), unnumbered');
    expect(citeList([{ id: 'gone', number: '12', section: [] }], ix)).toBe('¶12');
  });
});
