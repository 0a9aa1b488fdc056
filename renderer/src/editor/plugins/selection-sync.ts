/**
 * Reads the browser's selection before a key is handled, when ProseMirror has not read it yet.
 * ProseMirror learns of a click or an arrow key's caret move from `selectionchange`, an ordinary
 * task; Chromium runs queued input events first, so on a busy page (an editor just mounted) keys
 * typed right after a click were handled at the selection before it: Enter split the title and
 * the words went there, while the caret shown was in ¶3. ProseMirror's own keydown flushes pending
 * DOM mutations only. Here the DOM selection is mapped (`posAtDOM`, as ProseMirror maps it on
 * `selectionchange`) and, where it differs, set first; when the two agree, as they do once the
 * event has run, nothing is dispatched.
 */
import { Plugin, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/** The DOM selection as editor positions, or null when it is not in the editor or cannot be read. */
export function domSelectionPositions(view: EditorView): { anchor: number; head: number } | null {
  const sel = view.dom.ownerDocument.getSelection();
  if (!sel || !sel.anchorNode || !sel.focusNode) return null;
  if (!view.dom.contains(sel.anchorNode) || !view.dom.contains(sel.focusNode)) return null;
  try {
    return { anchor: view.posAtDOM(sel.anchorNode, sel.anchorOffset), head: view.posAtDOM(sel.focusNode, sel.focusOffset) };
  } catch {
    return null;
  }
}

export function selectionSyncPlugin(): Plugin {
  return new Plugin({
    props: {
      handleDOMEvents: {
        keydown(view) {
          if (view.composing || !view.hasFocus() || !(view.state.selection instanceof TextSelection)) return false;
          const dom = domSelectionPositions(view);
          if (!dom) return false;
          const { anchor, head } = view.state.selection;
          if (dom.anchor === anchor && dom.head === head) return false;
          const doc = view.state.doc;
          const next = TextSelection.between(doc.resolve(dom.anchor), doc.resolve(dom.head));
          if (!next.eq(view.state.selection)) view.dispatch(view.state.tr.setSelection(next));
          return false;
        },
      },
    },
  });
}
