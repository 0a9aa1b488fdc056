/**
 * The redline marks held in the paragraph being typed in (held-marks.ts): while typing goes on
 * there, that paragraph keeps what it showed; everywhere else, and once typing pauses (settle),
 * the caret leaves or another kind of edit comes, what is drawn is exactly what is computed.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Selection, TextSelection, type EditorState } from 'prosemirror-state';
import type { Decoration, DecorationSet } from 'prosemirror-view';
import { demoDraft, randomEdits, richDraft, workingState } from '../testing/builders';
import { redlineKey, type RedlineMeta } from './redline';
import { typedBlock } from './held-marks';
import { setMarkup } from './markup';

const describeSet = (set: DecorationSet, from = 0, to = Infinity): string[] =>
  set
    .find()
    .filter((d: Decoration) => d.from >= from && d.to <= to)
    .map((d: Decoration) => `${d.from}-${d.to}|${(d.spec as { key?: string }).key ?? ''}|${(d.spec as { change?: string }).change ?? ''}`)
    .sort();

const redline = (state: EditorState) => redlineKey.getState(state)!;
const settle = (state: EditorState) => state.apply(state.tr.setMeta(redlineKey, { settle: true } satisfies RedlineMeta));

/** The start of the text of the first paragraph with at least `words` words, and that paragraph. */
function paragraphWithWords(state: EditorState, words: number): { pos: number; text: string } {
  let found: { pos: number; text: string } | null = null;
  state.doc.forEach((n, pos) => {
    if (!found && n.type.name === 'paragraph' && n.textContent.split(' ').length >= words) found = { pos: pos + 1, text: n.textContent };
  });
  return found!;
}

describe('redline marks held while typing', () => {
  it('typing a letter before a word holds its deleted-word mark until typing pauses', () => {
    let state = workingState(demoDraft());
    const { pos, text } = paragraphWithWords(state, 6);
    // The caret at the start of the third word: typing there replaces that word.
    const at = pos + text.split(' ').slice(0, 2).join(' ').length + 1;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, at)));
    state = state.apply(state.tr.insertText('x'));
    const computed = describeSet(redline(state).layer.decorations);
    expect(computed.some((d) => d.includes('del:'))).toBe(true);
    expect(redline(state).held).toBe(String(state.doc.resolve(at).node(1).attrs.id));
    expect(describeSet(redline(state).shown).some((d) => d.includes('del:'))).toBe(false);
    // More letters: still held; the inserted words' set follows every key all the same.
    state = state.apply(state.tr.insertText('y'));
    expect(redline(state).held).not.toBeNull();
    expect(redline(state).inserts.decorations.find().some((d) => state.doc.textBetween(d.from, d.to).startsWith('xy'))).toBe(true);
    // Typing pauses: what is drawn is what is computed.
    state = settle(state);
    expect(redline(state).held).toBeNull();
    expect(describeSet(redline(state).shown)).toEqual(describeSet(redline(state).layer.decorations));
    // A space after the new letters takes the deleted word away: its mark is held until the pause.
    state = state.apply(state.tr.insertText(' '));
    expect(describeSet(redline(state).layer.decorations).some((d) => d.includes('del:'))).toBe(false);
    expect(describeSet(redline(state).shown).some((d) => d.includes('del:'))).toBe(true);
    // The caret leaving the paragraph lets it go at once.
    state = state.apply(state.tr.setSelection(Selection.atEnd(state.doc)));
    expect(state.selection.$head.node(1)).not.toBe(state.doc.resolve(at).node(1));
    expect(redline(state).held).toBeNull();
    expect(describeSet(redline(state).shown)).toEqual(describeSet(redline(state).layer.decorations));
  });

  it('holds nothing for edits that are not typing inside one paragraph', () => {
    let state = workingState(demoDraft());
    const { pos, text } = paragraphWithWords(state, 6);
    const mid = pos + text.indexOf(' ', 10);
    // Text inserted beside a selection left non-empty, and a range deleted across the paragraph's end (a join).
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, mid, mid + 3)));
    expect(typedBlock(state.tr.insert(mid - 1, state.schema.text('z')))).toBeNull();
    expect(typedBlock(state.tr.insertText('z'))).not.toBeNull();
    expect(typedBlock(state.tr.delete(mid, pos + text.length + 3))).toBeNull();
    // Markup hidden and shown again: drawn as computed.
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, mid)).insertText('q'));
    state = state.apply(setMarkup(false)(state, undefined) ? state.tr.setMeta(redlineKey, { show: false }) : state.tr);
    expect(redline(state).held).toBeNull();
    expect(redline(state).shown.find()).toEqual([]);
  });

  it('draw exactly what is computed outside the held paragraph, and everywhere once settled (property)', () => {
    const bases = [richDraft(7, 30), demoDraft()];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 20 }), (which, seed, n) => {
        const { state, edits } = randomEdits(workingState(bases[which]!), seed, n);
        const r = redline(state);
        if (r.held !== null) {
          let from = 0;
          let to = 0;
          state.doc.forEach((node, pos) => {
            if (String(node.attrs.id) === r.held) [from, to] = [pos, pos + node.nodeSize];
          });
          expect(to, edits.join(', ')).toBeGreaterThan(from);
          const outside = (set: DecorationSet) => [...describeSet(set, 0, from), ...describeSet(set, to)].filter((d) => !d.startsWith(`${from}-`) || d.startsWith(`${from}-${from}`));
          expect(outside(r.shown), edits.join(', ')).toEqual(outside(r.layer.decorations));
        } else {
          expect(describeSet(r.shown), edits.join(', ')).toEqual(describeSet(r.layer.decorations));
        }
        const settled = redline(settle(state));
        expect(settled.held).toBeNull();
        expect(describeSet(settled.shown), edits.join(', ')).toEqual(describeSet(settled.layer.decorations));
      }),
      { numRuns: Number(process.env.EDITOR_PROPERTY_RUNS ?? 40) },
    );
  }, 120_000);
});
