/** Footnote references: inserted at the cursor as an atom, or their note rewritten. */
import { NodeSelection, type Command } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import { nodes } from '../schema/schema';

/** The marker a new footnote gets: one more than the highest numeric marker in the document. */
export function nextMarker(doc: Node): string {
  let max = 0;
  doc.descendants((n) => {
    if (n.type === nodes.footnote && /^\d+$/.test(String(n.attrs.marker))) max = Math.max(max, Number(n.attrs.marker));
    return !n.isInline;
  });
  return String(max + 1);
}

/** Inserts a footnote reference with `text` at the cursor (paragraphs only). */
export function insertFootnote(text: string): Command {
  return (state, dispatch) => {
    const { $from } = state.selection;
    if ($from.parent.type !== nodes.paragraph || !text.trim()) return false;
    if (dispatch) dispatch(state.tr.replaceSelectionWith(nodes.footnote.create({ marker: nextMarker(state.doc), text: text.trim() })).scrollIntoView());
    return true;
  };
}

/** Rewrites the note of the selected footnote reference. */
export function editFootnote(text: string): Command {
  return (state, dispatch) => {
    const sel = state.selection;
    if (!(sel instanceof NodeSelection) || sel.node.type !== nodes.footnote || !text.trim()) return false;
    if (dispatch) dispatch(state.tr.setNodeMarkup(sel.from, undefined, { ...sel.node.attrs, text: text.trim() }));
    return true;
  };
}
