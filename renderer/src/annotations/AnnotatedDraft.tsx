/**
 * The Read view with its annotations: the draft with highlights and margin cards, a toolbar to
 * annotate the selection or a whole paragraph by its number and to step through annotations,
 * and the orphans of this draft listed with the reason each was lost. Keys: Ctrl+Alt+M annotates
 * the selection, ] and [ go to the next and previous annotation, Enter on a card opens it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Draft } from '../../../shared/model/draft';
import { citedNumbers, isParagraph } from '../../../shared/model/draft';
import type { AnchorMap } from '../../../shared/annotate/anchor';
import { annotationsOnDraft, storedAnchor, type PlacedAnnotation } from '../../../shared/annotate/query';
import type { Annotation } from '../../../shared/annotate/schema';
import { annotationOwner } from '../../../shared/annotate/schema';
import { POSITION_LABEL } from '../i18n/words';
import { t } from '../i18n';
import { DraftView, type DraftViewHandle } from '../components/DraftView';
import type { PassageTarget } from './selection';
import { orphanReason } from '../i18n/words';

interface Props {
  draft: Draft;
  annotations: readonly Annotation[];
  anchors: AnchorMap;
  progress: { done: number; total: number } | null;
  onAnnotate(draftId: string, target: PassageTarget): void;
  onOpen(id: string, anchorDraftId: string): void;
  notify(text: string): void;
  /** Set to an annotation id to scroll to it (from the panel). */
  focusId: string | null;
}

/** The placed annotations of a draft: derived anchors, or the stored place while they compute. */
export function placedOn(draftId: string, annotations: readonly Annotation[], anchors: AnchorMap): PlacedAnnotation[] {
  const placed = annotationsOnDraft(annotations, anchors, draftId);
  if (placed.length || !annotations.length) return placed;
  return annotations.flatMap((a) => {
    const anchor = storedAnchor(a, draftId);
    return anchor ? [{ annotation: a, anchor }] : [];
  });
}

export function AnnotatedDraft({ draft, annotations, anchors, progress, onAnnotate, onOpen, notify, focusId }: Props) {
  const handle = useRef<DraftViewHandle>(null);
  const [current, setCurrent] = useState<string | null>(null);
  const [number, setNumber] = useState('');
  const all = useMemo(() => placedOn(draft.id, annotations, anchors), [draft.id, annotations, anchors]);
  const order = useMemo(() => new Map(draft.blocks.map((b, i) => [b.id, i])), [draft]);
  const live = useMemo(
    () => all.filter((p) => p.anchor.status !== 'orphaned').sort((x, y) => order.get(x.anchor.paragraphId!)! - order.get(y.anchor.paragraphId!)! || x.anchor.start - y.anchor.start),
    [all, order],
  );
  const orphans = useMemo(() => all.filter((p) => p.anchor.status === 'orphaned'), [all]);

  const go = useCallback((id: string) => {
    setCurrent(id);
    requestAnimationFrame(() => handle.current?.reveal(id));
  }, []);
  useEffect(() => {
    if (focusId) go(focusId);
  }, [focusId, go]);

  const step = useCallback(
    (delta: 1 | -1) => {
      if (!live.length) return;
      const at = live.findIndex((p) => p.annotation.id === current);
      const next = at < 0 ? (delta > 0 ? 0 : live.length - 1) : Math.min(live.length - 1, Math.max(0, at + delta));
      go(live[next]!.annotation.id);
    },
    [live, current, go],
  );

  const annotateSelection = useCallback(() => {
    const target = handle.current?.selection();
    if (!target) notify(t('anno.selectFirst'));
    else onAnnotate(draft.id, target);
  }, [draft.id, notify, onAnnotate]);

  const annotateParagraph = () => {
    const want = number.trim().replace(/^¶\s*/, '').replace(/\.$/, '');
    const cited = citedNumbers(draft);
    const index = [...cited.entries()].find(([, n]) => n === want)?.[0];
    const block = index === undefined ? undefined : draft.blocks[index];
    if (!block || !isParagraph(block)) {
      notify(`${draft.label} has no paragraph ${want || '(none given)'}.`);
      return;
    }
    onAnnotate(draft.id, { paragraphId: block.id, start: 0, end: block.text.length, clipped: false });
    setNumber('');
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement;
      if (t.closest('dialog') || ['INPUT', 'SELECT', 'TEXTAREA'].includes(t.tagName) || t.isContentEditable) return;
      if (e.ctrlKey && e.altKey && e.key.toLowerCase() === 'm') annotateSelection();
      else if (!e.ctrlKey && !e.altKey && !e.metaKey && e.key === ']') step(1);
      else if (!e.ctrlKey && !e.altKey && !e.metaKey && e.key === '[') step(-1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [annotateSelection, step]);

  const at = live.findIndex((p) => p.annotation.id === current);
  return (
    <DraftView draft={draft} placed={live} currentId={current} onOpenAnnotation={(id) => onOpen(id, draft.id)} handle={handle}>
      <div className="annotation-bar" role="toolbar" aria-label={t('anno.bar')}>
        {/* Buttons keep the text selection: a mouse press would otherwise clear it first. */}
        <button onMouseDown={(e) => e.preventDefault()} onClick={annotateSelection} title={t('anno.annotateSelectionTip')}>{t('anno.annotateSelection')}</button>
        <form className="annotate-number" onSubmit={(e) => { e.preventDefault(); annotateParagraph(); }}>
          <input aria-label={t('anno.paragraphNumber')} placeholder={t('anno.paragraphPlaceholder')} value={number} onChange={(e) => setNumber(e.target.value)} size={5} />
          <button type="submit" title={t('anno.annotateParagraphTip')}>{t('anno.annotateParagraph')}</button>
        </form>
        <span className="spacer" />
        <button onClick={() => step(-1)} disabled={!live.length} title={t('anno.previousTip')} aria-label={t('anno.previous')}>◀</button>
        <span className="nav-pos" aria-live="polite">{live.length ? t('anno.position', { index: at >= 0 ? at + 1 : '–', count: live.length }) : t('anno.none')}</span>
        <button onClick={() => step(1)} disabled={!live.length} title={t('anno.nextTip')} aria-label={t('anno.next')}>▶</button>
        {progress && <span role="status" className="hint"><span className="spinner" aria-hidden="true" /> {t('anno.placing', { done: progress.done.toLocaleString(), total: progress.total.toLocaleString() })}</span>}
      </div>
      {orphans.length > 0 && (
        <details className="orphans" open={orphans.length <= 5}>
          <summary>{t('anno.orphans', { count: orphans.length, draft: draft.label })}</summary>
          <ul aria-label={t('anno.orphansIn', { draft: draft.label })}>
            {orphans.slice(0, 200).map((p) => (
              <li key={p.annotation.id} className={`orphan pos-${p.annotation.body.position}`}>
                {/* Its name is its visible text (an aria-label that differs fails WCAG 2.5.3); the reason follows. */}
                <button className="link" onClick={() => onOpen(p.annotation.id, draft.id)}>
                  <b>{POSITION_LABEL[p.annotation.body.position]}</b> {t('anno.byOrphaned', { owner: annotationOwner(p.annotation) })} “
{p.annotation.target.quote.exact.slice(0, 70)}{p.annotation.target.quote.exact.length > 70 ? '…' : ''}”
                </button>
                <span className="orphan-reason"> — {orphanReason(p.anchor)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </DraftView>
  );
}
