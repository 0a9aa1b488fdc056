import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newWorkingDraft } from '../../../../shared/draft/working';
import { demoDraft, richDraft, stateDraft, workingState } from '../testing/builders';
import { editorDoc } from './to-doc';
import { docDraft } from './to-draft';
import { schemeFor } from '../setup';

describe('Draft ⇄ editor document', () => {
  it('gives back the demo draft exactly: numbers, sections, emphasis, footnotes', () => {
    const base = demoDraft();
    const working = newWorkingDraft(base, { id: 'wd', label: 'W', now: new Date(0) });
    expect(working.blocks).toEqual(base.blocks);
    expect(docDraft(editorDoc(working), working, schemeFor(base))).toEqual(working);
  });

  it('gives back generated drafts exactly, footnotes at their offsets and links kept (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 5, max: 60 }), (seed, n) => {
        const base = richDraft(seed, n);
        const working = newWorkingDraft(base, { id: 'wd', label: 'W', now: new Date(0) });
        const withOffsets = {
          ...working,
          blocks: working.blocks.map((b) => (b.kind === 'paragraph' && b.footnotes && b.text.length > 12 ? { ...b, footnotes: b.footnotes.map((f) => ({ ...f, at: 12 })) } : b)),
        };
        expect(docDraft(editorDoc(withOffsets), withOffsets, schemeFor(base)).blocks).toEqual(withOffsets.blocks);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps statuses, reviewed changes and proposals through the document', () => {
    const base = demoDraft();
    const state = workingState(base);
    const draft = stateDraft(state, base);
    expect(draft.working).toEqual({ baseId: base.id, delegationId: null, statuses: {}, reviewed: [], proposals: [] });
    const p = base.blocks.find((b) => b.kind === 'paragraph')!;
    const with_ = { ...draft, working: { ...draft.working!, statuses: { [p.id]: 'agreed-ad-ref' as const }, reviewed: ['t:x'] } };
    expect(docDraft(editorDoc(with_), with_, schemeFor(base)).working).toEqual(with_.working);
  });
});
