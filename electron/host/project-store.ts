/**
 * Projects on disk: open with a clear error for anything that is not a valid project (and offer
 * its backup when there is one), save atomically keeping the previous version as a backup,
 * autosave unsaved work for recovery after a crash, and the recent-projects list.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseProject, serializeProject, ProjectFileError } from '../../shared/model/project';
import { PROJECT_EXTENSION, type Project } from '../../shared/model/schema';
import type { OpenedProject, RecentProject } from '../../shared/host/api';
import { sha256Hex } from '../../shared/util/sha256';
import { keepAsBackup, sweepTemporaryFiles, writeAtomic } from './atomic-write';

/** Projects larger than this are refused before reading (a project is text; 512 MB is far beyond any real one). */
const MAX_PROJECT_BYTES = 512 * 1024 * 1024;
const MAX_RECENT = 12;

/** The backup kept beside a project: the version before its last save. */
export const backupPathOf = (file: string): string => `${file}.bak`;
/** Where a damaged project file is moved when the project recovered from its backup is saved. */
export const damagedPathOf = (file: string): string => `${file}.damaged`;

/**
 * The project file is damaged, and its backup opens: the message says so, and the app offers
 * `openBackup`. The file itself is left untouched.
 */
export class DamagedProjectError extends ProjectFileError {
  override name = 'DamagedProjectError';
}

/** A local date and time for messages: "2026-03-01 14:03". */
const when = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

export class ProjectStore {
  /** Files found damaged whose backup was opened: saving them keeps the damaged copy aside, not as the backup. */
  private readonly damaged = new Set<string>();

  constructor(private readonly userDataDir: string) {}

  /** The text of a project file, after checking it is one file of a sensible size. */
  private async readText(file: string): Promise<string> {
    let stat;
    try {
      stat = await fs.stat(file);
    } catch {
      throw new ProjectFileError(`The project file ${path.basename(file)} was not found.`);
    }
    if (!stat.isFile()) throw new ProjectFileError(`${path.basename(file)} is a folder, not a project file.`);
    if (stat.size > MAX_PROJECT_BYTES) throw new ProjectFileError(`${path.basename(file)} is too large to be a Draftwatch project.`);
    return fs.readFile(file, 'utf8');
  }

  /** The date of a backup of `file` that opens, or null. */
  private async usableBackup(file: string): Promise<Date | null> {
    try {
      parseProject(await this.readText(backupPathOf(file)));
      return (await fs.stat(backupPathOf(file))).mtime;
    } catch {
      return null;
    }
  }

  /** Temporary files left by killed saves of this project or of its backup. */
  private async sweep(file: string): Promise<void> {
    await sweepTemporaryFiles(file);
    await sweepTemporaryFiles(backupPathOf(file));
  }

  /**
   * Read and validate a project file. Throws ProjectFileError with a sentence for the user, or
   * DamagedProjectError when the file is damaged but its backup opens. Changes no file but
   * the temporary ones a killed save left.
   */
  async open(file: string): Promise<OpenedProject> {
    const text = await this.readText(file);
    let project: Project;
    try {
      project = parseProject(text);
    } catch (e) {
      const backup = e instanceof ProjectFileError ? await this.usableBackup(file) : null;
      if (backup) throw new DamagedProjectError(`${(e as Error).message.replace(/[.\s]+$/, '')}. Its backup from ${when(backup)} can be opened instead.`);
      throw e;
    }
    await this.sweep(file);
    let recovered = false;
    const auto = await this.readAutosave(file);
    if (auto && auto.modifiedAt > project.modifiedAt && auto.id === project.id) {
      project = auto;
      recovered = true;
    }
    await this.remember(file, project.name);
    return { project, path: file, ...(recovered ? { recovered } : {}) };
  }

  /**
   * The project in a damaged file's backup, to be saved back under the file's own name. The
   * file is untouched until then; saving moves it aside (`<file>.damaged`) and keeps the backup.
   */
  async openBackup(file: string): Promise<OpenedProject> {
    let project: Project;
    try {
      project = parseProject(await this.readText(backupPathOf(file)));
    } catch (e) {
      throw new ProjectFileError(`The backup of ${path.basename(file)} cannot be opened either: ${e instanceof Error ? e.message : String(e)}`);
    }
    this.damaged.add(path.resolve(file));
    return { project, path: file, recovered: true };
  }

  /**
   * Save atomically; the previous file is kept as `<file>.bak` (unless it was damaged: then it
   * is moved to `<file>.damaged` and the backup stays). Returns the path written.
   */
  async save(file: string, project: Project): Promise<{ path: string }> {
    const target = file.endsWith(`.${PROJECT_EXTENSION}`) ? file : `${file}.${PROJECT_EXTENSION}`;
    await this.sweep(target);
    if (this.damaged.has(path.resolve(target))) {
      await fs.rename(target, damagedPathOf(target)).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
      this.damaged.delete(path.resolve(target));
    } else {
      await keepAsBackup(target, backupPathOf(target));
    }
    await writeAtomic(target, serializeProject(project));
    await this.clearAutosave(target);
    await this.clearAutosave(null);
    await this.remember(target, project.name);
    return { path: target };
  }

  /** Keep a copy of unsaved work beside the user data, keyed by the project's path (or "untitled"). */
  async autosave(file: string | null, project: Project): Promise<void> {
    await writeAtomic(this.autosavePath(file), serializeProject(project));
  }

  /** The autosave of an untitled project, if a crash left one. */
  async untitledAutosave(): Promise<Project | null> {
    return this.readAutosave(null);
  }

  async recent(): Promise<RecentProject[]> {
    try {
      const list = JSON.parse(await fs.readFile(this.recentFile(), 'utf8')) as RecentProject[];
      return Array.isArray(list) ? list.filter((r) => typeof r?.path === 'string') : [];
    } catch {
      return [];
    }
  }

  private async remember(file: string, name: string): Promise<void> {
    const list = (await this.recent()).filter((r) => r.path !== file);
    list.unshift({ path: file, name, openedAt: new Date().toISOString() });
    await writeAtomic(this.recentFile(), JSON.stringify(list.slice(0, MAX_RECENT), null, 1));
  }

  private recentFile(): string {
    return path.join(this.userDataDir, 'recent.json');
  }

  private autosavePath(file: string | null): string {
    const key = file ? sha256Hex(path.resolve(file)).slice(0, 24) : 'untitled';
    return path.join(this.userDataDir, 'autosave', `${key}.${PROJECT_EXTENSION}`);
  }

  private async readAutosave(file: string | null): Promise<Project | null> {
    try {
      return parseProject(await fs.readFile(this.autosavePath(file), 'utf8'));
    } catch {
      return null; // no autosave, or a damaged one: the saved file stands
    }
  }

  private async clearAutosave(file: string | null): Promise<void> {
    await fs.rm(this.autosavePath(file), { force: true });
  }
}
