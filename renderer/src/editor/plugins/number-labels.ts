/**
 * Writes each top-level block's printed number into its element's `data-label` (drawn by CSS,
 * drafting.css), as the numbering plugin's view. A split or join renumbers every later block: the
 * blocks the edit touched, those around the caret and those on screen get their number in the
 * next animation frame, before it is laid out and painted, so what the reader sees is right in the
 * frame that shows the edit (and ProseMirror's own reads of the layout in the keystroke's task,
 * placing the caret and scrolling to it, find no numbers to restyle); the rest are written in
 * slices when the browser is idle, so no keystroke pays for restyling and laying out hundreds of
 * paragraphs off screen. Printing writes whatever is left first. Typing keeps every number: the
 * blocks it changed are checked in the keystroke's task (a redrawn block's new element gets its
 * number there), without an animation frame per key.
 *
 * The editor's node views (nodes/paragraph-view.ts, nodes/heading-view.ts) register their element
 * (`blockElements`), so a block's element is found without walking the view, and ignore
 * mutations of `data-label` (`labelMutation`): written here, outside ProseMirror's own DOM
 * update, they would otherwise be read back as an edit.
 */
import type { Node } from 'prosemirror-model';
import type { EditorState, PluginView } from 'prosemirror-state';
import type { EditorView, NodeView } from 'prosemirror-view';

/** Blocks written at once on each side of the caret, the edit and the screen. */
const NEAR = 12;
/** A document this short is numbered whole in the edit's task. */
const SMALL = 3 * NEAR;
/** Attribute writes per idle slice (each is a paragraph to restyle and lay out in the next frame). */
const SLICE_WRITES = 40;

/** Each block node's element in the editor, registered by the node views (`nodeDOM` walks the view). */
export const blockElements = new WeakMap<Node, HTMLElement>();

/** A node view's `ignoreMutation`: true for the writes of this view. */
export const labelMutation = (m: MutationRecord | { type: 'selection'; target: globalThis.Node }): boolean =>
  m.type === 'attributes' && (m as MutationRecord).attributeName === 'data-label';

/**
 * A top-level block's node view: `dom` registered in `blockElements` for each node it shows,
 * `attrs` written on each change of attributes, and this view's label writes ignored. `same` says
 * whether the element can show `next` (else ProseMirror draws it anew).
 */
export function registeredBlockView(
  node: Node,
  dom: HTMLElement,
  contentDOM: HTMLElement,
  attrs: (dom: HTMLElement, node: Node) => void,
  same: (current: Node, next: Node) => boolean,
): NodeView {
  attrs(dom, node);
  blockElements.set(node, dom);
  let current = node;
  return {
    dom,
    contentDOM,
    update(next) {
      if (!same(current, next)) return false;
      if (next.attrs !== current.attrs) attrs(dom, next);
      current = next;
      blockElements.set(next, dom);
      return true;
    },
    ignoreMutation: labelMutation,
  };
}

type Labels = readonly (string | null)[];

interface Idle {
  request(cb: (deadline: { timeRemaining(): number }) => void): number;
  cancel(handle: number): void;
}

const idle: Idle =
  typeof requestIdleCallback === 'function'
    ? { request: (cb) => requestIdleCallback(cb, { timeout: 500 }), cancel: (h) => cancelIdleCallback(h) }
    : { request: (cb) => window.setTimeout(() => cb({ timeRemaining: () => 8 }), 16) as unknown as number, cancel: (h) => clearTimeout(h) };

/** The top-level block index at `pos` (the block after it, when `pos` lies between blocks). */
function indexAt(doc: Node, pos: number): number {
  return doc.resolve(Math.max(0, Math.min(pos, doc.content.size))).index(0);
}

export class NumberLabels implements PluginView {
  /** The next block the idle pass looks at, or null when every label is written. */
  private cursor: number | null = null;
  private handle: number | null = null;
  private measureHandle: number | null = null;
  private frame: number | null = null;
  /** Block ranges to write in the next frame. */
  private soon: [number, number][] = [];
  /** First and last block on screen at the last look (measured when idle, never mid-edit). */
  private visible: [number, number] = [0, 0];

  constructor(
    private readonly view: EditorView,
    private readonly labelsOf: (state: EditorState) => Labels,
  ) {
    this.write(0, view.state.doc.childCount - 1);
    window.addEventListener('beforeprint', this.flush);
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    this.onScroll();
  }

