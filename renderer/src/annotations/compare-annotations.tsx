/**
 * Annotations on the Compare view: the summary ("3 of 12 annotations are on text that changed;
 * 1 is orphaned"), a flag on each row whose paragraphs carry annotations, stepping through those
 * flags from the keyboard (] and [, on either side: passages of the earlier draft and of the later
 * one, in the redline's order), and annotating a selection on either side of the redline.
 */
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import type { Comparison } from '../../../shared/compare/types';
import { GROUP_JOINER } from '../../../shared/compare/assemble';
import type { Draft } from '../../../shared/model/draft';
import type { AnchorMap } from '../../../shared/annotate/anchor';
import type { Annotation } from '../../../shared/annotate/schema';
import { annotationOwner } from '../../../shared/annotate/schema';
import { POSITION_LABEL, orphanReason } from '../i18n/words';
import { t, translatedTable } from '../i18n';
import { annotationsAcross, type AnnotationCompareSummary, type PassageFate } from '../../../shared/annotate/compare';
import type { PassageTarget } from './selection';
import type { Layout } from '../compare/layout';

/** The annotations of one redline row, with how each passage fared. */
export interface RowFlag {
  items: { annotation: Annotation; fate: PassageFate | 'new'; draftId: string }[];
}

const FATE: Record<PassageFate | 'new', string> = translatedTable('fate', ['unchanged', 'edited', 'moved', 'orphaned', 'new']);

/** The summary and the row flags of a comparison. */
export function compareAnnotations(annotations: readonly Annotation[], anchors: AnchorMap, comparison: Comparison): { summary: AnnotationCompareSummary; flags: Map<number, RowFlag> } {
  // No annotations: nothing to index (a 4,000-paragraph comparison's ids would take the first redline's time).
  if (!annotations.length) return { summary: { total: 0, changed: 0, moved: 0, orphaned: 0, passages: [] }, flags: new Map() };
  const summary = annotationsAcross(annotations, anchors, comparison);
  const changeOf = new Map<string, number>();
  comparison.changes.forEach((c, i) => {
    for (const b of c.base) changeOf.set(`b:${b.id}`, i);
    for (const t of c.target) changeOf.set(`t:${t.id}`, i);
  });
  const flags = new Map<number, RowFlag>();
  const add = (i: number | undefined, item: RowFlag['items'][number]) => {
    if (i === undefined) return;
    const f = flags.get(i) ?? { items: [] };
    f.items.push(item);
    flags.set(i, f);
  };
  const onBase = new Set<string>();
  for (const p of summary.passages) {
    onBase.add(p.annotation.id);
    add(changeOf.get(`b:${p.base.paragraphId}`), { annotation: p.annotation, fate: p.fate, draftId: comparison.baseId });
  }
  // Annotations placed on the later draft only (made on it, or found again there).
  for (const a of annotations) {
    if (onBase.has(a.id)) continue;
    const t = anchors.get(a.id)?.get(comparison.targetId);
    if (t && t.status !== 'orphaned') add(changeOf.get(`t:${t.paragraphId}`), { annotation: a, fate: 'new', draftId: comparison.targetId });
  }
  return { summary, flags };
}

/** One stop of annotation stepping: a flag of a redline row. */
export interface AnnotationStop {
  row: number;
  id: string;
  draftId: string;
}

/** The flags of a redline in reading order (row by row, each row's flags as shown). */
export function annotationStops(layout: Layout, flags: ReadonlyMap<number, RowFlag>): AnnotationStop[] {
  const stops: AnnotationStop[] = [];
  // No flags (no annotations on these drafts): no walk over a long redline's thousands of rows.
  if (!flags.size) return stops;
  layout.rows.forEach((row, i) => {
    if (row.role === 'stub') return;
    for (const item of flags.get(row.change)?.items ?? []) stops.push({ row: i, id: item.annotation.id, draftId: item.draftId });
  });
  return stops;
}

export interface AnnotationSteps {
  stops: AnnotationStop[];
  /** Index of the current stop, or -1. */
  at: number;
  step(delta: 1 | -1): void;
}

