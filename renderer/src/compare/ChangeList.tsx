/**
 * Every change with its kind, numbers and a snippet, grouped by section and filterable by kind.
 * Clicking an item goes to it in the redline. The list and its items are memoised: filling a long
 * list in chunks, or rendering the redline's rows, re-renders no item already shown.
 */
import { memo, useEffect, useMemo, useState } from 'react';
import type { ChangeKind } from '../../../shared/compare/types';
import { CHANGE_KINDS } from '../../../shared/compare/summary';
import { sectionOf, snippetOf } from './layout';
import { changeCitation, type RowContext } from './RedlineRows';
import { StandingBadge } from './SectionChange';
import { t, useT } from '../i18n';

interface Props {
  ctx: RowContext;
  filter: Set<ChangeKind>;
  onFilter(kinds: Set<ChangeKind>): void;
  currentRow: number | null;
  onGo(row: number): void;
}

const LABEL = (k: ChangeKind) => t(`kind.${k}`);

/** One change of the list. */
const ChangeItem = memo(function ChangeItem({ row, change, current, ctx, onGo }: { row: number; change: number; current: boolean; ctx: RowContext; onGo(row: number): void }) {
  const c = ctx.comparison.changes[change]!;
  return (
    <li>
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

  // Long lists fill in over a few frames so a 4,000-paragraph comparison never blocks the window.
  const [limit, setLimit] = useState(60);
  useEffect(() => setLimit(60), [groups]);
  const totalItems = groups.reduce((a, g) => a + g.items.length, 0);
  useEffect(() => {
    if (limit >= totalItems) return;
    const t = setTimeout(() => setLimit((l) => l + 150), 16);
    return () => clearTimeout(t);
  }, [limit, totalItems]);
  const currentIndex = currentRow === null ? -1 : groups.flatMap((g) => g.items).findIndex((i) => i.row === currentRow);
  useEffect(() => {
    if (currentIndex >= limit) setLimit(currentIndex + 20);
  }, [currentIndex, limit]);
  // Keep the current change visible in the list while stepping through the redline.
  useEffect(() => {
    document.querySelector('.change-item.current')?.scrollIntoView({ block: 'nearest' });
  }, [currentRow, limit]);
  let budget = limit;
  const visible = groups
    .map((g) => {
      const items = g.items.slice(0, Math.max(0, budget));
      budget -= items.length;
      return { ...g, items };
    })
    .filter((g) => g.items.length > 0);

  const counts = comparison.summary.counts;
  const toggle = (k: ChangeKind) => {
    const next = new Set(filter);
    if (next.has(k)) next.delete(k);
    else next.add(k);
    onFilter(next);
  };
  const shown = totalItems;

  return (
    <aside className="change-list" aria-label={t('compare.changes')}>
      <div className="filters" role="group" aria-label={t('compare.filterKinds')}>
        {CHANGE_KINDS.filter((k) => k !== 'unchanged').map((k) => (
          <button key={k} className={`chip k-${k}`} aria-pressed={filter.has(k)} onClick={() => toggle(k)} disabled={!counts[k]}>
            {LABEL(k)} <b>{counts[k]}</b>
          </button>
        ))}
      </div>
      <p className="list-count" aria-live="polite">{t('compare.shown', { count: shown })}</p>

      {visible.map((g) => (
        <section key={g.section + g.items[0]!.row} className="change-group">
          <h4>{g.section}</h4>
          <ul>
            {g.items.map(({ row, change }) => (
              <ChangeItem key={row} row={row} change={change} current={row === currentRow} ctx={ctx} onGo={onGo} />
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
});
