/**
 * The margin beside the Read view's text: a card per annotation at the line of its passage, and
 * where two would overlap the later one moves down below the earlier.
 *
 * Cards live in their own layer beside the ProseMirror document, not inside it as widgets: adding
 * or changing a card then never re-renders a paragraph, and laying out hundreds of cards costs one
 * read pass (every passage's line and every card's height) and one write pass (the tops), not a
 * layout of the whole draft per card. A large set is built, attached and placed a chunk at a time,
 * in document order, each chunk stacked below the one before: a task lays out 60 cards, never
 * 500, and the cards are reused while their annotation is unchanged.
 */
import type { EditorView } from 'prosemirror-view';
import type { PlacedAnnotation } from '../../../shared/annotate/query';
import { cardElement, paragraphStarts, type CardEvents } from '../prosemirror/annotation-decorations';

/** Gap kept between two cards, in pixels. */
const GAP = 6;
/** Cards built per task while a large set comes in. */
const CARDS_PER_TASK = 60;

/**
 * Shifts for cards at `tops` with `heights` (document order): each starts below the previous one's
 * end, the first below `floor` (where the cards above them end).
 */
export function stackCards(tops: readonly number[], heights: readonly number[], floor = -Infinity): number[] {
  const shifts: number[] = [];
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
  /** A card to focus once it is built (asked for while a set is still coming in). */
  private focusId: string | null = null;

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
    // A chunk per task: build its new cards, put them in document order (the tab order follows
    // the text; only cards out of place move), then place them below the chunk before.
    let i = 0;
    let prev: Element | null = null;
    let floor = -Infinity;
    const step = () => {
      const from = i;
      const end = Math.min(wanted.length, i + CARDS_PER_TASK);
      for (; i < end; i++) {
        const { p, pos } = wanted[i]!;
        const id = p.annotation.id;
        const key = cardKey(p);
        let b = this.built.get(id);
        if (b && b.key === key) b.pos = pos;
        else {
          b?.el.remove();
          b = { key, el: cardElement(p, id === current, this.events), pos };
          this.built.set(id, b);
        }
        const el = b.el;
        if (el.previousElementSibling !== prev || el.parentNode !== this.layer) {
          if (prev) prev.after(el);
          else this.layer.prepend(el);
        }
        prev = el;
      }
      floor = this.place(this.order.slice(from, end), floor);
      if (i < wanted.length) {
        this.pending = setTimeout(step, 0);
        return;
      }
      this.pending = null;
      this.setCurrent(current);
      const focus = this.focusId ? this.built.get(this.focusId) : undefined;
      this.focusId = null;
      focus?.el.focus({ preventScroll: true });
      done?.();
    };
    step();
  }

  /** Focuses an annotation's card, now or, while the cards are still being built, once it is. */
  focusWhenShown(id: string): void {
    const el = this.card(id);
    if (el && !this.pending) el.focus({ preventScroll: true });
    else this.focusId = id;
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
    // A show still building cards places them as it goes.
    if (this.pending) return;
    this.place(this.order, -Infinity);
  }

  /**
   * Places the cards `ids` (document order) at their passages' lines, the first below `floor`;
   * returns where the last one ends. Reads only, then writes only: one layout for the lot.
   */
  private place(ids: readonly string[], floor: number): number {
    const view = this.view();
    if (!view || !ids.length) return floor;
    const origin = this.layer.getBoundingClientRect().top;
    const size = view.state.doc.content.size;
    const tops: number[] = [];
    const heights: number[] = [];
    const cards: HTMLElement[] = [];
    for (const id of ids) {
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
    const shifts = stackCards(tops, heights, floor);
    let end = floor;
    cards.forEach((el, i) => {
      const top = Math.round(tops[i]! + shifts[i]!);
      el.style.top = `${top}px`;
      end = top + heights[i]! + GAP;
    });
    return end;
  }

  destroy(): void {
    if (this.pending) clearTimeout(this.pending);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.resize?.disconnect();
    this.layer.replaceChildren();
    this.built.clear();
  }
}
