/**
 * The editor's commands on a real draft (the demo's Rev.2): splitting and joining paragraphs as a
 * word processor does, moving them, brackets and alternatives, find and replace, footnotes,
 * attributing, accepting and rejecting changes, all undoable.
 */
import { describe, expect, it } from 'vitest';
import { TextSelection, type EditorState } from 'prosemirror-state';
import { undo } from 'prosemirror-history';
import { demoDraft, run, stateDraft, workingState } from '../testing/builders';
import { blockNumbers } from '../plugins/numbering';
import { changesOf, pendingChanges } from '../queries/changes';
import { findKey, findNext, replaceAll, setFindQuery } from '../plugins/find';
import { backspaceAtStart, moveBlocks, splitParagraph } from './blocks';
import { addAlternative, bracketSelection, removeBrackets } from './brackets';
import { insertFootnote } from './footnote';
import { attributeChange } from './proposals';
import { acceptChange } from './accept';
import { rejectChange } from './reject';

const base = demoDraft();

/** Position of text offset `offset` in the paragraph numbered `n` (or the end of it). */
function at(state: EditorState, n: string, offset?: number): number {
  const numbers = blockNumbers(state);
  let pos = 0;
  for (let i = 0; i < state.doc.childCount; i++) {
    const node = state.doc.child(i);
    if (numbers[i] === n && node.type.name === 'paragraph') return pos + 1 + (offset ?? node.content.size);
    pos += node.nodeSize;
  }
  throw new Error(`no ¶${n}`);
}
const select = (s: EditorState, from: number, to = from) => s.apply(s.tr.setSelection(TextSelection.create(s.doc, from, to)));
const paragraph = (s: EditorState, n: string) => s.doc.nodeAt(at(s, n, 0) - 1)!;

