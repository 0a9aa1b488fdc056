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

export interface TrackerViewProps {
  project: Project;
  /** Replace the project with an edited one (undoable), e.g. after editing the watch list. */
  onEdit(project: Project, label: string): void;
}

export function TrackerView({ project, onEdit }: TrackerViewProps) {
  // The negotiation's received drafts; working drafts join them on request.
  const [withWorking, setWithWorking] = useState(false);
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

  const chart = useMemo(() => (report ? presenceChartSvg(report.matrix, { cell: 22 }) : ''), [report]);

  const onSubmitTerm = useCallback(
    (form: TermForm) => {
      if (editing) {
        onEdit(updateTerm(project, editing.id, form), `Edit watched phrase “${form.phrase.trim()}”`);
        setEditing(null);
      } else onEdit(addTerm(project, form), `Add watched phrase “${form.phrase.trim()}”`);
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
      : what === 'html' ? { name: `${stem} - tracker.html`, text: trackToHtml(report, `${project.name}: watched language`), mime: 'text/html' }
      : { name: `${stem} - presence chart.svg`, text: presenceChartSvg(report.matrix, { title: project.name }), mime: 'image/svg+xml' };
    try {
      const r = await saveExport(file.name, file.text, file.mime);
      setExportNote(r.saved === 'path' ? `Saved ${r.path}` : r.saved === 'download' ? `Downloaded ${r.name}` : null);
    } catch (e) {
      setExportNote(`Could not export: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  if (drafts.length === 0) return <p className="empty-hint">Import drafts to follow watched language across them.</p>;

  const label = (id: string) => drafts.find((d) => d.id === id)?.label ?? id;
  const progress = `Tracking ${terms.length} phrase${terms.length === 1 ? '' : 's'} across ${drafts.length} draft${drafts.length === 1 ? '' : 's'}…`;
  const sel = selection;

  return (
    <div className="tracker" aria-busy={computing}>
      <header className="trk-head">
        <h2 className="trk-title">Watched language</h2>
        <span className="trk-status" role="status">
          {computing ? <><span className="spinner" aria-hidden="true" /> {progress}</> : report && ms !== null ? `${terms.length} phrase${terms.length === 1 ? '' : 's'} across ${drafts.length} draft${drafts.length === 1 ? '' : 's'} · ${Math.round(ms)} ms` : ''}
        </span>
        <span className="spacer" />
        {hasWorking && (
          <label className="trk-muted"><input type="checkbox" checked={withWorking} onChange={(e) => setWithWorking(e.target.checked)} /> Include working drafts</label>
        )}
        <div className="trk-exports" role="group" aria-label="Export the tracker">
          <span className="trk-muted">Export</span>
          <button onClick={() => void doExport('matrix')} disabled={!report}>Matrix CSV</button>
          <button onClick={() => void doExport('events')} disabled={!report}>Events CSV</button>
          <button onClick={() => void doExport('html')} disabled={!report}>HTML report</button>
        </div>
      </header>
      {error && <p role="alert" className="notice error trk-error">The tracker failed: {error}</p>}
      {exportNote && <p className="trk-export-note" role="status">{exportNote} <button className="link" onClick={() => setExportNote(null)}>Dismiss</button></p>}
      {!report ? (
        <p className="empty-hint"><span className="spinner" aria-hidden="true" /> {progress}</p>
      ) : (
        <div className="trk-grid">
          <div className="trk-main">
            <section className="trk-section" aria-labelledby="trk-matrix-title">
              <h3 id="trk-matrix-title">Watch list across drafts</h3>
              <MatrixSection
                report={report}
                project={tracked}
                selected={sel?.kind === 'cell' ? sel : null}
                onSelectCell={(termId, draftId) => setSelection({ kind: 'cell', termId, draftId })}
                editing={editing}
                onEditTerm={setEditing}
                onRemoveTerm={(t) => onEdit(removeTerm(project, t.id), `Remove watched phrase “${t.phrase}”`)}
                onSubmitTerm={onSubmitTerm}
                onUseDefaults={() => onEdit(withDefaultList(project), 'Use the default watch list')}
              />
            </section>
            {report.matrix.rows.length > 0 && (
              <details className="trk-section trk-chart" open>
                <summary>
                  <h3>Presence chart</h3>
                </summary>
                <div className="trk-chart-row">
                  {/* The chart is generated SVG with every text escaped and colours checked (shared/track/chart.ts). */}
                  <figure className="trk-chart-svg" dangerouslySetInnerHTML={{ __html: chart }} />
                  <button onClick={() => void doExport('chart')}>Export chart (SVG)</button>
                </div>
              </details>
            )}
            <section className="trk-section" aria-labelledby="trk-events-title">
              <div className="trk-section-head">
                <h3 id="trk-events-title">Changes between drafts</h3>
                <div className="trk-scope" role="group" aria-label="Drafts to compare">
                  <label>
                    Between
                    <select
                      aria-label="Compare drafts"
                      value={validScope ? 'pair' : 'consecutive'}
                      onChange={(e) => setScope(e.target.value === 'pair' && drafts.length > 1 ? { from: drafts[0]!.id, to: drafts[drafts.length - 1]!.id } : null)}
                    >
                      <option value="consecutive">each draft and the next</option>
                      <option value="pair" disabled={drafts.length < 2}>two drafts…</option>
                    </select>
                  </label>
                  {validScope && (
                    <>
                      <select aria-label="Earlier draft" value={validScope.from} onChange={(e) => setScope({ from: e.target.value, to: ids.indexOf(e.target.value) < ids.indexOf(validScope.to) ? validScope.to : drafts[drafts.length - 1]!.id })}>
                        {drafts.slice(0, -1).map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
                      </select>
                      <span aria-hidden="true">→</span>
                      <select aria-label="Later draft" value={validScope.to} onChange={(e) => setScope({ ...validScope, to: e.target.value })}>
                        {drafts.slice(ids.indexOf(validScope.from) + 1).map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
                      </select>
                    </>
                  )}
                </div>
              </div>
              {drafts.length < 2 ? (
                <p className="trk-muted">Import a second draft to see what changed.</p>
              ) : scopeReady ? (
                <EventsSection report={report} scope={validScope} paragraphs={paragraphs} selectedKey={sel?.kind === 'event' ? sel.key : null} onSelect={(key) => setSelection({ kind: 'event', key })} />
              ) : (
                <p className="trk-muted"><span className="spinner" aria-hidden="true" /> Comparing {label(extraPair![0])} with {label(extraPair![1])}…</p>
              )}
            </section>
            <section className="trk-section" aria-labelledby="trk-brackets-title">
              <h3 id="trk-brackets-title">Brackets</h3>
              <BracketsSection report={report} selectedDraftId={sel?.kind === 'brackets' ? sel.draftId : null} onSelect={(draftId) => setSelection({ kind: 'brackets', draftId })} />
            </section>
            {drafts.length > 1 && (
              <section className="trk-section" aria-labelledby="trk-hedging-title">
                <h3 id="trk-hedging-title">Weakened and strengthened wording</h3>
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