  update(view: EditorView, prev: EditorState): void {
    const doc = view.state.doc;
    const labels = this.labelsOf(view.state);
    const renumbered = labels !== this.labelsOf(prev);
    if (doc === prev.doc && !renumbered) return;
    const last = doc.childCount - 1;
    // A changed document attribute (proposals, reviews) makes ProseMirror draw every block anew.
    if (!doc.sameMarkup(prev.doc)) return void this.write(0, last);
    // The blocks the transaction replaced may stand in new elements: they are written before
    // the frame is drawn.
    const start = prev.doc.content.findDiffStart(doc.content);
    if (start !== null) {
      const end = prev.doc.content.findDiffEnd(doc.content)?.b ?? start;
      const a = indexAt(doc, Math.min(start, end));
      const b = indexAt(doc, Math.max(start, end));
      // Typing keeps every number: the changed blocks are looked at now (their elements are
      // usually the same, so nothing is written), with no animation frame asked for per key.
      if (!renumbered) return void this.write(a, b);
      this.soon.push([a - NEAR, b + NEAR]);
    }
    if (renumbered) {
      if (last < SMALL) this.soon.push([0, last]);
      else {
        const head = indexAt(doc, view.state.selection.head);
        this.soon.push([head - NEAR, head + NEAR], [this.visible[0] - NEAR, this.visible[1] + NEAR]);
        this.cursor = 0;
        this.schedule();
      }
    }
    if (this.soon.length && this.frame === null) {
      this.frame = requestAnimationFrame(() => {
        this.frame = null;
        const ranges = this.soon;
        this.soon = [];
        for (const [a, b] of ranges) this.write(a, b);
      });
    }
  }

  destroy(): void {
    window.removeEventListener('beforeprint', this.flush);
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    if (this.handle !== null) idle.cancel(this.handle);
    if (this.measureHandle !== null) idle.cancel(this.measureHandle);
    if (this.frame !== null) cancelAnimationFrame(this.frame);
  }

  /** Every label written now (before printing; tests). */
  readonly flush = (): void => {
    if (this.cursor === null && this.soon.length === 0) return;
    this.cursor = null;
    this.soon = [];
    this.write(0, this.view.state.doc.childCount - 1);
  };

  /**
   * Labels of blocks `from`..`to` (clamped) written where they differ, at most `budget` of them;
   * returns the writes made and the next block not looked at.
   */
  private write(from: number, to: number, budget = Infinity): { writes: number; next: number } {
    const doc = this.view.state.doc;
    const labels = this.labelsOf(this.view.state);
    const last = Math.min(doc.childCount - 1, to);
    let i = Math.max(0, from);
    let writes = 0;
    let pos = -1;
    for (; i <= last && writes < budget; i++) {
      const node = doc.child(i);
      let dom: globalThis.Node | null | undefined = blockElements.get(node);
      if (!dom || dom.parentNode !== this.view.dom) {
        // Not a registered element (another node view): found by position.
        if (pos < 0) {
          pos = 0;
          for (let j = 0; j < i; j++) pos += doc.child(j).nodeSize;
        }
        dom = this.view.nodeDOM(pos);
      }
      if (pos >= 0) pos += node.nodeSize;
      if (!(dom instanceof HTMLElement)) continue;
      const label = labels[i] ?? null;
      if (dom.getAttribute('data-label') === label) continue;
      if (label === null) dom.removeAttribute('data-label');
      else dom.setAttribute('data-label', label);
      writes++;
    }
    return { writes, next: i };
  }

  private schedule(): void {
    if (this.handle !== null || this.cursor === null) return;
    this.handle = idle.request((deadline) => {
      this.handle = null;
      this.slice(deadline);
    });
  }

  /** One idle slice of the pass over every block, from `cursor`, a few blocks at a time. */
  private slice(deadline: { timeRemaining(): number }): void {
    const count = this.view.state.doc.childCount;
    let writes = 0;
    while (this.cursor !== null && writes < SLICE_WRITES && deadline.timeRemaining() > 1) {
      const done = this.write(this.cursor, this.cursor + 31, SLICE_WRITES - writes);
      writes += done.writes;
      this.cursor = done.next < count ? done.next : null;
    }
    this.schedule();
  }

  private readonly onScroll = (): void => {
    if (this.measureHandle !== null) return;
    this.measureHandle = idle.request(() => {
      this.measureHandle = null;
      this.visible = this.onScreen();
    });
  };

  /** The first and last blocks on screen (by their boxes; read when idle, layout being clean). */
  private onScreen(): [number, number] {
    const { view } = this;
    const doc = view.state.doc;
    const count = doc.childCount;
    if (count === 0 || !view.dom.isConnected) return [0, 0];
    const positions: number[] = [];
    let pos = 0;
    doc.forEach((n) => {
      positions.push(pos);
      pos += n.nodeSize;
    });
    const box = (i: number): DOMRect | null => {
      const registered = blockElements.get(doc.child(i));
      const dom = registered?.parentNode === view.dom ? registered : view.nodeDOM(positions[i]!);
      return dom instanceof HTMLElement ? dom.getBoundingClientRect() : null;
    };
    /** The first block whose bottom is below `y`. */
    const firstBelow = (y: number): number => {
      let lo = 0;
      let hi = count - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const r = box(mid);
        if (r && r.bottom < y) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    return [firstBelow(0), firstBelow(window.innerHeight)];
  }
}
