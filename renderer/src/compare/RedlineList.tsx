/**
 * The redline's rows, windowed (useWindowedList): only the rows near the viewport are in the
 * document, plus the current row (it keeps focus and aria-current wherever the reader scrolls) and
 * a row being jumped to. A short comparison (up to WINDOW_FROM rows, the demo's size) is rendered
 * whole, as it costs less than a frame. Printing renders every row, and so does a search with the
 * find bar (Ctrl+F, components/find-scope.ts) until it closes. Scrolling re-renders this list only, not the Compare view around it.
 */
import { memo, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { RedlineRow, type Mode, type RowContext } from './RedlineRows';
import { heightAt, rowExtent } from './layout';
import { useWholeList, useWindowedList, WINDOW_FROM } from './useWindowedList';

/** A request to bring a row into view and focus it; `seq` makes each request new, even for the same row. */
export interface Reveal {
  row: number;
  seq: number;
}

interface Props {
  ctx: RowContext;
  mode: Mode;
  currentRow: number | null;
  reveal: Reveal | null;
  scroller: React.RefObject<HTMLDivElement | null>;
}

export const RedlineList = memo(function RedlineList({ ctx, mode, currentRow, reveal, scroller }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const whole = useWholeList();
  const { rows } = ctx.layout;
  // What each row's estimate depends on besides the width, read once: the list estimates every row
  // again when its width is first known and whenever it changes.
  const extents = useMemo(() => rows.map((row) => rowExtent(row, ctx.comparison, ctx.base, ctx.target, mode)), [rows, ctx.comparison, ctx.base, ctx.target, mode]);
  const estimate = useCallback((i: number, width: number) => heightAt(extents[i]!, width || 900), [extents]);
  const pinned = useMemo(() => [currentRow, reveal?.row].filter((r): r is number => r !== null && r !== undefined), [currentRow, reveal]);
  const identity = useMemo(() => ({ ctx: ctx.layout, mode }), [ctx.layout, mode]);
  const { plan, scrollToIndex } = useWindowedList({ count: rows.length, estimate, scroller, list, pinned, all: whole || rows.length <= WINDOW_FROM, identity });

  // Bring a requested row into view (it is pinned, so in the document by now) and focus it.
  useLayoutEffect(() => {
    if (!reveal) return;
    scrollToIndex(reveal.row, 'center');
    document.getElementById(`row-${reveal.row}`)?.focus({ preventScroll: true });
    // Once per request.
  }, [reveal]);

  return (
    <div ref={list} className="cmp-rows">
      {/* One flat keyed list: a row passing from a pinned run into the window stays the same
          element (not remounted), so it keeps its focus. */}
      {plan.runs.flatMap((run) => [
        ...(run.gapBefore > 0 ? [<div key={`gap-${run.start}`} className="cmp-gap" style={{ height: run.gapBefore }} aria-hidden="true" />] : []),
        ...rows.slice(run.start, run.end).map((row, k) => {
          const i = run.start + k;
          return (
            <div key={row.key} className="cmp-item" data-wi={i}>
              <RedlineRow row={row} index={i} current={i === currentRow} mode={mode} ctx={ctx} />
            </div>
          );
        }),
      ])}
      {plan.gapAfter > 0 && <div className="cmp-gap" style={{ height: plan.gapAfter }} aria-hidden="true" />}
    </div>
  );
});
