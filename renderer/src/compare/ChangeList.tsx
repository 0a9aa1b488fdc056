/**
 * Every change with its kind, numbers and a snippet, grouped by section and filterable by kind.
 * Clicking an item goes to it in the redline. Windowed like the redline (useWindowedList): a
 * 4,000-paragraph comparison's 1,600 changes put only a screenful of items in the document, plus
 * the current one; each item says its place in its section (aria-posinset/setsize), so a screen
 * reader still hears "3 of 40". The list and its items are memoised.
 */
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import type { ChangeKind } from '../../../shared/compare/types';
import { CHANGE_KINDS } from '../../../shared/compare/summary';
import { sectionOf, snippetOf } from './layout';
import { changeCitation, type RowContext } from './RedlineRows';
import { StandingBadge } from './SectionChange';
import { t, useT } from '../i18n';
import { useWholeList, useWindowedList, WINDOW_FROM } from './useWindowedList';

/** A section heading, or a change under it, as the windowed list lays them out one after another. */
type Entry = { head: string } | { row: number; change: number; pos: number; size: number; group: number };

/** Estimated heights (px): a heading; an item (kind and citation line, snippet line). */
const HEAD_HEIGHT = 31;
const ITEM_HEIGHT = 44;

interface Props {
  ctx: RowContext;
  filter: Set<ChangeKind>;
  onFilter(kinds: Set<ChangeKind>): void;
  currentRow: number | null;
  onGo(row: number): void;
}

const LABEL = (k: ChangeKind) => t(`kind.${k}`);

/** One change of the list. */
const ChangeItem = memo(function ChangeItem({ index, row, change, pos, size, current, ctx, onGo }: { index: number; row: number; change: number; pos: number; size: number; current: boolean; ctx: RowContext; onGo(row: number): void }) {
  const c = ctx.comparison.changes[change]!;
  return (
    <li data-wi={index} aria-posinset={pos} aria-setsize={size}>
      <button className={`change-item${current ? ' current' : ''}`} aria-current={current ? 'true' : undefined} onClick={() => onGo(row)}>
        <span className={`badge k-${c.kind}`}>{LABEL(c.kind)}</span>
        <span>
          <span className="cite">{changeCitation(c, ctx)}</span>
          <StandingBadge c={c} />
        </span>
        <span className="snippet">{snippetOf(c, ctx.base, ctx.target)}</span>
      </button>
    </li>
  );
});

export const ChangeList = memo(function ChangeList({ ctx, filter, onFilter, currentRow, onGo }: Props) {
  useT();
  const { comparison, layout } = ctx;
  const groups = useMemo(() => {
    const out: { section: string; items: { row: number; change: number }[] }[] = [];
    for (const row of layout.stops) {
      const r = layout.rows[row]!;
      const c = comparison.changes[r.change]!;
      if (!filter.has(c.kind)) continue;
      const s = sectionOf(c) || t('common.untitledSection');
      if (out[out.length - 1]?.section !== s) out.push({ section: s, items: [] });
      out[out.length - 1]!.items.push({ row, change: r.change });
    }
    return out;
  }, [comparison, layout, filter]);

  const entries = useMemo(() => {
    const out: Entry[] = [];
    for (const g of groups) {
      const group = out.length;
      out.push({ head: g.section });
      g.items.forEach((item, i) => out.push({ ...item, pos: i + 1, size: g.items.length, group }));
    }
    return out;
  }, [groups]);
  const totalItems = entries.length - groups.length;
  const currentIndex = useMemo(() => (currentRow === null ? -1 : entries.findIndex((e) => 'row' in e && e.row === currentRow)), [entries, currentRow]);

  const scroller = useRef<HTMLElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const whole = useWholeList();
  const estimate = useCallback((i: number) => ('head' in entries[i]! ? HEAD_HEIGHT : ITEM_HEIGHT), [entries]);
  const pinned = useMemo(() => (currentIndex >= 0 ? [currentIndex] : []), [currentIndex]);
  const { plan, scrollToIndex } = useWindowedList({ count: entries.length, estimate, scroller, list, pinned, all: whole || entries.length <= WINDOW_FROM, identity: entries });
  // Keep the current change visible in the list while stepping through the redline.
  useEffect(() => {
    if (currentIndex >= 0) scrollToIndex(currentIndex, 'nearest');
  }, [currentIndex, scrollToIndex]);

  // The windowed entries as the document has them: each section's shown part, its heading (when
  // shown) and the items under it in a list. A section is keyed by its heading's place, shown or
  // not, so scrolling within it keeps its elements (and a focused item its focus).
  const shown: React.ReactNode[] = [];
  const used = new Set<string>();
  for (const run of plan.runs) {
    if (run.gapBefore > 0) shown.push(<div key={`gap-${run.start}`} className="list-gap" style={{ height: run.gapBefore }} aria-hidden="true" />);
    let head: React.ReactNode = null;
    let items: React.ReactNode[] = [];
    let group = -1;
    const flush = () => {
      if (head || items.length) {
        const key = used.has(`s-${group}`) ? `s-${group}-${run.start}` : `s-${group}`;
        used.add(key);
        shown.push(<section key={key} className="change-group">{head}{items.length > 0 && <ul>{items}</ul>}</section>);
      }
      head = null;
      items = [];
    };
    for (let i = run.start; i < run.end; i++) {
      const e = entries[i]!;
      if ('head' in e) {
        flush();
        group = i;
        head = <h4 data-wi={i}>{e.head}</h4>;
      } else {
        if (group < 0) group = e.group;
        items.push(<ChangeItem key={e.row} index={i} row={e.row} change={e.change} pos={e.pos} size={e.size} current={e.row === currentRow} ctx={ctx} onGo={onGo} />);
      }
    }
    flush();
  }
  if (plan.gapAfter > 0) shown.push(<div key="gap-end" className="list-gap" style={{ height: plan.gapAfter }} aria-hidden="true" />);

  const counts = comparison.summary.counts;
  const toggle = (k: ChangeKind) => {
    const next = new Set(filter);
    if (next.has(k)) next.delete(k);
    else next.add(k);
    onFilter(next);
  };
  const count = totalItems;

  return (
    <aside className="change-list" aria-label={t('compare.changes')} ref={scroller}>
      <div className="filters" role="group" aria-label={t('compare.filterKinds')}>
        {CHANGE_KINDS.filter((k) => k !== 'unchanged').map((k) => (
          <button key={k} className={`chip k-${k}`} aria-pressed={filter.has(k)} onClick={() => toggle(k)} disabled={!counts[k]}>
            {LABEL(k)} <b>{counts[k]}</b>
          </button>
        ))}
      </div>
      <p className="list-count" aria-live="polite">{t('compare.shown', { count })}</p>

      <div className="change-groups" ref={list}>
        {shown}
      </div>
    </aside>
  );
});
