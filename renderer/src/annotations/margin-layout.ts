/**
 * Margin cards sit at the line of their passage; where two would overlap, the later one moves
 * down below the earlier. One read pass (every card's place) then one write pass (the shifts),
 * so laying out hundreds of cards costs two layouts, not one per card.
 */

/** Gap kept between two cards, in pixels. */
const GAP = 6;

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

/** Lays out the cards inside `root` so none overlaps another. */
export function layoutMargin(root: HTMLElement): void {
  const cards = [...root.querySelectorAll<HTMLElement>('.dw-card')];
  for (const c of cards) c.style.transform = '';
  const rects = cards.map((c) => c.getBoundingClientRect());
  const shifts = stackCards(rects.map((r) => r.top), rects.map((r) => r.height));
  cards.forEach((c, i) => {
    if (shifts[i]) c.style.transform = `translateY(${shifts[i]}px)`;
  });
}
