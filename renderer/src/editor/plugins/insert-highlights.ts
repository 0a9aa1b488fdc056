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
import type { Decoration, DecorationSet, EditorView } from 'prosemirror-view';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import type { EditorState, PluginView } from 'prosemirror-state';
import { afterPaint } from './caret-scroll';

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

/** A range painted for one inserted passage, and the highlight holding it. */
interface Painted {
  range: StaticRange;
  highlight: Highlight;
}

/** Whether a painted range still names live text: its nodes in the page, its offsets inside them. */
function live({ range }: Painted): boolean {
  const within = (node: globalThis.Node, offset: number) => node.isConnected && offset <= (node.nodeType === 3 ? (node as Text).length : node.childNodes.length);
  return within(range.startContainer, range.startOffset) && within(range.endContainer, range.endOffset);
}

/** How far above and below the screen inserted words are painted, in window heights. */
const MARGIN = 1;

/**
 * The top-level blocks of `view` lying within `margin` window heights of the screen, as a first
 * and last index (all of them when the editor is not laid out). Reads the layout.
 */
function blocksNearScreen(view: EditorView, margin = MARGIN): [number, number] {
  const doc = view.state.doc;
  const count = doc.childCount;
  if (!count) return [0, -1];
  const starts: number[] = [];
  doc.forEach((_node, pos) => starts.push(pos));
  const height = view.dom.ownerDocument.defaultView?.innerHeight ?? 0;
  const top = -height * margin;
  const bottom = height * (1 + margin);
  const rect = (i: number): DOMRect | null => {
    const dom = view.nodeDOM(starts[i]!);
    return dom instanceof Element ? dom.getBoundingClientRect() : null;
  };
  const all = rect(0);
  const last = rect(count - 1);
  // Not laid out (hidden, not in the page): nothing to go by, so everything.
  if (!all || !last || (all.height === 0 && last.height === 0 && all.top === last.top)) return [0, count - 1];
  // The first block ending below `top`, the last one starting above `bottom` (blocks in order down the page).
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = rect(mid);
    if (r && r.bottom < top) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  lo = first;
  hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = rect(mid);
    if (!r || r.top <= bottom) lo = mid + 1;
    else hi = mid;
  }
  return [Math.min(first, count - 1), Math.max(first, lo - 1)];
}

/** The top-level block index at `pos` (the block after it, when `pos` lies between blocks). */
const indexAt = (doc: ProseMirrorNode, pos: number): number => doc.resolve(Math.max(0, Math.min(pos, doc.content.size))).index(0);

/**
 * Keeps the page's `dw-ins` highlights on the inserted words of `view`, read with `inserts` from
 * its state. One editor paints at a time; the last one made owns the names. Ranges are kept per
 * top-level block: a keystroke repaints the blocks it changed (and any block whose text nodes
 * ProseMirror replaced), not the ~60 changed paragraphs of a long draft, each found from the top
 * of the document (`domAtPos`) and re-registered with the browser on every key.
 *
 * Only the blocks near the screen are painted (the window's height above and below it, `MARGIN`),
 * followed as the page scrolls or resizes, and every block before printing. Chromium rebuilds its
 * markers for every registered range of every highlight whenever one changes (each key), so a key
 * cost in proportion to all the draft's inserted passages (~130 in the bench's: 1.6 ms of
 * compositing inputs per key without Fast typing); what is off screen shows nothing anyway.
 */
