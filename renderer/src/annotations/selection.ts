/**
 * From what a person selected on screen to an annotation target: the paragraph and the offsets
 * within its text. An annotation covers one paragraph; a selection running into the next one is
 * cut at the end of the first, and the caller says so.
 */
import type { EditorView } from 'prosemirror-view';

/** A passage of one paragraph of the draft on screen. */
export interface PassageTarget {
  paragraphId: string;
  start: number;
  end: number;
  /** The selection ran past the paragraph and was cut. */
  clipped: boolean;
}

/** The passage the window's selection covers in `view`, or null (nothing, or not in the text). */
export function selectedPassage(view: EditorView): PassageTarget | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || !sel.anchorNode || !sel.focusNode) return null;
  if (!view.dom.contains(sel.anchorNode) || !view.dom.contains(sel.focusNode)) return null;
  let a: number;
  let b: number;
  try {
    a = view.posAtDOM(sel.anchorNode, sel.anchorOffset);
    b = view.posAtDOM(sel.focusNode, sel.focusOffset);
  } catch {
    return null;
  }
  const [from, to] = a <= b ? [a, b] : [b, a];
  const $from = view.state.doc.resolve(from);
  const para = $from.parent;
  if (para.type.name !== 'paragraph' || !para.attrs.id) return null;
  const start = $from.parentOffset;
  const paraEnd = $from.end();
  const clipped = to > paraEnd;
  let end = clipped ? para.content.size : view.state.doc.resolve(to).parentOffset;
  // Leave out spaces selected at the ends, as a reader means the words.
  const text = para.textContent;
  let s = start;
  while (s < end && /\s/.test(text[s]!)) s++;
  while (end > s && /\s/.test(text[end - 1]!)) end--;
  if (end <= s) return null;
  return { paragraphId: String(para.attrs.id), start: s, end, clipped };
}
