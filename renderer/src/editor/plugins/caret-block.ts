/**
 * Marks the paragraph that holds the selection (class `dw-caret-block`), so that *Fast typing*
 * never skips it (drafting.css: `content-visibility: visible` there). A paragraph made by Enter is
 * new to the page, and Chromium treats a new `content-visibility: auto` box as skipped until its
 * next frame decides what is on screen; keys typed before that frame found no place for the caret
 * in it and went to the start of the next paragraph (e2e/drafting.spec.ts, "Fast typing", typed
 * right after Enter: 2 runs in 20 before this). The class comes with the transaction that makes the
 * paragraph, in the same DOM update, so no frame is needed.
 */
import { Plugin, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

export const CARET_BLOCK_CLASS = 'dw-caret-block';

/** The textblocks holding the selection's anchor and head, as node decorations. */
export function caretBlockDecorations(state: EditorState): DecorationSet {
  const { $anchor, $head } = state.selection;
  const decorations: Decoration[] = [];
  const seen = new Set<number>();
  for (const $pos of [$head, $anchor]) {
    if (!$pos.parent.isTextblock || $pos.depth === 0) continue;
    const from = $pos.before();
    if (seen.has(from)) continue;
    seen.add(from);
    decorations.push(Decoration.node(from, $pos.after(), { class: CARET_BLOCK_CLASS }));
  }
  return DecorationSet.create(state.doc, decorations);
}

export function caretBlockPlugin(): Plugin {
  return new Plugin({
    props: { decorations: caretBlockDecorations },
  });
}
