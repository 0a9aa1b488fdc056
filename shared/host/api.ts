/**
 * The host contract: every call the renderer makes to the outside world. Implemented by Electron
 * (preload + ipcMain) and by browser mode (loopback HTTP server), both delegating to the same
 * host services in `electron/host/`. Payloads are validated with the schemas in `host/payloads.ts`.
 */
import type { Draft } from '../model/draft';
import type { Project } from '../model/schema';
import type { WordReview } from '../draft/review';
import type { UiLanguage } from '../export/strings';

export interface HostInfo {
  mode: 'electron' | 'browser';
  version: string;
  platform: string;
  /** Electron shows native dialogs; browser mode asks for paths in the app itself. */
  nativeDialogs: boolean;
  /** Where new projects are saved by default. */
  documentsDir: string;
  /** A project file named on the command line, to open instead of the demo. */
  startupFile: string | null;
}

export interface OpenedProject {
  project: Project;
  /**
   * Where it is saved, or null for a project that was never saved (the demo, a new one). A path
   * in browser mode; in the desktop app an opaque handle (see host/handles.ts: `displayPath`).
   */
  path: string | null;
  /** Set when the project was recovered from an autosave newer than its file, or from its backup. */
  recovered?: boolean;
}

export interface RecentProject {
  path: string;
  name: string;
  openedAt: string;
}

/** A file handed to the importer: by path (native dialog) or by content (drag and drop, file input). */
export type ImportSource = { path: string } | { name: string; bytes: Uint8Array };

export interface ImportedDraft {
  draft: Draft;
  notes: string[];
  /** The DOCX held tracked changes; `draft` shows them as the import options chose. */
  hadTrackedChanges?: boolean;
  /** With `trackedChanges: 'proposals'`: the text before the changes and a working draft whose changes are proposals. */
  review?: WordReview;
}

export interface ImportFileOptions {
  /**
   * For DOCX with tracked changes: the text with all changes accepted (default), as last accepted,
   * or for review ('proposals': `ImportedDraft.review` holds the working draft and its base).
   */
  trackedChanges?: 'accept' | 'reject' | 'proposals';
  /** A key the caller chooses to ask `importProgress` how far this import has got. */
  progressKey?: string;
  /** The draft's language ("fr") when the person chose it; detected from the text otherwise. */
  language?: string;
}

export interface PdfPrintOptions {
  /** Printed at the top of every page. */
  runningHeader: string;
  landscape?: boolean;
}

export type PathKind = 'open-project' | 'save-project' | 'import' | 'export';

/** Commands from the native menu, delivered to the renderer. */
export type MenuCommand =
  | 'new' | 'open' | 'save' | 'save-as' | 'import' | 'export'
  | 'undo' | 'redo' | 'find' | 'next-change' | 'previous-change' | 'close-requested'
  /** Enter presenter mode on the comparison or the tracker in view (F5). */
  | 'present'
  /** Open the project file given as the command's argument (a second launch, a file opened from the desktop). */
  | 'open-path';

export type Unsubscribe = () => void;

export interface HostApi {
  info(): Promise<HostInfo>;
  /** The built-in demo negotiation, as an unsaved project. */
  openDemo(): Promise<OpenedProject>;
  openProject(path: string): Promise<OpenedProject>;
  /**
   * Open the backup kept beside a project file (the version before its last save), offered when
   * the file itself is damaged (openProject failed with a DamagedProjectError). The project keeps
   * the file's path, so saving replaces the damaged file; the damaged copy is kept aside.
   */
  openBackup(path: string): Promise<OpenedProject>;
  /** Save atomically; returns the path written. */
  saveProject(path: string, project: Project): Promise<{ path: string }>;
  /** Keep an autosave of unsaved work so a crash loses nothing. */
  autosave(path: string | null, project: Project): Promise<void>;
  recentProjects(): Promise<RecentProject[]>;
  /** Unsaved work on a never-saved project left by a crash, if any (saved projects recover on open). */
  recoverUntitled(): Promise<Project | null>;
  /** Import one file into a draft (not yet added to any project). */
  importFile(source: ImportSource, options?: ImportFileOptions): Promise<ImportedDraft>;
  /** How far the import started with this progress key has got (0..1), or null when none is running. */
  importProgress(progressKey: string): Promise<number | null>;
  /**
   * Print a self-contained HTML export to PDF (Electron's printToPDF; a headless Chromium in
   * browser mode, or an error saying none was found), with a running header and page numbers.
   */
  printPdf(html: string, options: PdfPrintOptions): Promise<Uint8Array>;
  /** Write an export; returns the path written. */
  writeExport(path: string, bytes: Uint8Array): Promise<{ path: string }>;
  /** Native dialog; null when cancelled. Browser mode answers `{ unsupported: true }`. */
  choosePath(kind: PathKind, suggestedName?: string): Promise<{ path: string | null } | { unsupported: true }>;
  /** Tell the host whether there is unsaved work (the close prompt needs it). */
  setDirty(dirty: boolean): Promise<void>;
  /** Tell the host the interface's language (the desktop shell's menu and dialogs follow it; browser mode has none). */
  setUiLanguage(lang: UiLanguage): Promise<void>;
  onMenuCommand(callback: (command: MenuCommand, argument?: string) => void): Unsubscribe;
  /**
   * Whether assistive technology (a screen reader) is using the window, now (when the host knows)
   * and each time that changes. The desktop shell knows (Electron's accessibility support, which
   * Chromium turns on when a screen reader or another assistive tool attaches); browser mode never
   * calls back: it cannot tell, and the app then assumes one may be running.
   */
  onAssistiveTechnology(callback: (active: boolean) => void): Unsubscribe;
}