/**
 * ] / [ through the annotations of a redline: brings the row in (`go` renders, scrolls to and
 * marks it), then focuses the annotation's flag, whose name says what it is and on which text;
 * the position ("2 of 7 annotations") is announced by the summary.
 */
export function useAnnotationSteps(layout: Layout | null, flags: ReadonlyMap<number, RowFlag> | undefined, go: (row: number) => void): AnnotationSteps {
  const stops = useMemo(() => (layout && flags ? annotationStops(layout, flags) : []), [layout, flags]);
  const [current, setCurrent] = useState<string | null>(null);
  // Keys can come faster than React re-renders: step from the latest stop.
  const currentRef = useRef(current);
  currentRef.current = current;
  const step = useCallback(
    (delta: 1 | -1) => {
      if (!stops.length) return;
      const at = stops.findIndex((s) => s.id === currentRef.current);
      const next = stops[at < 0 ? (delta > 0 ? 0 : stops.length - 1) : Math.min(stops.length - 1, Math.max(0, at + delta))]!;
      currentRef.current = next.id;
      setCurrent(next.id);
      go(next.row);
      // After go's frame (the row rendered and focused), focus the flag; a row still coming in gets a few more frames.
      let tries = 10;
      const focus = () => {
        const flag = document.querySelector<HTMLElement>(`#row-${next.row} .row-flag[data-annotation="${CSS.escape(next.id)}"]`);
        if (flag) flag.focus({ preventScroll: true });
        else if (tries-- > 0) requestAnimationFrame(focus);
      };
      requestAnimationFrame(focus);
    },
    [stops, go],
  );
  return { stops, at: stops.findIndex((s) => s.id === current), step };
}

/** "3 of 12 annotations are on text that changed (1 moved); 1 is orphaned.", in the interface language. */
export function describeAcross(s: Pick<AnnotationCompareSummary, 'total' | 'changed' | 'moved' | 'orphaned'>): string {
  if (!s.total) return t('anno.acrossNone');
  return t('anno.across', {
    count: s.changed,
    total: s.total,
    noun: t('anno.noun', { count: s.total }),
    moved: s.moved ? t('anno.acrossMoved', { count: s.moved }) : '',
    orphans: s.orphaned ? t('anno.acrossOrphans', { count: s.orphaned }) : '',
  });
}

export function AnnotationSummary({ summary, onOpen, steps }: { summary: AnnotationCompareSummary; onOpen(id: string, draftId: string): void; steps?: AnnotationSteps }) {
  if (!summary.total) return null;
  const changed = summary.passages.filter((p) => p.fate !== 'unchanged');
  return (
    <section className="annotation-summary" aria-label={t('anno.onChanged')}>
      <details>
        <summary><b>{describeAcross(summary)}</b></summary>
        <ul>
          {changed.map((p) => (
            <li key={p.annotation.id}>
              <button className="link" onClick={() => onOpen(p.annotation.id, p.target?.draftId ?? p.base.draftId)}>
                {POSITION_LABEL[p.annotation.body.position]} · {annotationOwner(p.annotation)} · “{p.base.quote?.slice(0, 60)}”
              </button>{' '}
              <span className={`fate fate-${p.fate}`}>{FATE[p.fate]}{p.fate === 'orphaned' ? `: ${p.target ? orphanReason(p.target) : ''}` : p.fate === 'edited' ? ` → “${p.target?.quote?.slice(0, 60)}”` : ''}</span>
            </li>
          ))}
        </ul>
      </details>
      {steps && steps.stops.length > 0 && (
        <div className="annotation-steps" role="group" aria-label={t('anno.bar')}>
          <button onClick={() => steps.step(-1)} title={t('anno.previousTip')} aria-label={t('anno.previous')}>◀</button>
          <span className="annotation-pos" aria-live="polite">{t('anno.position', { index: steps.at >= 0 ? steps.at + 1 : '–', count: steps.stops.length })}</span>
          <button onClick={() => steps.step(1)} title={t('anno.nextTip')} aria-label={t('anno.next')}>▶</button>
        </div>
      )}
    </section>
  );
}

