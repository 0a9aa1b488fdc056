/**
 * The margin beside the Read view's text: a card per annotation at the line of its passage, and
 * where two would overlap the later one moves down below the earlier.
 *
 * Cards live in their own layer beside the ProseMirror document, not inside it as widgets: adding
 * or changing a card then never re-renders a paragraph, and laying out hundreds of cards costs one
 * read pass (every passage's line and every card's height) and one write pass (the tops), not a
 * layout of the whole draft per card. Cards are built off-document a chunk at a time, so 500 of
 * them never hold the main thread for long, and reused while their annotation is unchanged.
 */
import type { EditorView } from 'prosemirror-view';
import type { PlacedAnnotation } from '../../../shared/annotate/query';
import { cardElement, paragraphStarts, type CardEvents } from '../prosemirror/annotation-decorations';

/** Gap kept between two cards, in pixels. */
const GAP = 6;
/** Cards built per task while a large set comes in. */
const CARDS_PER_TASK = 60;

/** Shifts for cards at `tops` with `heights` (document order): each starts below the previous one's end. */
export function stackCards(tops: readonly number[], heights: readonly number[]): number[] {
  const shifts: number[] = [];
  let floor = -Infinity;
  tops.forEach((top, i) => {
    const at = Math.max(top, floor);
    shifts.push(at - top);
    floor = at + heights[i]! + GAP;
  });
  return shifts;
}

/** What decides whether a built card can be reused: anything its face shows. */
function cardKey(p: PlacedAnnotation): string {
  return `${p.annotation.id}:${p.annotation.modified}:${p.anchor.status}:${p.anchor.ambiguous ? 1 : 0}:${p.anchor.start}:${p.anchor.end}`;
}

interface Built {
  key: string;
  el: HTMLElement;
  /** Document position of the passage's start. */
  pos: number;
}

/**
 * The card layer of one Read view. `show` replaces the cards (reusing unchanged ones), `setCurrent`
 * marks one, `layout` places them (also called when the page changes size).
 */
export class MarginLayer {
  private built = new Map<string, Built>();
  private order: string[] = [];
  private current: string | null = null;
  private pending: ReturnType<typeof setTimeout> | null = null;
  private frame = 0;
  private resize: ResizeObserver | null = null;

  constructor(
    private readonly layer: HTMLElement,
    private readonly view: () => EditorView | null,
    private readonly events: CardEvents,
  ) {
    if (typeof ResizeObserver !== 'undefined') {
      // The text reflows when the window, the panel or the font changes: the cards follow.
      this.resize = new ResizeObserver(() => this.scheduleLayout());
      const v = view();
      if (v) this.resize.observe(v.dom);
    }
  }

  /** Shows the cards of `placed` (document order), at most `max` of them plus the current one. */
  show(placed: readonly PlacedAnnotation[], max: number, current: string | null, done?: () => void): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = null;
    const view = this.view();
    if (!view) return;
    const starts = paragraphStarts(view.state.doc);
    const wanted: { p: PlacedAnnotation; pos: number }[] = [];
    for (const p of placed) {
      if (p.anchor.status === 'orphaned' || !p.anchor.paragraphId) continue;
      const at = starts.get(p.anchor.paragraphId);
      if (at === undefined || at + p.anchor.end > view.state.doc.content.size) continue;
      if (wanted.length < max || p.annotation.id === current) wanted.push({ p, pos: at + p.anchor.start });
    }
    this.current = current;
    const keep = new Set(wanted.map((w) => w.p.annotation.id));
    for (const [id, b] of this.built) {
      if (!keep.has(id)) {
        b.el.remove();
        this.built.delete(id);
      }
    }
    this.order = wanted.map((w) => w.p.annotation.id);
    // New cards are built off-document (no layout while they are made), then attached and placed
    // together: the page is laid out once for the lot, not once per chunk.
    const staged = document.createDocumentFragment();
    let i = 0;
    const step = () => {
      const end = Math.min(wanted.length, i + CARDS_PER_TASK);
      for (; i < end; i++) {
        const { p, pos } = wanted[i]!;
        const id = p.annotation.id;
        const key = cardKey(p);
        const old = this.built.get(id);
        if (old && old.key === key) {
          old.pos = pos;
          continue;
        }
        old?.el.remove();
        const el = cardElement(p, id === current, this.events);
        this.built.set(id, { key, el, pos });
        staged.append(el);
      }
      if (i < wanted.length) {
        this.pending = setTimeout(step, 0);
        return;
      }
      this.pending = null;
      this.layer.append(staged);
      // Tab order follows the text: put the cards in document order (moves only those out of place).
      let prev: Element | null = null;
      for (const id of this.order) {
        const el = this.built.get(id)!.el;
        if (el.previousElementSibling !== prev || el.parentNode !== this.layer) {
          if (prev) prev.after(el);
          else this.layer.prepend(el);
        }
        prev = el;
      }
      this.setCurrent(current);
      this.layout();
      done?.();
    };
    step();
  }

  /** Marks the current annotation's card. */
  setCurrent(id: string | null): void {
    this.current = id;
    for (const [key, b] of this.built) b.el.classList.toggle('current', key === id);
  }

  /** The card of an annotation, if shown. */
  card(id: string): HTMLElement | null {
    return this.built.get(id)?.el ?? null;
  }

  private scheduleLayout(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.layout();
    });
  }

  /** Places every card at its passage's line, stacked so none overlaps another. */
  layout(): void {
    const view = this.view();
    if (!view || !this.order.length) return;
    const origin = this.layer.getBoundingClientRect().top;
    const size = view.state.doc.content.size;
    const tops: number[] = [];
    const heights: number[] = [];
    const cards: HTMLElement[] = [];
    // Reads only, then writes only: one layout for the lot.
    for (const id of this.order) {
      const b = this.built.get(id)!;
      let top: number;
      try {
        top = view.coordsAtPos(Math.min(b.pos, size), 1).top - origin;
      } catch {
        top = 0;
      }
      tops.push(top);
      heights.push(b.el.offsetHeight);
      cards.push(b.el);
    }
    const shifts = stackCards(tops, heights);
    cards.forEach((el, i) => {
      el.style.top = `${Math.round(tops[i]! + shifts[i]!)}px`;
    });
  }

  destroy(): void {
    if (this.pending) clearTimeout(this.pending);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.resize?.disconnect();
    this.layer.replaceChildren();
    this.built.clear();
  }
}
