/**
 * A long list that keeps only what is near the viewport in the document (see windowing.ts), so
 * opening and scrolling a 4,000-paragraph redline costs the same per frame as a 40-paragraph one:
 * the browser styles, lays out and paints a screenful or two, React commits only the rows that
 * come in. Items are estimated until shown, then measured (after each commit, only the rendered
 * ones; the first window, only a screenful, in the frame after its commit); the empty space above and below is plain block height, so the browser's scroll anchoring
 * keeps the rows in view steady when an estimate gives way to a measure. Sizes are forgotten when
 * the list's width changes (text rewraps). For printing, `all` renders every item.
 *
 * The items are the elements carrying `data-wi={index}` inside `list`; `scroller` is the element
 * that scrolls (the list may start below other content in it).
 */
import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { fullPlan, prefixOffsets, windowPlan, type Plan } from './windowing';
import { useFindingEverywhere } from '../components/find-scope';

/**
 * Lists with more items than this are windowed; shorter ones (the demo's 60-paragraph redline)
 * are rendered whole: that costs less than a frame. (The app's find bar makes longer ones whole
 * while it searches: useWholeList.)
 */
export const WINDOW_FROM = 100;

export interface WindowedListOptions {
  count: number;
  /** The height an item is expected to take before it is measured, for a list `width` pixels wide. */
  estimate(index: number, width: number): number;
  scroller: RefObject<HTMLElement | null>;
  list: RefObject<HTMLElement | null>;
  /** Indexes rendered wherever they are (the current item, an item being jumped to). */
  pinned?: readonly number[];
  /** Extra pixels rendered above and below the viewport. */
  overscan?: number;
  /** Render every item (printing). */
  all?: boolean;
  /** Changes when the items are different ones (another comparison, another mode): sizes start over. */
  identity: unknown;
}

export interface WindowedList {
  plan: Plan;
  /** Scrolls so the item is in view (`center`, or `nearest`: only as far as needed). */
  scrollToIndex(index: number, block: 'center' | 'nearest'): void;
}

interface Viewport {
  top: number;
  height: number;
  width: number;
}

