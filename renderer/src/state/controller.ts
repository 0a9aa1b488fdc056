/**
 * The app's document controller: opening, saving, importing, undo, autosave and the messages the
 * user sees about them. Components call these commands; none of them talks to the host directly.
 */
import { isLanguageCode } from '../../../shared/lang/registry';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { HostApi, HostInfo, ImportFileOptions, ImportedDraft, RecentProject } from '../../../shared/host/api';
import type { Draft } from '../../../shared/model/draft';
import type { Project } from '../../../shared/model/schema';
import { createProject } from '../../../shared/model/project';
import { PROJECT_EXTENSION } from '../../../shared/model/schema';
import { emptyProjectState, isDirty, projectReducer, type ProjectAction } from './history';
import { addDrafts } from './commands';
import { useIdleAutosave } from './autosave';
import { t, t as tr } from '../i18n';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
  /** A follow-up the user may choose (e.g. re-import a DOCX as last accepted). */
  action?: { label: string; run(): void };
}

export interface Busy {
  label: string;
  done?: number;
  total?: number;
  /** How far the current item has got, 0..1, when the host reports it. */
  fraction?: number;
}

export type PathRequest = { mode: 'open' | 'save'; initialPath: string; resolve(path: string | null): void };

let noticeId = 0;

const fileNameFor = (p: Project) => `${p.name.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'Untitled'}.${PROJECT_EXTENSION}`;
const joinPath = (dir: string, name: string) => `${dir.replace(/[\\/]+$/, '')}/${name}`;

