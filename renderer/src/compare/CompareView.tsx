/**
 * The compare screen: pick any two drafts, read the redline combined or side by side, step through
 * the changes from the keyboard, see the summary, open any paragraph's history. The engine runs in
 * a worker; the redline and the change list are windowed (only what is near the viewport is in the
 * document), so a 4,000-paragraph pair opens and scrolls as fast as a short one.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ChangeKind } from '../../../shared/compare/types';
import type { Project } from '../../../shared/model/schema';
import { CHANGE_KINDS } from '../../../shared/compare/summary';
import { comparedContext, useComparison } from './useComparison';
import { sectionOf } from './layout';
import type { RowContext } from './RedlineRows';
import { RedlineList, type Reveal } from './RedlineList';
import { ChangeList } from './ChangeList';
import { SummaryBar } from './SummaryBar';
import { HistoryDialog } from './HistoryDialog';
import { comparisonKey } from '../../../shared/view/state';
import { useViewField } from '../view/useView';
import { chosenPair, defaultPair } from '../view/defaults';
import type { AnchorMap } from '../../../shared/annotate/anchor';
import type { PassageTarget } from '../annotations/selection';
import { AnnotationSummary, compareAnnotations, compareSelection, useAnnotationSteps } from '../annotations/compare-annotations';
import { useT } from '../i18n';

export const COMMAND_EVENT = 'draftwatch:command';

interface Props {
  project: Project;
  onEdit(project: Project, label: string): void;
  anchors?: AnchorMap;
  onAnnotate?(draftId: string, target: PassageTarget): void;
  onOpenAnnotation?(id: string, draftId: string): void;
}

const NO_ANCHORS: AnchorMap = new Map();

/**
 * `value`, once the browser has painted a frame since it came (in a task after the next animation
 * frame, as a transition); until then the value before it.
 */
export function usePaintedSince<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    if (Object.is(painted, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => startTransition(() => setPainted(() => value)), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, painted]);
  return painted;
}

