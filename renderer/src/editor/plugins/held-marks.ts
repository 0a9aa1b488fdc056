/**
 * The redline's marks in the paragraph being typed in, held while the typing goes on. A deleted
 * word is drawn as a widget inside the text, and the word diff makes one appear or vanish at
 * every word boundary typed in the middle of a sentence ("concern" becomes "aconcern": the old
 * word struck before the new one; a space after "a" takes it away again). Each time ProseMirror
 * must split or merge the text node holding the caret: it keeps the old node for the text before
 * the widget, which resets the browser's caret, and sets the selection back (Selection.collapse),
 * which makes Chromium sync the whole editable's text for the input method and lay the page out
 * again inside the keystroke (bench/editor.bench.ts counts the collapses). So while a transaction
 * only changes the text of the paragraph holding the caret, that paragraph keeps the marks it
 * showed, mapped through the edit; the true ones (always computed, used by every command, the
 * changes panel and the exports) are drawn once typing pauses (`SETTLE_MS`, as the changes
 * panel waits), the caret leaves the paragraph, or any other kind of change comes. The inserted
 * words' highlights follow every key (they change no element).
 */
import type { Node } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import type { Decoration, DecorationSet, EditorView } from 'prosemirror-view';

/** How long typing pauses before the paragraph's true marks are drawn (ms). */
export const SETTLE_MS = 250;

/** The top-level paragraph a transaction typed in: the caret's, holding every change it made. */
export interface TypedBlock {
  id: string;
  from: number;
  to: number;
}

/** The block `tr` typed in, when it changed only the text of the textblock holding its caret. */
export function typedBlock(tr: Transaction): TypedBlock | null {
  if (!tr.docChanged || !tr.selection.empty) return null;
  let min = Infinity;
  let max = -Infinity;
  tr.mapping.maps.forEach((map, i) => {
    const rest = tr.mapping.slice(i + 1);
    map.forEach((_from, _to, from, to) => {
      min = Math.min(min, rest.map(from, -1));
      max = Math.max(max, rest.map(to, 1));
    });
  });
  if (min === Infinity) return null;
  const $head = tr.selection.$head;
  if ($head.depth < 1 || !$head.node(1).isTextblock) return null;
  // The same blocks before and after: no split, join or paragraph pasted in.
  if (tr.before.childCount !== tr.doc.childCount || tr.before.child($head.index(0)).attrs.id !== $head.node(1).attrs.id) return null;
  const from = $head.before(1);
  const to = $head.after(1);
  if (min <= from || max >= to) return null;
  return { id: String($head.node(1).attrs.id), from, to };
}

/** The id of the top-level block holding `pos`. */
export function blockIdAt(doc: Node, pos: number): string | null {
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  return $pos.depth >= 1 ? String($pos.node(1).attrs.id) : null;
}

/** A block's own marks (`spec.block`) in `set` between `from` and `to`. */
const own = (set: DecorationSet, from: number, to: number): Decoration[] => set.find(from, to, (spec: { block?: boolean }) => spec.block === true);

/** What identifies a mark on the page: where it stands and what it shows (its key or its change). */
const identity = (d: Decoration): string => {
  const spec = d.spec as { key?: string; change?: string };
  return `${d.from}:${d.to}:${spec.key ?? ''}:${spec.change ?? ''}`;
};

const same = (a: Decoration[], b: Decoration[]): boolean => {
  if (a.length !== b.length) return false;
  const x = a.map(identity).sort();
  const y = b.map(identity).sort();
  return x.every((k, i) => k === y[i]);
};

/**
 * The marks to draw after typing in `block`: the true ones (`truth`), except in that block while
 * they differ from what it showed (`shown`, mapped through `tr`); `held` says whether they do.
 */
export function holdMarks(tr: Transaction, block: TypedBlock, shown: DecorationSet, truth: DecorationSet): { shown: DecorationSet; held: boolean } {
  const was = own(shown.map(tr.mapping, tr.doc), block.from, block.to);
  const now = own(truth, block.from, block.to);
  if (same(was, now)) return { shown: truth, held: false };
  return { shown: truth.remove(now).add(tr.doc, was), held: true };
}

/**
 * The plugin view's part: once typing pauses `SETTLE_MS`, `settle` is dispatched while
 * `isHeld(view.state)`; `update` restarts the wait after each change of the document.
 */
export function settler(view: EditorView, isHeld: (view: EditorView) => boolean, settle: (tr: Transaction) => Transaction): { update(prevDoc: Node): void; destroy(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return {
    update(prevDoc) {
      if (!isHeld(view)) return clear();
      if (timer !== null && view.state.doc === prevDoc) return;
      clear();
      timer = setTimeout(() => {
        timer = null;
        if (isHeld(view)) view.dispatch(settle(view.state.tr).setMeta('addToHistory', false));
      }, SETTLE_MS);
    },
    destroy: clear,
  };
}