export function useWindowedList({ count, estimate, scroller, list, pinned = [], overscan = 480, all = false, identity }: WindowedListOptions): WindowedList {
  const [view, setView] = useState<Viewport>({ top: 0, height: 800, width: 0 });
  // Each item's size for the current items and width: estimated once, replaced by its measure once shown.
  const measured = useRef<{ identity: unknown; estimate: unknown; width: number; sizes: Float64Array }>({ identity: undefined, estimate: undefined, width: -1, sizes: new Float64Array(0) });
  const [version, setVersion] = useState(0);
  // The reader is at the very end (End key, scrollbar dragged down): measures that make the list
  // taller than estimated keep them there, so the last item comes into view.
  const atEnd = useRef(false);
  const m = measured.current;
  if (m.identity !== identity || m.estimate !== estimate || m.width !== view.width || m.sizes.length !== count) {
    const sizes = new Float64Array(count);
    for (let i = 0; i < count; i++) sizes[i] = estimate(i, view.width);
    measured.current = { identity, estimate, width: view.width, sizes };
  }

  // `version` counts new measures (the sizes live in a ref); a running sum over thousands of items is microseconds.
  const offsets = useMemo(() => prefixOffsets(measured.current.sizes), [measured.current.sizes, version]);

  // Where the list starts inside the scroller (content before it, such as a header, scrolls too).
  const listTop = useCallback(() => {
    const s = scroller.current;
    const l = list.current;
    if (!s || !l) return 0;
    return l.getBoundingClientRect().top - s.getBoundingClientRect().top + s.scrollTop;
  }, [scroller, list]);

  const read = useCallback((): Viewport | null => {
    const s = scroller.current;
    if (!s) return null;
    return { top: s.scrollTop - listTop(), height: s.clientHeight, width: list.current?.clientWidth ?? s.clientWidth };
  }, [scroller, list, listTop]);

  // Follow scrolling (committed before the frame paints, so no blank space shows) and resizing.
  useEffect(() => {
    const s = scroller.current;
    if (!s) return;
    const update = (sync: boolean) => {
      const v = read();
      if (!v) return;
      const apply = () => setView((old) => (old.top === v.top && old.height === v.height && old.width === v.width ? old : v));
      if (sync) flushSync(apply);
      else apply();
    };
    const onScroll = () => {
      atEnd.current = s.scrollTop + s.clientHeight >= s.scrollHeight - 2;
      update(true);
    };
    s.addEventListener('scroll', onScroll, { passive: true });
    // The observer also reports the first size, after the browser's layout: reading the viewport
    // here, in the task that mounted the list, would force the style and layout of the whole view.
    const ro = new ResizeObserver(() => update(false));
    ro.observe(s);
    if (list.current) ro.observe(list.current);
    return () => {
      s.removeEventListener('scroll', onScroll);
      ro.disconnect();
    };
  }, [scroller, list, read]);

  // Until the browser has laid out a first window, render only what fills the screen: the opening
  // commit stays small, and the overscan follows in a task of its own once the first rows painted.
  const [measuredOnce, setMeasuredOnce] = useState(false);
  const margin = measuredOnce ? overscan : 0;
  const plan = useMemo(
    () => (all ? fullPlan(count) : windowPlan(offsets, view.top, view.height, margin, pinned)),
    [all, count, offsets, view.top, view.height, margin, pinned.join(',')],
  );

  // After each commit, measure the items in the document; new sizes re-plan (converges in a pass
  // or two). The first window is measured in the next animation frame instead, once the browser
  // lays it out anyway: reading sizes in that commit would force the style and layout of the
  // whole new view inside React's commit task (some 30 ms of a 4,000-paragraph comparison's
  // opening). Later commits (scrolling) measure at once, so the frame paints the measured window.
  // What the first measure brings (the overscan, the measured sizes) renders as a transition, in
  // slices between which the browser paints and handles input: it is off screen.
  const measure = useCallback((first = false) => {
    const l = list.current;
    if (!l) return;
    const { sizes } = measured.current;
    let changed = false;
    for (const el of l.querySelectorAll<HTMLElement>('[data-wi]')) {
      const i = Number(el.dataset.wi);
      if (!(i < sizes.length)) continue;
      const h = el.getBoundingClientRect().height;
      if (h > 0 && Math.abs(h - sizes[i]!) >= 0.5) {
        sizes[i] = h;
        changed = true;
      }
    }
    const apply = () => {
      setMeasuredOnce(true);
      if (changed) setVersion((v) => v + 1);
    };
    if (first) startTransition(apply);
    else apply();
  }, [list]);
  useLayoutEffect(() => {
    const l = list.current;
    if (!l || all) return;
    const sc = scroller.current;
    if (sc && atEnd.current && sc.scrollTop + sc.clientHeight < sc.scrollHeight - 2) sc.scrollTop = sc.scrollHeight;
    if (measuredOnce) return measure();
    const frame = requestAnimationFrame(() => measure(true));
    return () => cancelAnimationFrame(frame);
  });

  const offsetsRef = useRef(offsets);
  offsetsRef.current = offsets;
  const scrollToIndex = useCallback(
    (index: number, block: 'center' | 'nearest') => {
      const s = scroller.current;
      const o = offsetsRef.current;
      if (!s || index < 0 || index >= o.length - 1) return;
      const el = list.current?.querySelector<HTMLElement>(`[data-wi="${index}"]`);
      if (el) {
        el.scrollIntoView({ block });
        return;
      }
      // Not in the document yet: scroll to where the sizes say it is; rendering follows the scroll.
      const top = o[index]! + listTop();
      const size = o[index + 1]! - o[index]!;
      if (block === 'center') s.scrollTop = top - (s.clientHeight - size) / 2;
      else if (top < s.scrollTop) s.scrollTop = top;
      else if (top + size > s.scrollTop + s.clientHeight) s.scrollTop = top + size - s.clientHeight;
    },
    [scroller, list, listTop],
  );

  return { plan, scrollToIndex };
}

/** True when a windowed list must render every item: printing, or the find bar searching the panel. */
export function useWholeList(): boolean {
  const printing = usePrinting();
  const finding = useFindingEverywhere();
  return printing || finding;
}

/**
 * True while the page is being printed: windowed lists then render every item, so paper gets the
 * whole redline. `beforeprint` commits synchronously, before the browser lays the page out for
 * print; the `print` media query covers print previews that fire no event.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => typeof matchMedia === 'function' && matchMedia('print').matches);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    const mq = typeof matchMedia === 'function' ? matchMedia('print') : null;
    const onMedia = (e: MediaQueryListEvent) => (e.matches ? before() : after());
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    mq?.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      mq?.removeEventListener('change', onMedia);
    };
  }, []);
  return printing;
}
