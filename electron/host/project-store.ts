/**
 * Projects on disk: open with a clear error for anything that is not a valid project, save
 * atomically keeping the previous version as a backup, autosave unsaved work for recovery after
 * a crash, and the recent-projects list.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseProject, serializeProject, ProjectFileError } from '../../shared/model/project';
import { PROJECT_EXTENSION, type Project } from '../../shared/model/schema';
import type { OpenedProject, RecentProject } from '../../shared/host/api';
import { sha256Hex } from '../../shared/util/sha256';
import { writeAtomic } from './atomic-write';

/** Projects larger than this are refused before reading (a project is text; 512 MB is far beyond any real one). */
const MAX_PROJECT_BYTES = 512 * 1024 * 1024;
const MAX_RECENT = 12;

export class ProjectStore {
  constructor(private readonly userDataDir: string) {}

  /** Read and validate a project file. Throws ProjectFileError with a sentence for the user. */
  async open(file: string): Promise<OpenedProject> {
    let stat;
    try {
      stat = await fs.stat(file);
    } catch {
      throw new ProjectFileError(`The project file ${path.basename(file)} was not found.`);
    }
    if (!stat.isFile()) throw new ProjectFileError(`${path.basename(file)} is a folder, not a project file.`);
    if (stat.size > MAX_PROJECT_BYTES) throw new ProjectFileError(`${path.basename(file)} is too large to be a Draftwatch project.`);
    const text = await fs.readFile(file, 'utf8');
    let project = parseProject(text);
    let recovered = false;
    const auto = await this.readAutosave(file);
    if (auto && auto.modifiedAt > project.modifiedAt && auto.id === project.id) {
      project = auto;
      recovered = true;
    }
    await this.remember(file, project.name);
    return { project, path: file, ...(recovered ? { recovered } : {}) };
  }

  /** Save atomically; the previous file is kept as `<file>.bak`. Returns the path written. */
  async save(file: string, project: Project): Promise<{ path: string }> {
    const target = file.endsWith(`.${PROJECT_EXTENSION}`) ? file : `${file}.${PROJECT_EXTENSION}`;
    try {
      await fs.copyFile(target, `${target}.bak`);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
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
