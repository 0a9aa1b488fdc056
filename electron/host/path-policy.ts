/**
 * Paths are capabilities, not strings. The renderer is untrusted: whatever path it sends is
 * checked here before any file is touched. Two policies implement one interface:
 * - browser mode confines paths to the folders the user allowed (home by default, `--root DIR`),
 *   refuses hidden files and folders, and checks each call's extensions;
 * - the desktop app accepts only opaque handles its main process issued (electron/host/handles.ts).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_EXTENSION } from '../../shared/model/schema';

/** What a path is used for; each use has its own extensions. */
export type PathUse = 'import' | 'export' | 'project';

/** Whether the file will be read or written. */
export type PathMode = 'read' | 'write';

/**
 * Extensions (lower case, no dot) each use accepts. `htm` and `markdown` are other spellings of
 * html and md that Word and editors write; `jsonld` is JSON (the W3C export of annotations).
 */
export const USE_EXTENSIONS: Readonly<Record<PathUse, readonly string[]>> = Object.freeze({
  import: Object.freeze(['docx', 'pdf', 'html', 'htm', 'txt', 'md', 'markdown']),
  export: Object.freeze(['docx', 'pdf', 'html', 'csv', 'svg', 'json', 'jsonld']),
  project: Object.freeze([PROJECT_EXTENSION]),
});

/** A path the host will not touch; the message says why, for the person who typed it. */
export class PathRefusedError extends Error {
  override name = 'PathRefusedError';
}

/** The host's side of every path the renderer names. */
export interface PathAccess {
  /** The real path behind `given`, or a PathRefusedError; nothing is read or written here. */
  resolve(use: PathUse, given: string, mode: PathMode): Promise<string>;
  /** What the renderer receives for a real path the host itself chose (recent list, a saved file). */
  present(use: PathUse, real: string): string;
}

const extensionOf = (file: string): string => path.extname(file).slice(1).toLowerCase();

/** True when `file`'s extension is one `use` accepts. */
export function extensionAllowed(use: PathUse, file: string): boolean {
  return USE_EXTENSIONS[use].includes(extensionOf(file));
}

/** A project path with its extension: "OEWG" becomes "OEWG.draftwatch"; any other name is left as is. */
export function withProjectExtension(file: string): string {
  return extensionOf(file) === '' && !path.basename(file).startsWith('.') ? `${file}.${PROJECT_EXTENSION}` : file;
}

/** Refusal for a wrong extension, naming the ones accepted. */
export function wrongExtension(use: PathUse, file: string): PathRefusedError {
  const what = use === 'import' ? 'imported' : use === 'export' ? 'written as an export' : 'opened or saved as a project';
  const list = USE_EXTENSIONS[use].map((e) => `.${e}`).join(', ');
  return new PathRefusedError(`${path.basename(file) || file} cannot be ${what}: only ${list} files can.`);
}

/**
 * Folders every system hides from its users though their names have no dot: Windows' AppData
 * (programs' settings, the Startup folder) and macOS's Library.
 */
const HIDDEN_BY_SYSTEM: Readonly<Record<string, readonly string[]>> = { win32: ['appdata'], darwin: ['library'] };

/** True when a path segment names a hidden file or folder (".ssh", ".bashrc", AppData). */
const hidden = (segment: string, platform: string = process.platform): boolean =>
  (segment.startsWith('.') && segment !== '.' && segment !== '..') || (HIDDEN_BY_SYSTEM[platform] ?? []).includes(segment.toLowerCase());

/** Segments of `target` below `root`, or null when `target` is not inside `root`. */
function below(root: string, target: string): string[] | null {
  const rel = path.relative(root, target);
  if (rel === '') return [];
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep);
}

/**
 * The real path of `file`, following symbolic links in every existing part of it; the parts
 * that do not exist yet (a file about to be saved) are appended as given.
 */
async function realPathOf(file: string): Promise<string> {
  const rest: string[] = [];
  let at = file;
  for (;;) {
    try {
      return path.join(await fs.realpath(at), ...rest);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw e;
      const up = path.dirname(at);
      if (up === at) return path.join(at, ...rest);
      rest.unshift(path.basename(at));
      at = up;
    }
  }
}

export interface ConfinedOptions {
  /** Folders whose files the renderer may name; the home folder when empty. */
  roots: readonly string[];
  /** Exact files granted besides the roots: a project named on the command line. */
  granted?: readonly string[];
  /** Folders refused even inside a root: the app's own data (recent list, autosaves). */
  denied?: readonly string[];
  /** The system whose hidden folders are refused (tests pass another). */
  platform?: string;
}

/**
 * Browser mode's policy: absolute paths inside an allowed folder (after following links), no
 * hidden file or folder below it, the use's extensions, and only regular files.
 */
export function confinedPaths(options: ConfinedOptions): PathAccess & { roots: readonly string[] } {
  const roots = options.roots.map((r) => path.resolve(r));
  const granted = new Set((options.granted ?? []).map((g) => path.resolve(g)));
  const denied = (options.denied ?? []).map((d) => path.resolve(d));
  const platform = options.platform ?? process.platform;
  let realRoots: Promise<string[]> | null = null;
  const rootsReal = () => (realRoots ??= Promise.all(roots.map((r) => realPathOf(r))));
  const folders = () => (roots.length === 1 ? roots[0]! : roots.join(', '));

  return {
    roots,
    present: (_use, real) => real,
    async resolve(use, given, mode) {
      if (given.includes('\0')) throw new PathRefusedError('That path contains a NUL character.');
      if (!path.isAbsolute(given)) throw new PathRefusedError(`Give the full path of the file (it must start with ${path.sep === '/' ? '/' : 'a drive letter'}).`);
      const file = path.resolve(use === 'project' && mode === 'write' ? withProjectExtension(given) : given);
      const real = await realPathOf(file);
      if (!granted.has(file) || real !== file) {
        const inside = (await rootsReal()).map((r, i) => [below(roots[i]!, file), below(r, real)] as const).find(([lexical, actual]) => lexical && actual);
        if (!inside) throw new PathRefusedError(`${file} is outside the folders Draftwatch may use here (${folders()}); start browser mode with --root to allow another folder.`);
        if ([...inside[0]!, ...inside[1]!].some((segment) => hidden(segment, platform))) throw new PathRefusedError(`${path.basename(file)}: hidden files and folders are not opened or written by Draftwatch.`);
      }
      if (denied.some((d) => below(d, file) || below(d, real))) throw new PathRefusedError(`${path.basename(file)} is in Draftwatch's own data folder, which the app does not open or write files in.`);
      if (!extensionAllowed(use, file) || !extensionAllowed(use, real)) throw wrongExtension(use, file);
      let stat;
      try {
        stat = await fs.stat(real);
      } catch {
        return real; // not there yet: reading reports "not found" in the caller's words; writing creates it
      }
      if (!stat.isFile()) throw new PathRefusedError(`${path.basename(file)} is ${stat.isDirectory() ? 'a folder' : 'not a regular file'}.`);
      return real;
    },
  };
}
