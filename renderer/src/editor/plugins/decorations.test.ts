/**
 * The decorations kept up to date block by block (redline, brackets) and the numbers must equal the ones
 * a fresh editor computes from scratch for the same document, after any sequence of edits.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EditorState, type Plugin } from 'prosemirror-state';
import type { Decoration, DecorationSet } from 'prosemirror-view';
import { newWorkingDraft } from '../../../../shared/draft/working';
import { demoDraft, randomEdits, richDraft, run, workingState } from '../testing/builders';
import { editorPlugins } from '../setup';
import { redlineKey } from './redline';
import { bracketsKey } from './brackets';
import { blockLabels } from './numbering';
import { setMarkup } from './markup';
import { setStatus } from '../commands/status';

function describeSet(set: DecorationSet | undefined): string[] {
  return (set?.find() ?? [])
    .map((d: Decoration) => {
      const type = (d as unknown as { type: { attrs?: Record<string, string> } }).type;
      const spec = d.spec as { key?: string; change?: string; reviewed?: boolean };
      return `${d.from}-${d.to}|${spec.key ?? ''}|${spec.change ?? ''}|${spec.reviewed ?? ''}|${JSON.stringify(type.attrs ?? {})}`;
    })
    .sort();
}

function sets(state: EditorState): Record<string, string[]> {
  return {
    redline: describeSet(redlineKey.getState(state)?.layer.decorations),
    inserts: describeSet(redlineKey.getState(state)?.inserts.decorations),
    brackets: describeSet(bracketsKey.getState(state)?.decorations),
    numbers: blockLabels(state).map((l) => l ?? ''),
  };
}

describe('decorations after edits', () => {
  const bases = [richDraft(5, 30), demoDraft()];
  const plugins = (i: number): Plugin[] => {
    const base = bases[i]!;
    return editorPlugins({ draft: newWorkingDraft(base, { id: 'wd-1', label: 'W' }), base });
  };

  it('are the same as a fresh computation over the same document (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 20 }), (which, seed, n) => {
        const { state, edits } = randomEdits(workingState(bases[which]!), seed, n);
        const fresh = EditorState.create({ doc: state.doc, plugins: plugins(which) });
        expect(sets(state), edits.join(', ')).toEqual(sets(fresh));
      }),
      { numRuns: Number(process.env.EDITOR_PROPERTY_RUNS ?? 40), ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED), path: process.env.FC_PATH, endOnFailure: true } : {}) },
    );
  }, 120_000);

  it('number every numbered block after a status change, and the clean view hides only the redline', () => {
    const base = demoDraft();
    let state = workingState(base);
    const numbered = state.doc.content.content.filter((n) => n.attrs.numbered).length;
    state = run(state, setStatus('agreed'));
    expect(blockLabels(state).filter(Boolean).length).toBe(numbered);
    const at = 1 + state.doc.child(0).nodeSize + 1;
    state = state.apply(state.tr.insertText('Revised: ', at));
    expect(redlineKey.getState(state)!.layer.decorations.find().length).toBeGreaterThan(0);
    // The inserted words are their own set (painted as highlights), never drawn as decorations.
    const inserted = redlineKey.getState(state)!.inserts.decorations.find();
    expect(inserted.some((d) => state.doc.textBetween(d.from, d.to).includes('Revised: '))).toBe(true);
    expect(redlineKey.getState(state)!.layer.decorations.find().filter((d) => d.from < d.to && (d.spec as { insert?: boolean }).insert)).toEqual([]);
    state = run(state, setMarkup(false));
    expect(redlineKey.getState(state)!.layer.decorations.find()).toEqual([]);
    expect(redlineKey.getState(state)!.inserts.decorations.find()).toEqual([]);
    expect(blockLabels(state).filter(Boolean).length).toBe(numbered);
    state = run(state, setMarkup(null));
    expect(redlineKey.getState(state)!.show).toBe(true);
  });
});