describe('editor commands', () => {
  it('Enter at the start of a paragraph pushes it down with its identity; numbers follow', () => {
    const s0 = workingState(base);
    const id = paragraph(s0, '5').attrs.id;
    const s1 = run(select(s0, at(s0, '5', 0)), splitParagraph);
    expect(paragraph(s1, '6').attrs.id).toBe(id);
    expect(paragraph(s1, '5').textContent).toBe('');
    expect(paragraph(s1, '5').attrs.id).not.toBe(id);
    expect(changesOf(s1).map((c) => c.kind)).toEqual(['new']);
    expect(blockNumbers(s1).filter((n) => n && /^\d+$/.test(n)).length).toBe(blockNumbers(s0).filter((n) => n && /^\d+$/.test(n)).length + 1);
  });

  it('Enter in the middle splits: the first part keeps the id, Backspace joins back to the base', () => {
    const s0 = workingState(base);
    const p = paragraph(s0, '3');
    const cut = p.textContent.indexOf(' States recalled');
    const s1 = run(select(s0, at(s0, '3', cut)), splitParagraph);
    expect(paragraph(s1, '3').attrs.id).toBe(p.attrs.id);
    expect(paragraph(s1, '4').textContent).toMatch(/^ States recalled/);
    expect(changesOf(s1).map((c) => c.kind)).toEqual(['delete', 'new']);
    const s2 = run(select(s1, at(s1, '4', 0)), backspaceAtStart);
    expect(changesOf(s2)).toEqual([]);
  });

  it('moves a paragraph with its identity: a move, not a deletion and an insertion', () => {
    const s0 = workingState(base);
    const id = paragraph(s0, '2').attrs.id;
    const s1 = run(select(s0, at(s0, '2', 3)), moveBlocks(1));
    expect(paragraph(s1, '3').attrs.id).toBe(id);
    // Two neighbours swapped: one of them is the move (the engine's longest-chain rule decides which).
    const moved = changesOf(s1);
    expect(moved.map((c) => c.kind)).toEqual(['moved']);
    expect([id, paragraph(s0, '3').attrs.id]).toContain(moved[0]!.blockId);
    expect(changesOf(run(s1, rejectChange(moved[0]!.key)))).toEqual([]);
  });

  it('brackets a passage and takes the brackets off again', () => {
    const s0 = workingState(base);
    const from = at(s0, '1', 4);
    const s1 = run(select(s0, from, from + 12), bracketSelection);
    expect(paragraph(s1, '1').textContent.slice(4, 18)).toBe('[Open-ended w]');
    const s2 = run(select(s1, from + 3), removeBrackets);
    expect(paragraph(s2, '1').textContent).toBe(paragraph(s0, '1').textContent);
  });

  it('offers alternatives, adds one, keeps one', () => {
    const s0 = workingState(base);
    const text = paragraph(s0, '5').textContent;
    const i = text.indexOf('full, equal and meaningful');
    const s1 = run(select(s0, at(s0, '5', i), at(s0, '5', i + 26)), addAlternative);
    expect(paragraph(s1, '5').textContent).toContain('[Alt 1: full, equal and meaningful] [Alt 2: full, equal and meaningful]');
    const s2 = s1.apply(s1.tr.insertText('effective'));
    const s3 = run(s2, addAlternative);
    expect(paragraph(s3, '5').textContent).toContain('[Alt 1: full, equal and meaningful] [Alt 2: effective] [Alt 3: effective]');
    const inAlt2 = at(s3, '5', paragraph(s3, '5').textContent.indexOf('[Alt 2:') + 9);
    const s4 = run(select(s3, inAlt2), removeBrackets);
    expect(paragraph(s4, '5').textContent).toBe(text.replace('full, equal and meaningful', 'effective'));
  });

  it('finds and replaces every match as one undoable step', () => {
    const s0 = workingState(base);
    const s1 = run(s0, setFindQuery({ text: 'critical infrastructure', caseSensitive: false }));
    const total = findKey.getState(s1)!.matches.length;
    expect(total).toBeGreaterThan(5);
    const s2 = run(s1, findNext());
    expect(s2.doc.textBetween(s2.selection.from, s2.selection.to)).toBe('critical infrastructure');
    const s3 = run(s2, replaceAll('vital infrastructure'));
    expect(findKey.getState(s3)!.matches).toHaveLength(0);
    expect(changesOf(s3).length).toBeGreaterThan(0);
    expect(changesOf(s3).every((c) => c.kind === 'replace' && c.deleted === 'critical' && c.inserted === 'vital')).toBe(true);
    expect(run(s3, undo).doc.eq(s0.doc)).toBe(true);
  });

  it('inserts a footnote where the cursor is; the draft records its place', () => {
    const s0 = workingState(base);
    const s1 = run(select(s0, at(s0, '2', 10)), insertFootnote('See A/80/123.'));
    const p2 = stateDraft(s1, base).blocks.find((b) => b.number === '2')!;
    expect(p2.kind === 'paragraph' && p2.footnotes).toEqual([{ marker: '1', text: 'See A/80/123.', at: 10 }]);
    expect(changesOf(s1).map((c) => c.kind)).toEqual(['format']);
  });

  it('attributes a change, accepts it (the proposal too) and undoes both', () => {
    const s0 = workingState(base);
    const s1 = s0.apply(s0.tr.insertText('Furthermore, ', at(s0, '6', 0)));
    const [change] = changesOf(s1);
    const s2 = run(s1, attributeChange(change!.key, { proposer: 'del-a', supporters: ['del-b', 'del-a'], opponents: ['del-b', 'del-c'] }));
    const proposal = changesOf(s2)[0]!.proposal!;
    expect(proposal).toMatchObject({ proposer: 'del-a', supporters: ['del-b'], opponents: ['del-c'], status: 'pending', kind: 'insert', inserted: 'Furthermore, ' });
    const s3 = run(s2, acceptChange(change!.key));
    expect(pendingChanges(s3)).toEqual([]);
    expect((s3.doc.attrs.proposals as { status: string }[])[0]!.status).toBe('accepted');
    expect(run(run(s3, undo), undo).doc.attrs.proposals).toEqual([]);
    const s4 = run(s2, rejectChange(change!.key));
    expect(paragraph(s4, '6').textContent).toBe(paragraph(s0, '6').textContent);
    expect((s4.doc.attrs.proposals as { status: string }[])[0]!.status).toBe('rejected');
  });
});
