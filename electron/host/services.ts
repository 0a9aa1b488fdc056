/**
 * The host services: everything the renderer asks of the outside world, in plain Node. Electron's
 * IPC handlers and browser mode's HTTP server both delegate here, so both behave the same.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { HostApi, HostInfo, ImportFileOptions, ImportSource, ImportedDraft, OpenedProject } from '../../shared/host/api';
import type { Project } from '../../shared/model/schema';
import { importBytes, toDraft, MAX_IMPORT_BYTES } from '../../shared/import';
import { ImportError } from '../../shared/import/types';
import { ProjectStore } from './project-store';
import { loadDemoProject } from './demo';
import { writeAtomic } from './atomic-write';
import { htmlToPdf } from './pdf';


export interface HostServiceOptions {
  appRoot: string;
  userDataDir: string;
  documentsDir: string;
  mode: HostInfo['mode'];
  version: string;
  /** A project named on the command line. */
  startupFile?: string | null;
}

/** The host calls that need no UI of their own (dialogs and menu events are added by each host). */
export type HostServices = Omit<HostApi, 'choosePath' | 'onMenuCommand' | 'setDirty'>;

export function createHostServices(opts: HostServiceOptions): HostServices {
  const store = new ProjectStore(opts.userDataDir);
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
        startupFile: opts.startupFile ?? null,
      };
    },
    async openDemo(): Promise<OpenedProject> {
      return { project: await loadDemoProject(opts.appRoot), path: null };
    },
    openProject: (file) => store.open(file),
    saveProject: (file, project: Project) => store.save(file, project),
    autosave: (file, project) => store.autosave(file, project),
    recentProjects: () => store.recent(),
    recoverUntitled: () => store.untitledAutosave(),
    async importFile(source: ImportSource, options: ImportFileOptions = {}): Promise<ImportedDraft> {
      const key = options.progressKey;
      if (key) progress.set(key, 0);
      try {
        const { name, bytes } = await readSource(source);
        const content = await importBytes(bytes, name, {
          trackedChanges: options.trackedChanges ?? 'accept',
          ...(options.language ? { language: options.language } : {}),
          ...(key ? { onProgress: (f: number) => progress.set(key, f) } : {}),
        });
        const draft = toDraft(content, { fileName: name, bytes });
        return { draft, notes: content.notes, ...(content.hadTrackedChanges ? { hadTrackedChanges: true } : {}) };
      } finally {
        if (key) progress.delete(key);
      }
    },
    importProgress: async (key) => progress.get(key) ?? null,
    printPdf: (html, options) => htmlToPdf(html, options),
    async writeExport(file, bytes) {
      await writeAtomic(file, bytes);
      return { path: file };
    },
  };
}

// The importer's own limit, checked before a file is read into memory.
const tooLarge = (name: string) => new ImportError(`${name} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, too large to be a draft.`);

async function readSource(source: ImportSource): Promise<{ name: string; bytes: Uint8Array }> {
  if ('bytes' in source) {
    if (source.bytes.byteLength > MAX_IMPORT_BYTES) throw tooLarge(source.name);
    return { name: source.name, bytes: source.bytes };
  }
  const name = path.basename(source.path);
  let size: number;
  try {
    size = (await fs.stat(source.path)).size;
  } catch {
    throw new ImportError(`${name} was not found.`);
  }
  if (size > MAX_IMPORT_BYTES) throw tooLarge(name);
  return { name, bytes: new Uint8Array(await fs.readFile(source.path)) };
}
