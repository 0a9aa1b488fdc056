/**
 * The redline's inserted words, painted with the CSS Custom Highlight API (`::highlight(dw-ins)`,
 * drafting.css) instead of wrapping them in elements. A keystroke inside or beside an inserted
 * passage then changes no element of the editor: ProseMirror redraws a text node wrapped by an
 * inline decoration whenever the browser types into it, which moved the caret's node, made it set
 * the selection again (Selection.collapse) and forced a second style and layout pass over the whole
 * editor on every key (bench/editor.bench.ts). The ranges are the redline plugin's own (its
 * `inserts` decoration set, derived like the rest of the redline), mapped to the DOM after each
 * update that can have moved them.
 */
import type { DecorationSet, EditorView } from 'prosemirror-view';
import type { EditorState, PluginView } from 'prosemirror-state';

/** The highlight names drafting.css styles: pending and accepted (reviewed) insertions. */
export const INSERT_HIGHLIGHTS = { pending: 'dw-ins', reviewed: 'dw-ins-reviewed' } as const;

/** What an insertion's decoration carries in its spec. */
export interface InsertSpec {
  block: true;
  insert: true;
  reviewed: boolean;
}

/** Whether some plugin draws other decorations in `state` than in `prev` (same plugins assumed). */
function decorationsChanged(state: EditorState, prev: EditorState): boolean {
  if (state.plugins !== prev.plugins) return true;
  return state.plugins.some((p) => {
    const decorations = p.props.decorations;
    return decorations ? decorations.call(p, state) !== decorations.call(p, prev) : false;
  });
}

/** Whether this browser paints custom highlights (Chromium 105+, so Electron and browser mode). */
export const highlightsSupported = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

/**
 * Keeps the page's `dw-ins` highlights on the inserted words of `view`, read with `inserts` from
 * its state. One editor paints at a time; the last one made owns the names.
 */
export function insertHighlighter(view: EditorView, inserts: (state: EditorState) => DecorationSet | undefined): PluginView {
  if (!highlightsSupported()) return {};
  const pending = new Highlight();
  const reviewed = new Highlight();
  CSS.highlights.set(INSERT_HIGHLIGHTS.pending, pending);
  CSS.highlights.set(INSERT_HIGHLIGHTS.reviewed, reviewed);
  const paint = () => {
    pending.clear();
    reviewed.clear();
    for (const d of inserts(view.state)?.find() ?? []) {
      const start = view.domAtPos(d.from, 1);
      const end = view.domAtPos(d.to, -1);
      const range = new StaticRange({ startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset });
      ((d.spec as Partial<InsertSpec>).reviewed ? reviewed : pending).add(range);
    }
  };
  paint();
  return {
    // When the document or any plugin's decorations changed: other decorations (find, brackets)
    // can split or replace text nodes without changing the document, which would leave a range
    // naming an old node. A caret move alone repaints nothing.
    update(v, prev) {
      if (v.state.doc !== prev.doc || inserts(v.state) !== inserts(prev) || decorationsChanged(v.state, prev)) paint();
    },
    destroy() {
      if (CSS.highlights.get(INSERT_HIGHLIGHTS.pending) === pending) CSS.highlights.delete(INSERT_HIGHLIGHTS.pending);
      if (CSS.highlights.get(INSERT_HIGHLIGHTS.reviewed) === reviewed) CSS.highlights.delete(INSERT_HIGHLIGHTS.reviewed);
    },
  };
}
