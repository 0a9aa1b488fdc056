/**
 * Keeps the caret in view without measuring it in the keystroke's task. ProseMirror scrolls to
 * the selection after every transaction that asks for it, and every typed key does: it measures
 * the caret (coordsAtPos) and each scrolling ancestor's box right after the key changed the
 * document, which forces Chromium to restyle and lay the editor out inside the key's task, and
 * again if anything writes to the page afterwards. Here a caret (an empty text selection) is
 * looked at once the frame showing the edit is painted: the layout is then clean, and reading
 * two boxes costs next to nothing. Only when the caret stands outside a scrolling ancestor
 * (typing at the bottom edge, Enter on the last line on screen, undo far away) is it scrolled
 * to, one frame later. Selections of a range or a node are scrolled to at once, by ProseMirror.
 */
import { Plugin, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/** Distance (px) the caret keeps from a scroller's edges, as ProseMirror's default `scrollMargin`. */
const MARGIN = 5;

/** Runs `fn` after the next frame is painted (a message posted from an animation frame). */
export function afterPaint(fn: () => void): () => void {
  let cancelled = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) fn();
  };
  const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    channel.port1.close();
  };
}

const scrolls = (el: Element): boolean => {
  const overflow = getComputedStyle(el).overflowY;
  return (overflow === 'auto' || overflow === 'scroll' || overflow === 'overlay') && el.scrollHeight > el.clientHeight;
};

interface Span {
  top: number;
  bottom: number;
}

/**
 * Scrolls each scrolling ancestor of `from`, innermost first, then the window, just enough for
 * `rect` to lie inside it (`MARGIN` from its edges); returns whether anything had to move. Read
 * once the frame is painted, this costs a computed style per ancestor and a box per scroller.
 */
export function scrollIntoScrollers(rect: Span, from: Element): boolean {
  const doc = from.ownerDocument;
  let r = rect;
  let moved = false;
  const delta = (box: Span): number => {
    if (r.top < box.top + MARGIN) return r.top - box.top - MARGIN;
    if (r.bottom > box.bottom - MARGIN) return r.bottom - r.top > box.bottom - box.top ? r.top - box.top - MARGIN : r.bottom - box.bottom + MARGIN;
    return 0;
  };
  for (let el: Element | null = from.parentElement; el && el !== doc.body && el !== doc.documentElement; el = el.parentElement) {
    if (!scrolls(el)) continue;
    const dy = delta(el.getBoundingClientRect());
    if (!dy) continue;
    const before = el.scrollTop;
    el.scrollTop += dy;
    const by = el.scrollTop - before;
    r = { top: r.top - by, bottom: r.bottom - by };
    moved = true;
  }
  const win = doc.defaultView;
  const dy = win ? delta({ top: 0, bottom: win.innerHeight }) : 0;
  if (win && dy) {
    win.scrollBy(0, dy);
    moved = true;
  }
  return moved;
}

/**
 * The plugin: a caret is scrolled to after the frame, if it is not already in view. The scroll
 * is the plugin's own (no transaction: the changes panel and the session see no update).
 */
export function caretScrollPlugin(): Plugin {
  let view: EditorView | null = null;
  let cancel: (() => void) | null = null;
  const check = (retry: boolean) => {
    cancel = null;
    const v = view;
    if (!v) return;
    const sel = v.state.selection;
    if (!(sel instanceof TextSelection) || !sel.empty) return;
    let caret: DOMRect | { top: number; bottom: number; left: number; right: number };
    try {
      caret = v.coordsAtPos(sel.head);
    } catch {
      return;
    }
    // No box yet (a paragraph made this frame and still skipped by content-visibility): the
    // next frame lays it out.
    if (caret.top === 0 && caret.bottom === 0 && caret.left === 0 && caret.right === 0) {
      if (retry) cancel = afterPaint(() => check(false));
      return;
    }
    scrollIntoScrollers(caret, v.dom);
  };
  return new Plugin({
    props: {
      handleScrollToSelection(v) {
        const sel = v.state.selection;
        if (!(sel instanceof TextSelection) || !sel.empty) return false;
        cancel ??= afterPaint(() => check(true));
        return true;
      },
    },
    view(v) {
      view = v;
      return {
        destroy() {
          cancel?.();
          cancel = null;
          view = null;
        },
      };
    },
  });
}