export function insertHighlighter(view: EditorView, inserts: (state: EditorState) => DecorationSet | undefined): PluginView {
  if (!highlightsSupported()) return {};
  const pending = new Highlight();
  const reviewed = new Highlight();
  CSS.highlights.set(INSERT_HIGHLIGHTS.pending, pending);
  CSS.highlights.set(INSERT_HIGHLIGHTS.reviewed, reviewed);
  /** What is painted for each top-level block of the document, by index (nothing outside the window). */
  let blocks: Painted[][] = [];
  /** The blocks painted: those near the screen (`blocksNearScreen`), first and last index. */
  let [lo, hi] = blocksNearScreen(view);
  const near = (i: number) => i >= lo && i <= hi;
  const paintOne = (d: Decoration): Painted => {
    const start = view.domAtPos(d.from, 1);
    const stop = view.domAtPos(d.to, -1);
    const range = new StaticRange({ startContainer: start.node, startOffset: start.offset, endContainer: stop.node, endOffset: stop.offset });
    const highlight = (d.spec as Partial<InsertSpec>).reviewed ? reviewed : pending;
    highlight.add(range);
    return { range, highlight };
  };
  const paintBlock = (node: ProseMirrorNode, pos: number): Painted[] => {
    const end = pos + node.nodeSize;
    return (inserts(view.state)?.find(pos, end) ?? []).filter((d) => d.from >= pos && d.to <= end).map(paintOne);
  };
  const unpaint = (painted: readonly Painted[]) => {
    for (const p of painted) p.highlight.delete(p.range);
  };
  /** Everything painted anew: the inserted passages in order, each in the block holding it. */
  const paint = () => {
    pending.clear();
    reviewed.clear();
    const doc = view.state.doc;
    blocks = Array.from({ length: doc.childCount }, (): Painted[] => []);
    const all = [...(inserts(view.state)?.find() ?? [])].sort((a, b) => a.from - b.from);
    let index = 0;
    let end = doc.childCount ? doc.child(0).nodeSize : 0;
    for (const d of all) {
      while (index < doc.childCount - 1 && d.from >= end) end += doc.child(++index).nodeSize;
      if (near(index)) blocks[index]?.push(paintOne(d));
    }
  };
  /** Blocks `from`..`to` of the document painted again, and any other whose ranges went stale. */
  const repaint = (from: number, to: number) => {
    view.state.doc.forEach((node, pos, i) => {
      if (!near(i)) return;
      const painted = blocks[i]!;
      if ((i < from || i > to) && painted.every(live)) return;
      unpaint(painted);
      blocks[i] = paintBlock(node, pos);
    });
  };
  /** The window moved to blocks `first`..`last`: blocks leaving it unpainted, those entering painted. */
  const follow = ([first, last]: [number, number]) => {
    if (first === lo && last === hi) return;
    const [oldLo, oldHi] = [lo, hi];
    [lo, hi] = [first, last];
    view.state.doc.forEach((node, pos, i) => {
      const before = i >= oldLo && i <= oldHi;
      if (before && !near(i)) {
        unpaint(blocks[i] ?? []);
        blocks[i] = [];
      } else if (!before && near(i)) blocks[i] = paintBlock(node, pos);
    });
  };
  const win = view.dom.ownerDocument.defaultView;
  const onScroll = () => follow(blocksNearScreen(view));
  const beforePrint = () => follow([0, view.state.doc.childCount - 1]);
  // Scrolls of the editor's scroller (or any other) reach the document in the capture phase.
  view.dom.ownerDocument.addEventListener('scroll', onScroll, { capture: true, passive: true });
  win?.addEventListener('resize', onScroll);
  win?.addEventListener('beforeprint', beforePrint);
  win?.addEventListener('afterprint', onScroll);
  /** After a change of the blocks' count, the window found again once the frame is painted. */
  let cancel: (() => void) | null = null;
  const refollowSoon = () => {
    cancel ??= afterPaint(() => {
      cancel = null;
      if (view.dom.isConnected) follow(blocksNearScreen(view));
    });
  };
  paint();
  // Made before the page laid it out (everything painted then): the window, once it has.
  refollowSoon();
  return {
    // When the document or any plugin's decorations changed: other decorations (find, brackets)
    // can split or replace text nodes without changing the document, which would leave a range
    // naming an old node. A caret move alone repaints nothing. An edit that keeps the blocks'
    // count and the document's attributes (typing, deleting, replacing inside paragraphs)
    // repaints the blocks it changed; the others keep their ranges while those name live text
    // (ProseMirror replaces a block's text nodes only when it redraws it).
    update(v, prev) {
      const doc = v.state.doc;
      const changed = inserts(v.state) !== inserts(prev);
      if (doc === prev.doc) {
        if (changed || decorationsChanged(v.state, prev)) paint();
        return;
      }
      if (doc.childCount !== prev.doc.childCount || blocks.length !== doc.childCount || !doc.sameMarkup(prev.doc)) {
        // Blocks added or removed: the same indices painted now (the margin covers the shift),
        // and the window looked for again after the frame, so the key reads no layout.
        hi = Math.min(hi, doc.childCount - 1);
        lo = Math.min(lo, Math.max(0, hi));
        paint();
        refollowSoon();
        return;
      }
      const start = prev.doc.content.findDiffStart(doc.content);
      if (start === null) return repaint(0, -1);
      const end = prev.doc.content.findDiffEnd(doc.content)?.b ?? start;
      repaint(indexAt(doc, Math.min(start, end)), indexAt(doc, Math.max(start, end)));
    },
    destroy() {
      cancel?.();
      view.dom.ownerDocument.removeEventListener('scroll', onScroll, { capture: true });
      win?.removeEventListener('resize', onScroll);
      win?.removeEventListener('beforeprint', beforePrint);
      win?.removeEventListener('afterprint', onScroll);
      if (CSS.highlights.get(INSERT_HIGHLIGHTS.pending) === pending) CSS.highlights.delete(INSERT_HIGHLIGHTS.pending);
      if (CSS.highlights.get(INSERT_HIGHLIGHTS.reviewed) === reviewed) CSS.highlights.delete(INSERT_HIGHLIGHTS.reviewed);
    },
  };
}
