/**
 * The language tracker's screen: watched phrases across every draft (a matrix to click through and
 * a presence chart), what happened to them between drafts (removed, added, moved, reworded), the
 * brackets that remain and the wording that got weaker or stronger; the paragraphs behind any of
 * it in a side panel; CSV, HTML and SVG exports. The tracker runs in a worker.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Project, WatchTerm } from '../../../shared/model/schema';
import { presenceChartSvg, trackToCsv, trackToHtml } from '../../../shared/track';
import { useTrack } from './useTrack';
import { paragraphIndex } from './highlight';
import { MatrixSection } from './MatrixSection';
import { EventsSection } from './EventsSection';
import { BracketsSection } from './BracketsSection';
import { HedgingSection } from './HedgingSection';
import { DetailPanel, type Paragraphs } from './DetailPanel';
import { addTerm, removeTerm, updateTerm, withDefaultList, type TermForm } from './watchlist';
import { fileStem, saveExport } from '../host/save-export';
import { scopeOf } from './events';
import { useViewField } from '../view/useView';
import { currentUiLanguage, t } from '../i18n';

export interface TrackerViewProps {
  project: Project;
  /** Replace the project with an edited one (undoable), e.g. after editing the watch list. */
  onEdit(project: Project, label: string): void;
}

export function TrackerView({ project, onEdit }: TrackerViewProps) {
  // The negotiation's received drafts; working drafts join them on request (and then in the slides too).
  const [withWorking, setWithWorking] = useViewField('tracker', 'withWorking');
  const hasWorking = project.drafts.some((d) => d.working);
  const drafts = useMemo(() => (withWorking ? project.drafts : project.drafts.filter((d) => !d.working)), [project.drafts, withWorking]);
  const tracked = useMemo(() => (drafts === project.drafts ? project : { ...project, drafts }), [project, drafts]);
  const terms = project.watchList;
  const [scope, setScope] = useViewField('tracker', 'scope');
  const [selection, setSelection] = useViewField('tracker', 'selection');
  const [editing, setEditing] = useState<WatchTerm | null>(null);
  const [exportNote, setExportNote] = useState<string | null>(null);

  // Keep the chosen pair valid as drafts come and go; only a non-consecutive pair needs extra work.
  const ids = drafts.map((d) => d.id);
  const { scope: validScope, extraPair } = scopeOf(ids, scope);
  const { report, computing, error, ms } = useTrack(drafts, terms, extraPair);
  const paragraphs: Paragraphs = useMemo(() => new Map(drafts.map((d) => [d.id, paragraphIndex(d)])), [drafts]);
  // A scope whose events the current report does not hold yet waits for the worker.
  const scopeReady = !report || !extraPair || report.events.some((e) => e.fromDraftId === extraPair[0] && e.toDraftId === extraPair[1]) || !computing;

  useEffect(() => {
    if (editing && !terms.some((t) => t.id === editing.id)) setEditing(null);
  }, [terms, editing]);

  const chart = useMemo(() => (report ? presenceChartSvg(report.matrix, { cell: 22, uiLanguage: currentUiLanguage() }) : ''), [report]);

  const onSubmitTerm = useCallback(
    (form: TermForm) => {
      if (editing) {
        onEdit(updateTerm(project, editing.id, form), t('track.editUndo', { phrase: form.phrase.trim() }));
        setEditing(null);
      } else onEdit(addTerm(project, form), t('track.addUndo', { phrase: form.phrase.trim() }));
    },
    [editing, onEdit, project],
  );

  const doExport = async (what: 'matrix' | 'events' | 'html' | 'chart') => {
    if (!report) return;
    const stem = fileStem(project.name);
    const csv = what === 'matrix' || what === 'events' ? trackToCsv(report) : null;
    // A byte-order mark so spreadsheet programs read the CSV as UTF-8.
    const file =
      what === 'matrix' ? { name: `${stem} - tracker matrix.csv`, text: `\ufeff${csv!.matrix}`, mime: 'text/csv' }
      : what === 'events' ? { name: `${stem} - tracker events.csv`, text: `\ufeff${csv!.events}`, mime: 'text/csv' }
      : what === 'html' ? { name: `${stem} - tracker.html`, text: trackToHtml(report, t('track.htmlTitle', { project: project.name }), { uiLanguage: currentUiLanguage() }), mime: 'text/html' }
      : { name: `${stem} - presence chart.svg`, text: presenceChartSvg(report.matrix, { title: project.name, uiLanguage: currentUiLanguage() }), mime: 'image/svg+xml' };
    try {
      const r = await saveExport(file.name, file.text, file.mime);
      setExportNote(r.saved === 'path' ? t('track.savedTo', { path: r.path }) : r.saved === 'download' ? t('track.downloaded', { name: r.name }) : null);
    } catch (e) {
      setExportNote(t('track.exportFailed', { error: e instanceof Error ? e.message : String(e) }));
    }
  };

  if (drafts.length === 0) return <p className="empty-hint">{t('track.empty')}</p>;

  const label = (id: string) => drafts.find((d) => d.id === id)?.label ?? id;
  const counts = { phrases: t('track.phrases', { count: terms.length }), drafts: t('track.drafts', { count: drafts.length }) };
  const progress = t('track.progress', counts);
  const sel = selection;

  return (
    <div className="tracker" aria-busy={computing}>
      <header className="trk-head">
        <h2 className="trk-title">{t('track.title')}</h2>
        <span className="trk-status" role="status">
          {computing ? <><span className="spinner" aria-hidden="true" /> {progress}</> : report && ms !== null ? t('track.done', { ...counts, ms: Math.round(ms) }) : ''}
        </span>
        <span className="spacer" />
        {hasWorking && (
          <label className="trk-muted"><input type="checkbox" checked={withWorking} onChange={(e) => setWithWorking(e.target.checked)} /> {t('track.includeWorking')}</label>
        )}
        <div className="trk-exports" role="group" aria-label={t('track.exportGroup')}>
          <span className="trk-muted">{t('track.export')}</span>
          <button onClick={() => void doExport('matrix')} disabled={!report}>{t('track.matrixCsv')}</button>
          <button onClick={() => void doExport('events')} disabled={!report}>{t('track.eventsCsv')}</button>
          <button onClick={() => void doExport('html')} disabled={!report}>{t('track.htmlReport')}</button>
        </div>
      </header>
      {error && <p role="alert" className="notice error trk-error">{t('track.failed', { error })}</p>}
      {exportNote && <p className="trk-export-note" role="status">{exportNote} <button className="link" onClick={() => setExportNote(null)}>{t('track.dismiss')}</button></p>}
      {!report ? (
        <p className="empty-hint"><span className="spinner" aria-hidden="true" /> {progress}</p>
      ) : (
        <div className="trk-grid">
          <div className="trk-main">
            <section className="trk-section" aria-labelledby="trk-matrix-title">
              <h3 id="trk-matrix-title">{t('track.matrixTitle')}</h3>
              <MatrixSection
                report={report}
                project={tracked}
                selected={sel?.kind === 'cell' ? sel : null}
                onSelectCell={(termId, draftId) => setSelection({ kind: 'cell', termId, draftId })}
                editing={editing}
                onEditTerm={setEditing}
                onRemoveTerm={(term) => onEdit(removeTerm(project, term.id), t('track.removeUndo', { phrase: term.phrase }))}
                onSubmitTerm={onSubmitTerm}
                onUseDefaults={() => onEdit(withDefaultList(project), t('track.defaultsUndo'))}
              />
            </section>
            {report.matrix.rows.length > 0 && (
              <details className="trk-section trk-chart" open>
                <summary>
                  <h3>{t('track.chart')}</h3>
                </summary>
                <div className="trk-chart-row">
                  {/* The chart is generated SVG with every text escaped and colours checked (shared/track/chart.ts). */}
                  <figure className="trk-chart-svg" dangerouslySetInnerHTML={{ __html: chart }} />
                  <button onClick={() => void doExport('chart')}>{t('track.exportChart')}</button>
                </div>
              </details>
            )}
            <section className="trk-section" aria-labelledby="trk-events-title">
              <div className="trk-section-head">
                <h3 id="trk-events-title">{t('track.eventsTitle')}</h3>
                <div className="trk-scope" role="group" aria-label={t('track.scope')}>
                  <label>
                    {t('track.between')}
                    <select
                      aria-label={t('track.compareDrafts')}
                      value={validScope ? 'pair' : 'consecutive'}
                      onChange={(e) => setScope(e.target.value === 'pair' && drafts.length > 1 ? { from: drafts[0]!.id, to: drafts[drafts.length - 1]!.id } : null)}
                    >
                      <option value="consecutive">{t('track.consecutive')}</option>
                      <option value="pair" disabled={drafts.length < 2}>{t('track.pair')}</option>
                    </select>
                  </label>
                  {validScope && (
                    <>
                      <select aria-label={t('track.earlier')} value={validScope.from} onChange={(e) => setScope({ from: e.target.value, to: ids.indexOf(e.target.value) < ids.indexOf(validScope.to) ? validScope.to : drafts[drafts.length - 1]!.id })}>
                        {drafts.slice(0, -1).map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
                      </select>
                      <span aria-hidden="true">→</span>
                      <select aria-label={t('track.later')} value={validScope.to} onChange={(e) => setScope({ ...validScope, to: e.target.value })}>
                        {drafts.slice(ids.indexOf(validScope.from) + 1).map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
                      </select>
                    </>
                  )}
                </div>
              </div>
              {drafts.length < 2 ? (
                <p className="trk-muted">{t('track.needSecond')}</p>
              ) : scopeReady ? (
                <EventsSection report={report} scope={validScope} paragraphs={paragraphs} selectedKey={sel?.kind === 'event' ? sel.key : null} onSelect={(key) => setSelection({ kind: 'event', key })} />
              ) : (
                <p className="trk-muted"><span className="spinner" aria-hidden="true" /> {t('track.comparingPair', { from: label(extraPair![0]), to: label(extraPair![1]) })}</p>
              )}
            </section>
            <section className="trk-section" aria-labelledby="trk-brackets-title">
              <h3 id="trk-brackets-title">{t('track.brackets')}</h3>
              <BracketsSection report={report} selectedDraftId={sel?.kind === 'brackets' ? sel.draftId : null} onSelect={(draftId) => setSelection({ kind: 'brackets', draftId })} />
            </section>
            {drafts.length > 1 && (
              <section className="trk-section" aria-labelledby="trk-hedging-title">
                <h3 id="trk-hedging-title">{t('track.hedging')}</h3>

                {scopeReady && <HedgingSection report={report} scope={validScope} paragraphs={paragraphs} selectedKey={sel?.kind === 'hedge' ? sel.key : null} onSelect={(key) => setSelection({ kind: 'hedge', key })} />}
              </section>
            )}
          </div>
          <DetailPanel report={report} paragraphs={paragraphs} scope={validScope} selection={selection} onSelect={setSelection} />
        </div>
      )}
    </div>
  );
}
