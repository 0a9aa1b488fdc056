/**
 * The redline itself, combined (one text with deletions struck and insertions underlined) or side
 * by side (two aligned columns, gaps where a paragraph exists on one side only). Each row is
 * memoised: stepping through changes re-renders two rows, not thousands.
 */
import { memo } from 'react';
import type { Change } from '../../../shared/compare/types';
import { DiffText } from './DiffText';
import { SectionChange, StandingBadge } from './SectionChange';
import { citeRefs, type Row } from './layout';
import { textOf } from './side-text';
import { RowAnnotationFlag, type RowFlag } from '../annotations/compare-annotations';
import { i18n, t, translatedTable } from '../i18n';
import type { ComparedContext } from './useComparison';

export type Mode = 'combined' | 'side';

/** What a row reads: the compared context (one definition, useComparison.ts) and what a row can do. */
export interface RowContext extends ComparedContext {
  onJump(row: number): void;
  onHistory(change: number): void;
  /** Annotations on each change's paragraphs, by change index. */
  annotationFlags?: Map<number, RowFlag>;
  onOpenAnnotation?(id: string, draftId: string): void;
}

/** A kind of change in words, as the redline labels it. */
export const KIND_LABEL: Record<Change['kind'], string> = translatedTable('kindTitle', ['unchanged', 'modified', 'moved', 'split', 'merged', 'deleted', 'inserted']);


/** "Zero draft ¶12 → Rev.2 ¶14": both drafts' numbers for a change. */
export function changeCitation(c: Change, ctx: Pick<RowContext, 'base' | 'target' | 'baseCited' | 'targetCited'>): string {
  const b = c.base.length ? `${ctx.base.label} ${citeRefs(c.base, ctx.baseCited)}` : null;
  const t = c.target.length ? `${ctx.target.label} ${citeRefs(c.target, ctx.targetCited)}` : null;
  return [b, t].filter(Boolean).join(' → ');
}

function Label({ row, c, ctx }: { row: Row; c: Change; ctx: RowContext }) {
  if (row.role === 'stub') {
    const to = ctx.layout.rowOfChange.get(row.change)!;
    return (
      <div className="cmp-label">
        <span className="badge k-moved">{t('compare.movedAway')}</span> {ctx.base.label} {citeRefs(c.base, ctx.baseCited)} {t('compare.movedTo')} {ctx.target.label} {citeRefs(c.target, ctx.targetCited)}
        {c.targetSection?.length ? ` (${c.targetSection[c.targetSection.length - 1]})` : ''}
        <StandingBadge c={c} />{' '}
        <button className="link" onClick={() => ctx.onJump(to)}>{t('compare.goNew')}</button>
      </div>
    );
  }
  if (c.kind === 'unchanged') return null;
  const from = ctx.layout.rowOfStub.get(row.change);
  return (
    <div className="cmp-label">
      <span className={`badge k-${c.kind}`}>{KIND_LABEL[c.kind]}</span> {changeCitation(c, ctx)}
      <SectionChange c={c} />
      {c.kind === 'moved' && from !== undefined && (
        <>
          {' '}
          <button className="link" onClick={() => ctx.onJump(from)}>{t('compare.goOld')}</button>
        </>
      )}
      {' '}
      <button className="link" onClick={() => ctx.onHistory(row.change)} title={t('compare.historyTip')}>{t('compare.history')}</button>
    </div>
  );
}

function Number({ c, ctx }: { c: Change; ctx: RowContext }) {
  const t = c.target[0] ? ctx.targetCited.get(c.target[0].index) : undefined;
  const b = c.base[0] ? ctx.baseCited.get(c.base[0].index) : undefined;
  const shown = t ?? b ?? '';
  return (
    <span className="cmp-num">
      {shown}
      {t && b && t !== b && <small className="was" title={`${ctx.base.label} ¶${b}`}>{i18n.t('compare.was', { number: b })}</small>}
    </span>
  );
}

function CombinedBody({ c, ctx }: { c: Change; ctx: RowContext }) {
  if (c.kind === 'deleted') return <del>{textOf(ctx.base, c.base)}</del>;
  if (c.kind === 'inserted') return <ins>{textOf(ctx.target, c.target)}</ins>;
  if (c.diff && c.kind !== 'unchanged') return <DiffText ops={c.diff} side="both" />;
  return <>{textOf(ctx.target, c.target)}</>;
}

function SideCell({ c, ctx, side }: { c: Change; ctx: RowContext; side: 'base' | 'target' }) {
  const refs = side === 'base' ? c.base : c.target;
  if (!refs.length) return <div className="cmp-cell gap" role="note" aria-label={side === 'base' ? t('compare.notInEarlier') : t('compare.notInLater')} />;
  const draft = side === 'base' ? ctx.base : ctx.target;
  const cited = side === 'base' ? ctx.baseCited : ctx.targetCited;
  const body =
    c.kind === 'deleted' ? <del>{textOf(draft, refs)}</del>
    : c.kind === 'inserted' ? <ins>{textOf(draft, refs)}</ins>
    : c.diff && c.kind !== 'unchanged' ? <DiffText ops={c.diff} side={side} />
    : textOf(draft, refs);
  return (
    <div className="cmp-cell" data-side={side}>
      <span className="cmp-num">{cited.get(refs[0]!.index) ?? ''}</span>
      <p className="cmp-text" dir="auto">{body}</p>
    </div>
  );
}

export const RedlineRow = memo(function RedlineRow({ row, index, current, mode, ctx }: { row: Row; index: number; current: boolean; mode: Mode; ctx: RowContext }) {
  const c = ctx.comparison.changes[row.change]!;
  const cls = `cmp-row k-${row.role === 'stub' ? 'stub' : c.kind}${current ? ' current' : ''}`;
  return (
    <>
      {row.heading !== null && <h3 className="cmp-section">{row.heading || t('common.untitledSection')}</h3>}
      <div id={`row-${index}`} className={cls} tabIndex={-1} data-kind={row.role === 'stub' ? 'stub' : c.kind} data-change={row.change} aria-current={current ? 'true' : undefined}>
        <Label row={row} c={c} ctx={ctx} />
        {row.role !== 'stub' && ctx.annotationFlags?.get(row.change) && ctx.onOpenAnnotation && <RowAnnotationFlag flag={ctx.annotationFlags.get(row.change)!} onOpen={ctx.onOpenAnnotation} />}
        {row.role === 'stub' ? (
          mode === 'side' ? (
            <div className="cmp-pair">
              <div className="cmp-cell moved-away"><span className="cmp-num">{ctx.baseCited.get(c.base[0]!.index) ?? ''}</span><p className="cmp-text" dir="auto"><del>{textOf(ctx.base, c.base)}</del></p></div>
              <div className="cmp-cell gap" role="note" aria-label={t('compare.movedElsewhere')} />

            </div>
          ) : (
            <div className="cmp-para moved-away"><span className="cmp-num">{ctx.baseCited.get(c.base[0]!.index) ?? ''}</span><p className="cmp-text" dir="auto"><del>{textOf(ctx.base, c.base)}</del></p></div>
          )
        ) : mode === 'side' ? (
          <div className="cmp-pair">
            <SideCell c={c} ctx={ctx} side="base" />
            <SideCell c={c} ctx={ctx} side="target" />
          </div>
        ) : (
          <div className="cmp-para">
            <Number c={c} ctx={ctx} />
            <p className="cmp-text" dir="auto"><CombinedBody c={c} ctx={ctx} /></p>
          </div>
        )}
      </div>
    </>
  );
});
