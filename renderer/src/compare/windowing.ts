/**
 * The arithmetic of a windowed list (pure, tested without a DOM): which items of a long list to
 * put in the document for a scroll position, and how tall the empty space standing in for the
 * others is. Each item has a size, measured once it has been shown and estimated until then;
 * offsets are their running sums. Items near the viewport are rendered (plus an overscan margin
 * on both sides), and any "pinned" items wherever they are (the current row keeps its focus and
 * aria-current even when scrolled far away; a row being jumped to exists before the scroll).
 */

/** offsets[i] = top of item i; offsets[n] = the height of the whole list. */
export function prefixOffsets(sizes: ArrayLike<number>): Float64Array {
  const out = new Float64Array(sizes.length + 1);
  for (let i = 0; i < sizes.length; i++) out[i + 1] = out[i]! + sizes[i]!;
  return out;
}

/** The item at height `y` of the list: the first whose bottom is below `y` (clamped to the list). */
export function indexAt(offsets: Float64Array, y: number): number {
  const n = offsets.length - 1;
  if (n <= 0) return 0;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A run of consecutive items to render, [start, end), and the empty space before it. */
export interface Run {
  start: number;
  end: number;
  gapBefore: number;
}

export interface Plan {
  runs: Run[];
  /** Empty space after the last run, standing in for the items below it. */
  gapAfter: number;
}

/**
 * What to render for the viewport [top, top + height) of the list: the items it touches, `overscan`
 * pixels more on each side, and every pinned index, as sorted runs with the gaps between them.
 */
export function windowPlan(offsets: Float64Array, top: number, height: number, overscan: number, pinned: readonly number[] = []): Plan {
  const n = offsets.length - 1;
  if (n <= 0) return { runs: [], gapAfter: 0 };
  const first = indexAt(offsets, Math.max(0, top - overscan));
  const last = indexAt(offsets, top + height + overscan);
  const ranges: [number, number][] = [[first, last + 1]];
  for (const p of pinned) if (p >= 0 && p < n) ranges.push([p, p + 1]);
  ranges.sort((a, b) => a[0] - b[0]);
  const runs: Run[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    const prev = runs[runs.length - 1];
    if (prev && s <= prev.end) {
      prev.end = Math.max(prev.end, e);
    } else {
      runs.push({ start: s, end: e, gapBefore: offsets[s]! - offsets[at]! });
    }
    at = runs[runs.length - 1]!.end;
  }
  return { runs, gapAfter: offsets[n]! - offsets[at]! };
}

/** Every item, no gaps: for printing, where the whole list must be on paper. */
export function fullPlan(count: number): Plan {
  return { runs: count ? [{ start: 0, end: count, gapBefore: 0 }] : [], gapAfter: 0 };
}