export const RowAnnotationFlag = memo(function RowAnnotationFlag({ flag, onOpen }: { flag: RowFlag; onOpen(id: string, draftId: string): void }) {
  const changed = flag.items.filter((i) => i.fate !== 'unchanged' && i.fate !== 'new').length;
  return (
    <div className="row-annotations">
      {flag.items.map((i) => (
        <button
          key={i.annotation.id}
          data-annotation={i.annotation.id}
          className={`row-flag pos-${i.annotation.body.position} fate-${i.fate}`}
          onClick={() => onOpen(i.annotation.id, i.draftId)}
          aria-label={t('anno.flagLabel', { position: POSITION_LABEL[i.annotation.body.position], owner: annotationOwner(i.annotation), fate: FATE[i.fate] })}
          title={t('anno.flagTitle', { position: POSITION_LABEL[i.annotation.body.position], owner: annotationOwner(i.annotation), fate: FATE[i.fate] })}
        >
          ✎ {POSITION_LABEL[i.annotation.body.position]} · {i.annotation.delegation || i.annotation.author || '?'}{i.fate !== 'unchanged' && i.fate !== 'new' ? ` · ${FATE[i.fate]}` : ''}
        </button>
      ))}
      {changed > 0 && <span className="visually-hidden">{t('anno.changedCount', { count: changed })}</span>}

    </div>
  );
});

/** The side and offset of a selection point inside a redline text element. */
function offsetIn(text: HTMLElement, side: 'base' | 'target', node: Node, offset: number): number | null {
  let at = 0;
  const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const op = n.parentElement?.closest('del') ? '-' : n.parentElement?.closest('ins') ? '+' : '=';
    const counts = op === '=' || (op === '-' ? side === 'base' : side === 'target');
    if (n === node) return counts ? at + offset : at;
    if (counts) at += n.textContent?.length ?? 0;
  }
  return node === text ? at : null;
}

/**
 * The passage selected in the redline, on the side it was selected on: struck words belong to the
 * earlier draft, underlined ones to the later, unchanged ones to the later unless the paragraph
 * is only in the earlier. Null when the selection is not inside one row's text.
 */
export function compareSelection(comparison: Comparison, base: Draft, target: Draft): { draftId: string; target: PassageTarget } | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || !sel.anchorNode || !sel.focusNode) return null;
  const startEl = (sel.anchorNode instanceof Element ? sel.anchorNode : sel.anchorNode.parentElement)?.closest<HTMLElement>('.cmp-text');
  const row = startEl?.closest<HTMLElement>('.cmp-row');
  if (!startEl || !row || row.dataset.change === undefined || row.dataset.kind === 'stub') return null;
  const change = comparison.changes[Number(row.dataset.change)];
  if (!change) return null;
  const cell = startEl.closest<HTMLElement>('.cmp-cell');
  const inDel = !!(sel.anchorNode.parentElement?.closest('del'));
  const side: 'base' | 'target' = cell?.dataset.side === 'base' || cell?.dataset.side === 'target' ? (cell.dataset.side as 'base' | 'target') : inDel || !change.target.length ? 'base' : 'target';
  const refs = side === 'base' ? change.base : change.target;
  const draft = side === 'base' ? base : target;
  if (!refs.length) return null;
  const a = offsetIn(startEl, side, sel.anchorNode, sel.anchorOffset);
  const b = startEl.contains(sel.focusNode) ? offsetIn(startEl, side, sel.focusNode, sel.focusOffset) : Infinity;
  if (a === null || b === null) return null;
  let [from, to] = a <= b ? [a, b] : [b, a];
  // Groups (splits, merges) show their paragraphs joined: find the paragraph the selection starts in.
  let at = 0;
  for (const ref of refs) {
    const text = draft.blocks[ref.index]!.text;
    if (from <= at + text.length) {
      const clipped = to > at + text.length;
      const s = from - at;
      const e = Math.min(to, at + text.length) - at;
      const raw = text;
      let ss = s;
      let ee = e;
      while (ss < ee && /\s/.test(raw[ss]!)) ss++;
      while (ee > ss && /\s/.test(raw[ee - 1]!)) ee--;
      return ee > ss ? { draftId: draft.id, target: { paragraphId: ref.id, start: ss, end: ee, clipped } } : null;
    }
    at += text.length + GROUP_JOINER.length;
    from = Math.max(from, at);
    to = Math.max(to, from);
  }
  return null;
}
