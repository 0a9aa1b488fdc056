import { describe, expect, it } from 'vitest';
import { TextSelection, type EditorState } from 'prosemirror-state';
import { demoDraft, run, workingState } from '../testing/builders';
import { splitParagraph } from '../commands/blocks';
import { CARET_BLOCK_CLASS, caretBlockDecorations } from './caret-block';

/** The ids of the paragraphs the plugin marks. */
function marked(state: EditorState): string[] {
  // Decoration.type.attrs is ProseMirror's own field: the class the node decoration draws.
  const decorations = caretBlockDecorations(state).find() as unknown as { from: number; to: number; type: { attrs: { class?: string } } }[];
  for (const d of decorations) {
    expect(d.type.attrs.class).toBe(CARET_BLOCK_CLASS);
    expect(d.to).toBe(d.from + state.doc.nodeAt(d.from)!.nodeSize);
  }
  return decorations.map((d) => String(state.doc.nodeAt(d.from)!.attrs.id));
}

/** A caret at the end of the `n`th paragraph's text. */
function caretAtEndOf(state: EditorState, n: number): EditorState {
  let seen = 0;
  let at = -1;
  state.doc.descendants((node, pos) => {
    if (at >= 0) return false;
    if (node.type.name === 'paragraph' && ++seen === n) at = pos + node.nodeSize - 1;
    return true;
  });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, at)));
}

describe('the caret paragraph (never skipped by Fast typing)', () => {
  it('marks the paragraph holding the caret, and the new one once Enter makes it', () => {
    const start = caretAtEndOf(workingState(demoDraft()), 3);
    const third = String(start.selection.$head.parent.attrs.id);
    expect(marked(start)).toEqual([third]);
    const split = run(start, splitParagraph);
    const made = String(split.selection.$head.parent.attrs.id);
    expect(made).not.toBe(third);
    expect(marked(split)).toEqual([made]);
  });

  it('marks both ends of a selection across paragraphs, and nothing else', () => {
    const state = caretAtEndOf(workingState(demoDraft()), 2);
    const later = caretAtEndOf(state, 5).selection.head;
    const range = state.apply(state.tr.setSelection(TextSelection.create(state.doc, state.selection.head, later)));
    const ids = marked(range);
    expect(ids).toHaveLength(2);
    expect(ids).toContain(String(range.selection.$anchor.parent.attrs.id));
    expect(ids).toContain(String(range.selection.$head.parent.attrs.id));
  });
});
