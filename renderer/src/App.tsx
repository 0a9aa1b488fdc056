/**
 * The application window: toolbar, the drafts of the project in the sidebar, the selected view in
 * the middle, a status bar. Files dropped anywhere are imported as drafts.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { MenuCommand } from '../../shared/host/api';
import type { Draft } from '../../shared/model/draft';
import { getHost } from './host/client';
import { displayPath } from '../../shared/host/handles';
import { useProjectController } from './state/controller';
import { moveDraft, removeDraft, renameDraft, renameProject, setDraftLanguage, setProjectLanguage } from './state/commands';
import { ProjectLanguageSelect } from './components/LanguageSelect';
import { isLanguageCode } from '../../shared/lang/registry';
import { DraftList } from './components/DraftList';
import { PathDialog } from './components/PathDialog';
import { PasteDialog } from './components/PasteDialog';
import { ExportDialog } from './export/ExportDialog';
import { RecentProjects } from './components/RecentProjects';
import { FindBar } from './components/FindBar';
import { addDrafts } from './state/commands';
import { StatusBar } from './components/StatusBar';
import { Notices } from './components/Notices';
import { commandForKey, ownsUndo, shortcutLabel } from './shortcuts';
import { useTheme, THEMES } from './theme';
import { CompareView, COMMAND_EVENT } from './compare/CompareView';
import { useEnginePrep } from './compare/useEnginePrep';

import { TrackerView } from './track/TrackerView';
import { EditorSessions } from './state/sessions';
import { undoWhereFocused } from './state/focus-undo';
import { workingDraftsOf } from './state/working-commands';
import { WorkingDraftView } from './drafting/WorkingDraftView';
import { CompilationView } from './drafting/CompilationView';
import { DraftingActions } from './drafting/DraftingActions';
import { PresenterMode } from './presenter/PresenterMode';
import { startPresenting } from './presenter/enter';
import type { PresentWhat } from './presenter/sources';
import { updateView, useView } from './view/useView';
import { useAnchors } from './annotations/useAnchors';
import { useAnnotationEditor } from './annotations/useAnnotationEditor';
import { AnnotatedDraft } from './annotations/AnnotatedDraft';
import { AnnotationsPanel } from './annotations/AnnotationsPanel';
import { i18n, t, useT, useUiLanguage } from './i18n';
import { isUiLanguage } from '../../shared/export/strings';
import { UiLanguageSelect } from './i18n/UiLanguageSelect';

type View = 'read' | 'compare' | 'track' | 'compile';

const IMPORT_ACCEPT = '.docx,.pdf,.html,.htm,.txt,.md,.markdown';

export function App() {
  const host = useMemo(() => getHost(), []);
  // The desktop shell's menu and dialogs follow the interface's language.
  const uiLanguage = useUiLanguage();
  useEffect(() => {
    if (isUiLanguage(uiLanguage)) void host.setUiLanguage(uiLanguage).catch(() => {});
  }, [host, uiLanguage]);
  const c = useProjectController(host);
  const project = c.state.project;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [theme, setTheme] = useTheme();
  useT(); // re-render in the interface language when it changes
  // The tab is part of the view store: leaving presenter mode returns to the tab it started from.
  const view = useView((s) => s.tab) as View;
  const setView = useCallback((tab: View) => updateView((s) => (s.tab === tab ? s : { ...s, tab })), []);
  const presenting = useView((s) => s.presenter.active);
  const [pasting, setPasting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [finding, setFinding] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const browser = c.info?.mode === 'browser';
  // Working drafts being edited: editor states with their own histories, outside the project store.
  const sessions = useMemo(() => new EditorSessions(), []);
  const [exportPair, setExportPair] = useState<{ baseId: string; targetId: string } | null>(null);
  useEffect(() => {
    sessions.onCommit = c.checkpoint;
    c.setEditorFlush(() => sessions.flush());
    return () => c.setEditorFlush(null);
  }, [sessions, c.checkpoint, c.setEditorFlush]);
  useEffect(() => sessions.retain(new Set(project?.drafts.map((d) => d.id) ?? [])), [sessions, project]);
  const anchorState = useAnchors(project);
  // The engine worker warmed up, and the Compare view's drafts sent to it and compared, while the window is idle.
  useEnginePrep(project?.drafts, !!c.busy);
  const annotationEditor = useAnnotationEditor(project, c.edit, (text) => c.notify('info', text));
  const [annotationsOpen, setAnnotationsOpen] = useState(false);
  const [focusAnnotation, setFocusAnnotation] = useState<{ id: string } | null>(null);
  const openAnnotation = useCallback((id: string, draftId: string) => annotationEditor.edit(id, anchorState.anchors.get(id)?.get(draftId) ?? null), [annotationEditor, anchorState.anchors]);

  // Keep a valid selection: default to the newest draft but one (Rev.1 in a Zero/Rev.1/Rev.2 set), else the first.
  useEffect(() => {
    if (!project) return;
    if (selectedId && project.drafts.some((d) => d.id === selectedId)) return;
    const received = project.drafts.filter((d) => !d.working);
    const n = received.length;
    setSelectedId(received[n >= 3 ? n - 2 : n - 1]?.id ?? project.drafts[0]?.id ?? null);
  }, [project, selectedId]);

  const selected = project?.drafts.find((d) => d.id === selectedId) ?? null;
  // What F5 and the Present button show: the tracker, a working draft's redline against its base
  // (back to its editor on Esc), or the Compare tab's pair.
  const presentWhat = useMemo<PresentWhat>(
    () => (view === 'track' ? 'tracker' : view === 'read' && selected?.working ? { baseId: selected.working.baseId, targetId: selected.id, returnTab: 'read' } : 'comparison'),
    [view, selected],
  );

  /** Import files and show the newest of them. */
  const importAndShow = useCallback(
    async (sources: ({ path: string } | File)[]) => {
      const added = await c.importSources(sources);
      if (added?.length) {
        setSelectedId(added[added.length - 1]!.id);
        setView('read');
      }
    },
    [c],
  );

  const importDialog = useCallback(async () => {
    const native = await host.choosePath('import');
    if ('unsupported' in native) fileInput.current?.click();
    else if (native.path) await importAndShow([{ path: native.path }]);
  }, [host, importAndShow]);

  const run = useCallback(
    (command: MenuCommand, argument?: string) => {
      switch (command) {
        case 'open-path':
          if (argument && c.confirmDiscard()) void c.openPath(argument);
          return undefined;
        case 'new': return c.newProject();
        case 'open': return void c.open();
        case 'save': return void c.save();
        case 'save-as': return void c.saveAs();
        case 'import': return void importDialog();
        case 'export':
          sessions.flush();
          return setExporting(true);
        case 'find':
          if (view === 'read' && selected?.working) return sessions.hooks.find(false);
          return setFinding(true);
        case 'undo': return undoWhereFocused('undo', sessions) || c.undo();
        case 'redo': return undoWhereFocused('redo', sessions) || c.redo();
        case 'present':
          if (project) startPresenting(project, presentWhat);
          return undefined;
        case 'next-change':
        case 'previous-change':
          window.dispatchEvent(new CustomEvent(COMMAND_EVENT, { detail: command }));
          return undefined;
        case 'close-requested':
          return void c.save().then((ok) => { if (ok) void host.setDirty(false); });
        default:
          return undefined;
      }
    },
    [c, host, importDialog, sessions, view, selected, project, presentWhat],
  );

  useEffect(() => host.onMenuCommand(run), [host, run]);
  useEffect(() => {
    if (!browser) return;
    const onKey = (e: KeyboardEvent) => {
      const cmd = commandForKey(e);
      // An editor or a field handles its own Ctrl+Z (the editor already did: defaultPrevented).
      if (!cmd || e.defaultPrevented || (ownsUndo(e.target) && (cmd === 'undo' || cmd === 'redo'))) return;
      e.preventDefault();
      run(cmd);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [browser, run]);

  const onDrop = async (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    await importAndShow(Array.from(e.dataTransfer.files));
  };

  /** A list of drafts in the sidebar: the received ones in order, the working ones apart. */
  const draftList = (list: Draft[], label: string) =>
    project && (
        <DraftList
          drafts={list}
          label={label}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onRename={(id, name) => c.edit(renameDraft(project, id, name), t('app.undoRenameDraft'))}
          onLanguage={(id, code) => c.edit(setDraftLanguage(project, id, code), t('app.undoDraftLanguage'))}
          onMove={(id, delta) => c.edit(moveDraft(project, id, delta), t('app.undoReorder'))}
          onRemove={(id) => {
            const d = project.drafts.find((x) => x.id === id);
            const working = workingDraftsOf(project, id);
            if (working.length) {
              c.notify('error', t('app.baseOfWorking', { draft: d?.label ?? t('app.thisDraft'), working: working.map((w) => w.label).join(', '), count: working.length }));
              return;
            }
            c.edit(removeDraft(project, id), t('app.undoRemove', { draft: d?.label ?? '' }));
            c.notify('info', t('app.removed', { draft: d?.label ?? '' }));
          }}
        />
    );

  const tip = (cmd: MenuCommand, text: string) => `${text} (${shortcutLabel(cmd, browser)})`;

  if (presenting && project) return <PresenterMode project={project} anchors={anchorState.anchors} />;

  return (
    <div
      className="app"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className="toolbar" role="toolbar" aria-label={t('app.projectToolbar')}>
        <span className="brand" aria-hidden="true">Draftwatch</span>
        <input
          className="project-name"
          aria-label={t('app.projectName')}
          title={project?.name ?? ""}
          value={project?.name ?? ''}
          disabled={!project}
          onChange={(e) => project && c.edit(renameProject(project, e.target.value || ' '), t('app.undoRenameProject'))}
        />
        <button onClick={() => c.newProject()} title={tip('new', t('app.newTip'))}>{t('app.new')}</button>
        <button onClick={() => void c.open()} title={tip('open', t('app.openTip'))}>{t('app.open')}</button>
        <button onClick={() => void c.save()} disabled={!project} title={tip('save', t('app.saveTip'))}>{t('app.save')}</button>
        <button onClick={() => void c.saveAs()} disabled={!project} title={tip('save-as', t('app.saveAsTip'))}>{t('app.saveAs')}</button>
        <button onClick={() => void importDialog()} disabled={!project} title={tip('import', t('app.importTip'))}>{t('app.import')}</button>
        <button onClick={() => setPasting(true)} disabled={!project} title={t('app.pasteTip')}>{t('app.paste')}</button>
        <button onClick={() => setExporting(true)} disabled={!project || project.drafts.length < 2} title={tip('export', t('app.exportTip'))}>{t('app.export')}</button>
        <span className="spacer" />
        <button onClick={c.undo} disabled={c.state.past.length === 0} title={tip('undo', c.state.past.length ? t('app.undoTip', { action: c.state.past[c.state.past.length - 1]!.label }) : t('app.nothingToUndo'))}>{t('app.undo')}</button>
        <button onClick={c.redo} disabled={c.state.future.length === 0} title={tip('redo', c.state.future.length ? t('app.redoTip', { action: c.state.future[0]!.label }) : t('app.nothingToRedo'))}>{t('app.redo')}</button>
        <button onClick={() => void c.openDemo()} title={t('app.demoTip')}>{t('app.demo')}</button>
        <label className="theme-pick" title={t('app.theme')}>
          <span aria-hidden="true">◐</span>
          <select aria-label={t('app.theme')} value={theme} onChange={(e) => setTheme(e.target.value as typeof theme)}>
            {THEMES.map((th) => (
              <option key={th.id} value={th.id}>{t(th.label)}</option>
            ))}
          </select>
        </label>
        <UiLanguageSelect />
      </header>

      <nav className="sidebar" aria-label={t('app.drafts')}>
        <h2 className="side-title">{t('app.drafts')}</h2>
        {project && draftList(project.drafts.filter((d) => !d.working), t('app.draftsInOrder'))}
        {project && project.drafts.length > 0 && (
          <ProjectLanguageSelect value={project.language} onChange={(code) => c.edit(setProjectLanguage(project, code), t('app.undoProjectLanguage'))} />
        )}
        {project?.drafts.some((d) => d.working) && (
          <>
            <h2 className="side-title">{t('app.workingDrafts')}</h2>
            {draftList(project.drafts.filter((d) => d.working), t('app.workingDrafts'))}
          </>
        )}
        {project && (
          <DraftingActions
            project={project}
            selectedId={selectedId}
            host={host}
            c={c}
            onOpen={(id) => {
              setSelectedId(id);
              setView('read');
            }}
          />
        )}
        <p className="drop-hint">{t('app.dropHint')}</p>
        <RecentProjects
          host={host}
          currentPath={c.state.path}
          refreshKey={c.state.saved}
          onOpen={(path) => {
            if (c.confirmDiscard()) void c.openPath(path);
          }}
        />
      </nav>

      <main className={`content view-${view}`} id="main">
        <div className="view-tabs">
          {/* A tablist holds tabs only: the annotations toggle sits beside it. */}
          <div className="view-tablist" role="tablist" aria-label={t('app.viewTabs')}>
            <button role="tab" id="tab-read" aria-selected={view === 'read'} aria-controls="panel" onClick={() => setView('read')}>{selected?.working ? t('app.edit') : t('app.read')}</button>
            <button role="tab" id="tab-compare" aria-selected={view === 'compare'} aria-controls="panel" onClick={() => setView('compare')}>{t('app.compare')}</button>
            <button role="tab" id="tab-track" aria-selected={view === 'track'} aria-controls="panel" onClick={() => setView('track')}>{t('app.tracker')}</button>
            {project?.drafts.some((d) => d.working) && (
              <button role="tab" id="tab-compile" aria-selected={view === 'compile'} aria-controls="panel" onClick={() => { sessions.flush(); setView('compile'); }}>{t('app.compilation')}</button>
            )}
          </div>
          <span className="spacer" />
          {(view === 'compare' || view === 'track' || (view === 'read' && selected?.working)) && project && (
            <button className="present-button" onClick={() => startPresenting(project, presentWhat)} title={tip('present', view === 'track' ? t('app.presentTracker') : view === 'read' ? t('app.presentWorking') : t('app.presentComparison'))}>
              {t('app.present')}
            </button>
          )}
          <button className="annotations-toggle" aria-pressed={annotationsOpen} onClick={() => setAnnotationsOpen((o) => !o)} disabled={!project}>
            {t('app.annotations', { count: project?.annotations.length ?? 0 })}
          </button>
        </div>
        {finding && <FindBar onClose={() => setFinding(false)} />}
        <div id="panel" key={i18n.language} role="tabpanel" aria-labelledby={`tab-${view}`} className="panel">
          {view === 'read' && project && selected?.working && (
            <WorkingDraftView
              project={project}
              draft={selected}
              sessions={sessions}
              current={c.current}
              onEdit={c.edit}
              notify={c.notify}
              onExport={() => {
                setExportPair({ baseId: selected.working!.baseId, targetId: selected.id });
                setExporting(true);
              }}
            />
          )}
          {view === 'read' && !selected?.working && (selected && project ? (
            <AnnotatedDraft
              draft={selected}
              annotations={project.annotations}
              anchors={anchorState.anchors}
              progress={anchorState.progress}
              onAnnotate={annotationEditor.annotateNew}
              onOpen={openAnnotation}
              notify={(text) => c.notify('info', text)}
              focusId={focusAnnotation?.id ?? null}
            />
          ) : <p className="empty-hint">{project ? t('app.importToBegin') : t('app.loading')}</p>)}
          {view === 'compile' && project && <CompilationView project={project} initialId={selected?.working ? selected.id : null} />}
          {view === 'compare' && project && <CompareView project={project} onEdit={c.edit} anchors={anchorState.anchors} onAnnotate={annotationEditor.annotateNew} onOpenAnnotation={openAnnotation} />}
          {view === 'track' && project && <TrackerView project={project} onEdit={c.edit} />}
        </div>
      </main>

      {annotationsOpen && project && selected && c.info && (
        <AnnotationsPanel
          project={project}
          draft={selected}
          anchors={anchorState.anchors}
          appVersion={c.info.version}
          onEdit={c.edit}
          onGo={(id) => {
            setView('read');
            setFocusAnnotation({ id });
          }}
          onClose={() => setAnnotationsOpen(false)}
          notify={c.notify}
          onExported={(outcome) => {
            if (outcome.saved === 'path') c.notify('info', t('app.exportedTo', { path: outcome.path }));
            if (outcome.saved === 'download') c.notify('info', t('app.exportedDownload', { name: outcome.name }));
          }}
        />
      )}
      {annotationEditor.dialog}
      <StatusBar dirty={c.dirty} saving={c.saving} path={c.state.path} busy={c.busy} mode={c.info?.mode ?? null} draft={selected} />
      <Notices notices={c.notices} onDismiss={c.dismiss} />

      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('app.dropToImport')}</p>
        </div>
      )}
      <input
        ref={fileInput}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        hidden
        aria-label={t('app.chooseFiles')}
        data-testid="import-input"
        onChange={async (e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          await importAndShow(files);
        }}
      />
      {exporting && project && c.info && (
        <ExportDialog
          project={project}
          host={host}
          appVersion={c.info.version}
          {...(exportPair ? { initial: exportPair } : {})}
          anchors={anchorState.anchors}
          onDone={(outcome) => {
            setExporting(false);
            setExportPair(null);
            if (outcome?.saved === 'path') c.notify('info', t('app.exportedTo', { path: displayPath(outcome.path) }));
            if (outcome?.saved === 'download') c.notify('info', t('app.exportedDownload', { name: outcome.name }));
          }}
        />
      )}
      {pasting && (
        <PasteDialog
          language={project?.language && isLanguageCode(project.language) ? project.language : undefined}
          onDone={(draft) => {
            setPasting(false);
            if (!draft || !project) return;
            const next = addDrafts(project, [draft]);
            c.edit(next, t('app.undoPaste', { draft: draft.label }));

            setSelectedId(next.drafts[next.drafts.length - 1]!.id);
            setView('read');
          }}
        />
      )}
      {c.pathRequest && (
        <PathDialog mode={c.pathRequest.mode} initialPath={c.pathRequest.initialPath} recent={c.recent} onDone={c.pathRequest.resolve} />
      )}
    </div>
  );
}
