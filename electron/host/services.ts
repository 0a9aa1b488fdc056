/**
 * The host services: everything the renderer asks of the outside world, in plain Node. Electron's
 * IPC handlers and browser mode's HTTP server both delegate here, so both behave the same.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { HostApi, HostInfo, ImportFileOptions, ImportSource, ImportedDraft, OpenedProject } from '../../shared/host/api';
import type { Project } from '../../shared/model/schema';
import { MAX_IMPORT_BYTES } from '../../shared/import';
import { ImportError } from '../../shared/import/types';
import { reviewDrafts } from '../../shared/draft/review';
import { ProjectStore } from './project-store';
import { loadDemoProject } from './demo';
import { writeAtomic } from './atomic-write';
import { htmlToPdf } from './pdf';
import { isolatedImporter, workerThreadIsolates, type Importer } from './import-isolate';
import type { PathAccess } from './path-policy';

export interface HostServiceOptions {
  appRoot: string;
  userDataDir: string;
  documentsDir: string;
  mode: HostInfo['mode'];
  version: string;
  /** A project named on the command line (a real path; the renderer gets it through `paths`). */
  startupFile?: string | null;
  /** How paths from the renderer are checked and how the host's own paths are handed out. */
  paths: PathAccess;
  /** Where files are parsed: isolated worker threads with limits unless a host brings its own. */
  importer?: Importer;
}

/** The host calls that need no UI of their own (dialogs and menu events are added by each host). */
export type HostServices = Omit<HostApi, 'choosePath' | 'onMenuCommand' | 'onAssistiveTechnology' | 'setDirty' | 'setUiLanguage'>;

export function createHostServices(opts: HostServiceOptions): HostServices {
  const store = new ProjectStore(opts.userDataDir);
  const { paths } = opts;
  const importer = opts.importer ?? isolatedImporter(workerThreadIsolates());
  const presentProject = (opened: OpenedProject): OpenedProject => ({ ...opened, path: opened.path && paths.present('project', opened.path) });
  // Progress of running imports, by the caller's key: the renderer polls it (HTTP has no push).
  const progress = new Map<string, number>();
  return {
    async info() {
      return {
        mode: opts.mode,
        version: opts.version,
        platform: process.platform,
        nativeDialogs: opts.mode === 'electron',
        documentsDir: opts.documentsDir,
        startupFile: opts.startupFile ? paths.present('project', opts.startupFile) : null,
      };
    },
    async openDemo(): Promise<OpenedProject> {
      return { project: await loadDemoProject(opts.appRoot), path: null };
    },
    openProject: async (file) => presentProject(await store.open(await paths.resolve('project', file, 'read'))),
    openBackup: async (file) => presentProject(await store.openBackup(await paths.resolve('project', file, 'read'))),
    async saveProject(file, project: Project) {
      const written = await store.save(await paths.resolve('project', file, 'write'), project);
      return { path: paths.present('project', written.path) };
    },
    autosave: async (file, project) => store.autosave(file === null ? null : await paths.resolve('project', file, 'write'), project),
    recentProjects: async () => (await store.recent()).map((r) => ({ ...r, path: paths.present('project', r.path) })),
    recoverUntitled: () => store.untitledAutosave(),
    async importFile(source: ImportSource, options: ImportFileOptions = {}): Promise<ImportedDraft> {
      const key = options.progressKey;
      if (key) progress.set(key, 0);
      try {
        const { name, bytes } = 'bytes' in source ? source : await readFile(await paths.resolve('import', source.path, 'read'));
        if (bytes.byteLength > MAX_IMPORT_BYTES) throw tooLarge(name);
        const { content, draft } = await importer({ name, bytes, trackedChanges: options.trackedChanges ?? 'accept', ...(options.language ? { language: options.language } : {}) }, key ? (f) => progress.set(key, f) : undefined);
        // A Word review: the working draft and its base, the revisions as proposals.
        const review = content.review ? { review: reviewDrafts(content, { fileName: name, label: `${draft.label} (review)`, workingId: `wd-${draft.hash.slice(0, 12)}`, baseId: `${draft.id}-base` }) } : {};
        return { draft, notes: content.notes, ...(content.hadTrackedChanges ? { hadTrackedChanges: true } : {}), ...review };
      } finally {
        if (key) progress.delete(key);
      }
    },
    importProgress: async (key) => progress.get(key) ?? null,
    printPdf: (html, options) => htmlToPdf(html, options),
    async writeExport(file, bytes) {
      const real = await paths.resolve('export', file, 'write');
      await writeAtomic(real, bytes);
      return { path: paths.present('export', real) };
    },
  };
}

// The importer's own limit, checked before a file is read into memory.
const tooLarge = (name: string) => new ImportError(`${name} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, too large to be a draft.`);

/** A file's bytes, its size checked against the importer's limit before it is read. */
async function readFile(file: string): Promise<{ name: string; bytes: Uint8Array }> {
  const name = path.basename(file);
  let size: number;
  try {
    size = (await fs.stat(file)).size;
  } catch {
    throw new ImportError(`${name} was not found.`);
  }
  if (size > MAX_IMPORT_BYTES) throw tooLarge(name);
  return { name, bytes: new Uint8Array(await fs.readFile(file)) };
}