export function CompareView({ project, onEdit, anchors = NO_ANCHORS, onAnnotate, onOpenAnnotation }: Props) {
  const t = useT();
  const drafts = project.drafts;
  const n = drafts.length;
  // What is on screen lives in the view store, so presenter mode (and its audience window) shows
  // the same comparison, filter and change, and Esc from it comes back here at the same change.
  const [baseId, setBaseId] = useViewField('compare', 'baseId');
  const [targetId, setTargetId] = useViewField('compare', 'targetId');
  const [mode, setMode] = useViewField('compare', 'mode');
  const [opts, setOpts] = useViewField('compare', 'options');
  const [filterKinds, setFilterKinds] = useViewField('compare', 'filter');
  const filter = useMemo(() => new Set(filterKinds), [filterKinds]);
  const setFilter = useCallback((kinds: Set<ChangeKind>) => setFilterKinds(CHANGE_KINDS.filter((k) => kinds.has(k))), [setFilterKinds]);
  const key = comparisonKey({ baseId, targetId, options: opts });
  const [stored, setStored] = useViewField('compare', 'current');
  const currentRow = stored?.key === key ? stored.row : null;
  // Stable, like a state setter (callbacks made once keep using it): the row is for the comparison on screen now.
  const keyRef = useRef(key);
  keyRef.current = key;
  const setCurrentRow = useCallback((row: number) => setStored({ key: keyRef.current, row }), [setStored]);
  // Key presses can arrive faster than React re-renders: step from the latest row, not a stale one.
  const currentRef = useRef<number | null>(null);
  currentRef.current = currentRow;
  const [reveal, setReveal] = useState<Reveal | null>(null);
  const [history, setHistory] = useState<{ draftId: string; paragraphId: string } | null>(null);
  const scroller = useRef<HTMLDivElement>(null);

  // Keep the chosen drafts valid as the project changes (a draft removed, the project replaced).
  useEffect(() => {
    if (!drafts.some((d) => d.id === baseId)) setBaseId(defaultPair(drafts).baseId);
    if (!drafts.some((d) => d.id === targetId)) setTargetId(defaultPair(drafts).targetId);
  }, [drafts, baseId, targetId, setBaseId, setTargetId]);

  // The default pair until the effect above has chosen it: the comparison is asked in this render, not the next.
  const { base, target } = useMemo(() => chosenPair(drafts, baseId, targetId), [drafts, baseId, targetId]);
  const { comparison, layout, cited, computing, error, ms } = useComparison(base, target, opts);
  const ctxBase = useMemo(() => comparedContext({ comparison, layout, cited }, base, target), [comparison, layout, cited, base, target]);

  // Marks a row current, then (RedlineList, once the row is in the document) scrolls to it and focuses it.
  const go = useCallback(
    (row: number) => {
      setCurrentRow(row);
      setReveal((r) => ({ row, seq: (r?.seq ?? 0) + 1 }));
    },
    [setCurrentRow],
  );

  // A new comparison starts at the top (or at its current change, coming back to it). The view's
  // first comparison needs no scrolling (its scroller is new, at the top): scrolling would lay the
  // whole view out in this task, before the browser does it anyway for the first frame.
  const shownBefore = useRef(false);
  useEffect(() => {
    setReveal(null);
    const row = currentRef.current;
    if (ctxBase && row !== null && row < ctxBase.layout.rows.length) go(row);
    else if (shownBefore.current) scroller.current?.scrollTo({ top: 0 });
    if (ctxBase) shownBefore.current = true;
  }, [ctxBase]);

  const openHistory = useCallback(
    (change: number) => {
      if (!ctxBase) return;
      const c = ctxBase.comparison.changes[change]!;
      const ref = c.target[0] ?? c.base[0];
      if (!ref) return;
      setHistory({ draftId: c.target[0] ? ctxBase.target.id : ctxBase.base.id, paragraphId: ref.id });
    },
    [ctxBase],
  );

  const annotated = useMemo(() => (ctxBase ? compareAnnotations(project.annotations, anchors, ctxBase.comparison) : null), [ctxBase, project.annotations, anchors]);
  const ctx: RowContext | null = useMemo(
    () => (ctxBase ? { ...ctxBase, onJump: go, onHistory: openHistory, annotationFlags: annotated?.flags, onOpenAnnotation } : null),
    [ctxBase, go, openHistory, annotated, onOpenAnnotation],
  );
  const annotationSteps = useAnnotationSteps(ctxBase?.layout ?? null, onOpenAnnotation ? annotated?.flags : undefined, go);
  // The change list comes a frame after the redline: the first frame of a new comparison styles,
  // lays out and paints the redline's first screen, not the list's items too (its place is kept).
  const listFor = usePaintedSince(ctxBase);

  // The stops a reader steps through, honouring the kind filter.
  const stops = useMemo(
    () => (ctx ? ctx.layout.stops.filter((r) => filter.has(ctx.comparison.changes[ctx.layout.rows[r]!.change]!.kind)) : []),
    [ctx, filter],
  );
  // Stable, so the (memoised) summary does not re-render with every chunk of rows.
  const goToSection = useCallback(
    (section: string) => {
      if (!ctx) return;
      const row = stops.find((r) => sectionOf(ctx.comparison.changes[ctx.layout.rows[r]!.change]!) === section);
      if (row !== undefined) go(row);
    },
    [ctx, stops, go],
  );
  const step = useCallback(
    (delta: 1 | -1) => {
      if (!stops.length) return;
      const cur = currentRef.current ?? (delta > 0 ? -1 : Infinity);
      const next = delta > 0 ? stops.find((r) => r > cur) : [...stops].reverse().find((r) => r < cur);
      if (next !== undefined) {
        currentRef.current = next;
        go(next);
      }
    },
    [stops, go],
  );

  useEffect(() => {
    const onCommand = (e: Event) => {
      const cmd = (e as CustomEvent<string>).detail;
      if (cmd === 'next-change') step(1);
      if (cmd === 'previous-change') step(-1);
    };
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement;
      if (e.ctrlKey && e.altKey && e.key.toLowerCase() === 'm' && ctx && onAnnotate && !t.closest('dialog')) {
        // Annotate the passage selected on either side of the redline.
        e.preventDefault();
        const picked = compareSelection(ctx.comparison, ctx.base, ctx.target);
        if (picked) onAnnotate(picked.draftId, picked.target);
        return;
      }
      if (history || e.ctrlKey || e.metaKey || e.altKey || ['INPUT', 'SELECT', 'TEXTAREA'].includes(t.tagName) || t.closest('dialog')) return;
      if (e.key === 'n' || e.key === 'j') step(1);
      else if (e.key === 'p' || e.key === 'k') step(-1);
      else if (e.key === ']') annotationSteps.step(1);
      else if (e.key === '[') annotationSteps.step(-1);
      else if (e.key === 'Enter' && currentRow !== null && t.closest('.cmp-body') && !t.closest('button')) {
        const row = ctx?.layout.rows[currentRow];
        if (row) openHistory(row.change);
      } else return;
      e.preventDefault();
    };
    window.addEventListener(COMMAND_EVENT, onCommand);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener(COMMAND_EVENT, onCommand);
      window.removeEventListener('keydown', onKey);
    };
  }, [step, ctx, currentRow, openHistory, history, onAnnotate, annotationSteps]);

  if (n < 2) return <p className="empty-hint">{t('compare.needTwo')}</p>;
  const stopIndex = currentRow === null ? -1 : stops.indexOf(currentRow);

  return (
    <div className="compare">
      <header className="compare-head">
        <div className="pickers" role="group" aria-label={t('compare.pickers')}>
          <label>
            {t('compare.from')}
            <select value={baseId ?? ''} onChange={(e) => setBaseId(e.target.value)} aria-label={t('compare.earlier')}>
              {drafts.map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
            </select>
          </label>
          <button onClick={() => { setBaseId(targetId); setTargetId(baseId); }} aria-label={t('compare.swap')} title={t('compare.swapTip')}>⇄</button>
          <label>
            {t('compare.to')}
            <select value={targetId ?? ''} onChange={(e) => setTargetId(e.target.value)} aria-label={t('compare.later')}>
              {drafts.map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
            </select>
          </label>
        </div>
        <div className="modes" role="radiogroup" aria-label={t('compare.layout')}>
          <button role="radio" aria-checked={mode === 'combined'} onClick={() => setMode('combined')}>{t('compare.combined')}</button>
          <button role="radio" aria-checked={mode === 'side'} onClick={() => setMode('side')}>{t('compare.side')}</button>
        </div>
        <div className="options" role="group" aria-label={t('compare.options')}>
          <label><input type="checkbox" checked={opts.ignoreCase} onChange={(e) => setOpts({ ...opts, ignoreCase: e.target.checked })} /> {t('compare.ignoreCase')}</label>
          <label><input type="checkbox" checked={opts.ignorePunctuation} onChange={(e) => setOpts({ ...opts, ignorePunctuation: e.target.checked })} /> {t('compare.ignorePunctuation')}</label>
          <label><input type="checkbox" checked={opts.ignoreNumbering} onChange={(e) => setOpts({ ...opts, ignoreNumbering: e.target.checked })} /> {t('compare.ignoreNumbering')}</label>
        </div>
        <div className="nav" role="group" aria-label={t('compare.step')}>
          <button onClick={() => step(-1)} disabled={!stops.length} title={t('compare.previousTip')}>{t('compare.previous')}</button>
          <span className="nav-pos" aria-live="polite">{stops.length ? t('compare.position', { index: stopIndex >= 0 ? stopIndex + 1 : '–', total: stops.length }) : t('compare.noChanges')}</span>
          <button onClick={() => step(1)} disabled={!stops.length} title={t('compare.nextTip')}>{t('compare.next')}</button>
          <span className="hint">{t('compare.keysHint')}</span>
          {onAnnotate && ctx && (
            <button
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                const picked = compareSelection(ctx.comparison, ctx.base, ctx.target);
                if (picked) onAnnotate(picked.draftId, picked.target);
              }}
              title={t('compare.annotateTip')}
            >
              {t('compare.annotate')}
            </button>
          )}
        </div>
      </header>
      {error && <p role="alert" className="notice error">{error}</p>}
      {ctx && (
        <SummaryBar comparison={ctx.comparison} onSection={goToSection} />
      )}
      {annotated && onOpenAnnotation && <AnnotationSummary summary={annotated.summary} onOpen={onOpenAnnotation} steps={annotationSteps} />}
      <div className="compare-main">
        {ctx && (listFor === ctxBase ? <ChangeList ctx={ctx} filter={filter} onFilter={setFilter} currentRow={currentRow} onGo={go} /> : <aside className="change-list" aria-label={t('compare.changes')} aria-busy="true" />)}
        <div className={`cmp-body mode-${mode}`} ref={scroller} aria-busy={computing} aria-label={ctx ? t('compare.redlineFromTo', { base: ctx.base.label, target: ctx.target.label }) : t('compare.redline')} role="region">
          {computing && !ctx && <p className="empty-hint"><span className="spinner" aria-hidden="true" /> {t('compare.comparing')}</p>}
          {ctx && mode === 'side' && (
            <div className="side-head" aria-hidden="true"><span>{ctx.base.label}</span><span>{ctx.target.label}</span></div>
          )}
          {ctx && <RedlineList ctx={ctx} mode={mode} currentRow={currentRow} reveal={reveal} scroller={scroller} />}
          {ctx && ms !== null && <p className="timing">{t('compare.timing', { count: ctx.comparison.changes.length, ms: Math.round(ms) })}</p>}

        </div>
      </div>
      {history && <HistoryDialog project={project} onEdit={onEdit} draftId={history.draftId} paragraphId={history.paragraphId} options={opts} onClose={() => setHistory(null)} />}
    </div>
  );
}