export function useProjectController(host: HostApi) {
  const [state, dispatch] = useReducer(projectReducer, emptyProjectState);
  const [info, setInfo] = useState<HostInfo | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [saving, setSaving] = useState(false);
  const [pathRequest, setPathRequest] = useState<PathRequest | null>(null);
  const [recent, setRecent] = useState<RecentProject[]>([]);
  const stateRef = useRef(state);
  stateRef.current = state;
  const dirty = isDirty(state);
  // Editors commit their typing here before anything reads the whole project (save, discard).
  const flushEditorsRef = useRef<(() => void) | null>(null);
  const flushEditors = useCallback(() => flushEditorsRef.current?.(), []);
  const setEditorFlush = useCallback((flush: (() => void) | null) => {
    flushEditorsRef.current = flush;
  }, []);
  /** Takes working-draft checkpoints in at once, so a save right after sees them. */
  const checkpoint = useCallback((drafts: Draft[]) => {
    const action: ProjectAction = { type: 'checkpoint', drafts, at: new Date().toISOString() };
    stateRef.current = projectReducer(stateRef.current, action);
    dispatch(action);
  }, []);
  /** The project as it stands now, checkpoints included (for edits made right after a flush). */
  const current = useCallback(() => stateRef.current.project, []);

  const notify = useCallback((kind: Notice['kind'], text: string, action?: Notice['action']) => {
    const id = ++noticeId;
    setNotices((n) => [...n.slice(-4), { id, kind, text, ...(action ? { action } : {}) }]);
    // Information fades, unless it offers a choice; errors stay until dismissed.
    if (kind === 'info' && !action) setTimeout(() => setNotices((n) => n.filter((x) => x.id !== id)), 8000);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((n) => n.filter((x) => x.id !== id)), []);
  const fail = useCallback((e: unknown) => notify('error', e instanceof Error ? e.message : String(e)), [notify]);

  const askPath = useCallback(
    async (mode: 'open' | 'save', kind: 'open-project' | 'save-project', suggested: string): Promise<string | null> => {
      const native = await host.choosePath(kind, suggested);
      if (!('unsupported' in native)) return native.path;
      setRecent(await host.recentProjects().catch(() => []));
      const dir = info?.documentsDir ?? '';
      return new Promise((resolve) =>
        setPathRequest({ mode, initialPath: mode === 'save' ? joinPath(dir, suggested) : '', resolve: (p) => { setPathRequest(null); resolve(p); } }),
      );
    },
    [host, info],
  );

  const confirmDiscard = useCallback(() => {
    flushEditors();
    return !isDirty(stateRef.current) || window.confirm('This project has unsaved changes. Discard them?');
  }, [flushEditors]);

  /** Open the backup of a damaged project file; saving then replaces the damaged file, which is kept aside. */
  const openBackup = useCallback(
    async (path: string) => {
      setBusy({ label: t('notice.openingBackup') });
      try {
        const opened = await host.openBackup(path);
        dispatch({ type: 'open', project: opened.project, path: opened.path, dirty: true });
        notify('info', t('notice.openedBackup', { name: opened.project.name }));
      } catch (e) {
        fail(e);
      } finally {
        setBusy(null);
      }
    },
    [host, notify, fail],
  );

  const openPath = useCallback(
    async (path: string) => {
      setBusy({ label: t('notice.openingProject') });
      try {
        const opened = await host.openProject(path);
        dispatch({ type: 'open', project: opened.project, path: opened.path, dirty: opened.recovered });
        if (opened.recovered) notify('info', t('notice.recovered'));
        else notify('info', t('notice.opened', { name: opened.project.name }));
      } catch (e) {
        // A damaged file whose backup opens: say so, and offer the backup.
        if (e instanceof Error && e.name === 'DamagedProjectError') notify('error', e.message, { label: t('notice.openBackup'), run: () => void openBackup(path) });
        else fail(e);
      } finally {
        setBusy(null);
      }
    },
    [host, notify, fail, openBackup],
  );

  const open = useCallback(async () => {
    if (!confirmDiscard()) return;
    const path = await askPath('open', 'open-project', '');
    if (path) await openPath(path);
  }, [askPath, confirmDiscard, openPath]);

  const openDemo = useCallback(async () => {
    if (!confirmDiscard()) return;
    setBusy({ label: t('notice.openingDemo') });
    try {
      const opened = await host.openDemo();
      dispatch({ type: 'open', project: opened.project, path: null });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  }, [host, confirmDiscard, fail]);

  const newProject = useCallback(() => {
    if (!confirmDiscard()) return;
    dispatch({ type: 'open', project: createProject('Untitled negotiation'), path: null });
  }, [confirmDiscard]);

  const saveTo = useCallback(
    async (path: string): Promise<boolean> => {
      flushEditors();
      const project = stateRef.current.project;
      if (!project) return false;
      setSaving(true);
      try {
        const written = await host.saveProject(path, project);
        dispatch({ type: 'saved', project, path: written.path });
        return true;
      } catch (e) {
        fail(e);
        return false;
      } finally {
        setSaving(false);
      }
    },
    [host, fail, flushEditors],
  );

  const saveAs = useCallback(async (): Promise<boolean> => {
    const project = stateRef.current.project;
    if (!project) return false;
    const path = await askPath('save', 'save-project', fileNameFor(project));
    return path ? saveTo(path) : false;
  }, [askPath, saveTo]);

  const save = useCallback(async (): Promise<boolean> => {
    const path = stateRef.current.path;
    return path ? saveTo(path) : saveAs();
  }, [saveTo, saveAs]);

  /** Import one source, reporting its progress in the status bar while the host works. */
  const importOne = useCallback(
    async (src: { path: string } | File, busy: Busy, options: ImportFileOptions = {}): Promise<ImportedDraft> => {
      const progressKey = `imp-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
      setBusy(busy);
      const poll = setInterval(() => {
        void host.importProgress(progressKey).then((f) => f !== null && setBusy({ ...busy, fraction: f }), () => {});
      }, 300);
      try {
        const source = src instanceof File ? { name: src.name, bytes: new Uint8Array(await src.arrayBuffer()) } : src;
        // A project read in one language reads each new draft in it too (the draft's own choice first).
        const language = options.language ?? stateRef.current.project?.language;
        return await host.importFile(source, { ...options, ...(language && isLanguageCode(language) ? { language } : {}), progressKey });
      } finally {
        clearInterval(poll);
      }
    },
    [host],
  );

  /** Replace a draft by a re-import of its file as last accepted (tracked changes rejected). */
  const reimportAsLastAccepted = useCallback(
    async (src: { path: string } | File, draftId: string) => {
      const name = src instanceof File ? src.name : src.path.split(/[\\/]/).pop()!;
      try {
        const imported = await importOne(src, { label: t('notice.importingAccepted', { name }) }, { trackedChanges: 'reject' });
        const project = stateRef.current.project;
        const old = project?.drafts.find((d) => d.id === draftId);
        if (!project || !old) return;
        const draft = { ...imported.draft, id: old.id, label: old.label, date: old.date ?? imported.draft.date };
        dispatch({ type: 'edit', project: { ...project, drafts: project.drafts.map((d) => (d.id === draftId ? draft : d)), modifiedAt: new Date().toISOString() }, label: t('notice.importAcceptedUndo', { name }) });
        notify('info', t('notice.nowAccepted', { draft: old.label, name }));
      } catch (e) {
        fail(e);
      } finally {
        setBusy(null);
      }
    },
    [importOne, notify, fail],
  );

  /** Import files (dropped, picked, or by path) and append them to the project as drafts. */
  const importSources = useCallback(
    async (sources: ({ path: string } | File)[]) => {
      if (!stateRef.current.project || sources.length === 0) return;
      const drafts: Draft[] = [];
      const tracked: { src: { path: string } | File; name: string; index: number }[] = [];
      const started = Date.now();
      for (const [i, src] of sources.entries()) {
        const name = src instanceof File ? src.name : src.path.split(/[\\/]/).pop()!;
        try {
          const imported = await importOne(src, { label: t('notice.importing', { name }), done: i, total: sources.length });
          const same = [...(stateRef.current.project?.drafts ?? []), ...drafts].find((d) => d.hash === imported.draft.hash);
          if (same) {
            notify('info', t('notice.already', { name, draft: same.label }));
            continue;
          }
          if (imported.hadTrackedChanges) tracked.push({ src, name, index: drafts.length });
          drafts.push(imported.draft);
          for (const note of imported.notes) if (!imported.hadTrackedChanges) notify('info', `${name}: ${note}`);
        } catch (e) {
          notify('error', t('notice.notImported', { name, error: e instanceof Error ? e.message : String(e) }));
        }
      }
      setBusy(null);
      const project = stateRef.current.project;
      if (drafts.length && project) {
        const label = t('notice.importUndo', { what: drafts.length === 1 ? drafts[0]!.label : t('notice.drafts', { count: drafts.length }) });

        const next = addDrafts(project, drafts);
        dispatch({ type: 'edit', project: next, label });
        const added = next.drafts.slice(-drafts.length);
        for (const t of tracked) {
          const draft = added[t.index]!;
          notify('info', tr('notice.trackedChanges', { name: t.name, draft: draft.label }), {
            label: tr('notice.useAccepted'),
            run: () => void reimportAsLastAccepted(t.src, draft.id),
          });
        }
        const secs = (Date.now() - started) / 1000;
        notify('info', t(secs >= 1 ? 'notice.importedIn' : 'notice.imported', { what: drafts.length === 1 ? drafts[0]!.label : t('notice.drafts', { count: drafts.length }), secs: secs.toFixed(1) }));
        return added;
      }
      return [];
    },
    [importOne, notify, reimportAsLastAccepted],
  );

  const edit = useCallback((project: Project, label: string) => dispatch({ type: 'edit', project, label }), []);
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);

  // Start-up: the project named on the command line, else the demo, so a new user sees something real.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const i = await host.info();
        if (cancelled) return;
        setInfo(i);
        if (i.startupFile) await openPath(i.startupFile);
        else {
          const opened = await host.openDemo();
          // A project the reader opened meanwhile (a recent one, say) stays: the demo only fills an empty window.
          if (!cancelled && !stateRef.current.project) dispatch({ type: 'open', project: opened.project, path: null });
        }
        // A never-saved project's work survives a crash in its autosave: offer it back.
        const lost = await host.recoverUntitled();
        if (lost && !cancelled) {
          notify('info', t('notice.closedBefore', { name: lost.name }), {
            label: t('notice.recover'),

            run: () => {
              if (confirmDiscard()) dispatch({ type: 'open', project: lost, path: null, dirty: true });
            },
          });
        }
      } catch (e) {
        fail(e);
        if (!stateRef.current.project) dispatch({ type: 'open', project: createProject('Untitled negotiation'), path: null });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [host, openPath, fail, notify, confirmDiscard]);

  // The host needs to know about unsaved work (Electron's close prompt).
  useEffect(() => {
    void host.setDirty(dirty).catch(() => {});
  }, [host, dirty]);

  // Autosave unsaved work for recovery after a crash, once the window is idle.
  useIdleAutosave(host, dirty ? state.project : null, state.path);

  // Browser tabs have no native close prompt: ask the browser for its own.
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  return {
    state, info, dirty, saving, busy, notices, recent, pathRequest,
    notify, dismiss, confirmDiscard, open, openPath, openDemo, newProject, save, saveAs, importSources, edit, undo, redo, setBusy,
    checkpoint, current, flushEditors, setEditorFlush, importOne,
  };
}

export type Controller = ReturnType<typeof useProjectController>;
