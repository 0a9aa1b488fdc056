/**
 * Running a CommonJS bundle with V8's code cache, so a process (or worker) that starts often does
 * not compile the same code each time. Node 20 has no compile cache of its own: the bundle runs
 * as a vm.Script given the cached data from the last run. The cache lives in the user's cache
 * folder (DRAFTWATCH_CACHE_DIR, else XDG_CACHE_HOME/draftwatch or the platform's equivalent), in
 * one file per bundle, named by the bundle's content and Node's version and architecture; it
 * carries its length and CRC-32, which are checked before V8 sees it, and V8 checks its own
 * version, flags and the source's length. A cache that is missing, damaged or stale is ignored
 * (and written anew once the bundle has done its work); one that cannot be written costs nothing
 * but the compile. The folder is the user's own: whoever can write there can already run code as
 * the user (a shell profile is next to it).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { threadId } from 'node:worker_threads';
import { crc32 } from 'node:zlib';

/** How the cache served a run: used, missing (first run), rejected (damaged or stale), or off. */
export type CacheStatus = 'used' | 'missing' | 'rejected' | 'off';

export interface CachedRun {
  /** What the bundle exported (`module.exports`). */
  exports: unknown;
  status: CacheStatus;
  /**
   * Writes the cache when it was missing or rejected (else does nothing). Call it once the
   * bundle has done its usual work: the functions that work compiled are cached with it.
   */
  save(): void;
}

/** Header: magic, payload length, CRC-32 of the payload (three little-endian uint32). */
const MAGIC = 0x43435744; // "DWCC"
const HEADER = 12;

/** The cache folder: DRAFTWATCH_CACHE_DIR ("" turns the cache off), else the platform's user cache. */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const given = env.DRAFTWATCH_CACHE_DIR;
  if (given !== undefined) return given === '' ? null : path.resolve(given);
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'Draftwatch', 'Cache');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'Draftwatch');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'draftwatch');
}

/**
 * The cache file of `source` (the bundle `bundle`) in `dir`, named by the source's length and
 * CRC-32 (V8 itself checks only the length, and an npm package's files all carry the same time)
 * and Node's version and architecture: another build, Node or machine gets another file.
 */
export function cacheFile(bundle: string, source: string, dir: string): string {
  const key = [source.length.toString(36), crc32(source).toString(36), process.version, process.arch].join('-');
  return path.join(dir, `${path.basename(bundle)}-${key}.v8cache`);
}

/** The payload of a cache file; null when there is none, 'damaged' when it fails its checks. */
function readVerified(file: string): Buffer | null | 'damaged' {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch {
    return null;
  }
  if (data.length < HEADER || data.readUInt32LE(0) !== MAGIC || data.readUInt32LE(4) !== data.length - HEADER) return 'damaged';
  const payload = data.subarray(HEADER);
  return crc32(payload) === data.readUInt32LE(8) ? payload : 'damaged';
}

/** Writes the cache atomically (a reader sees the old file or the new one) and removes the bundle's stale ones. */
function writeCache(file: string, payload: Buffer, bundle: string): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const header = Buffer.alloc(HEADER);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(payload.length, 4);
  header.writeUInt32LE(crc32(payload), 8);
  const tmp = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    fs.writeFileSync(tmp, Buffer.concat([header, payload]), { mode: 0o600 });
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  const prefix = `${path.basename(bundle)}-`;
  // Older builds' caches, and what a process ended while writing left behind.
  for (const name of fs.readdirSync(dir)) {
    if (name.startsWith(prefix) && name !== path.basename(file)) fs.rmSync(path.join(dir, name), { force: true });
  }
}

/** Imports an ES module for the bundle (a plain import() in the caller's own module). */
export type ImportModule = (specifier: string) => Promise<unknown>;

/**
 * Runs the CommonJS bundle `bundle` with the code cache in `dir`. Its `require` resolves from the
 * bundle's folder. A script started from the cache loses Node's import() callback (Node 20), so
 * the bundle imports ES modules through `__dwImport`, which is `importModule` (see
 * scripts/cli-build.mjs); a plain import() in it fails, with or without a cache.
 */
export function runWithCodeCache(bundle: string, dir: string | null, importModule: ImportModule = () => Promise.reject(new Error('no import() here'))): CachedRun {
  const source = fs.readFileSync(bundle, 'utf8');
  const file = dir ? cacheFile(bundle, source, dir) : null;
  const found = file ? readVerified(file) : null;
  const cachedData = found instanceof Buffer ? found : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __dwImport) {${source}\n})`, {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  });
  const status: CacheStatus = !file ? 'off' : found === null ? 'missing' : found === 'damaged' || script.cachedDataRejected ? 'rejected' : 'used';
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle), importModule);
  let pending = file !== null && status !== 'used';
  return {
    exports: module.exports,
    status,
    save() {
      if (!pending || !file) return;
      pending = false;
      try {
        writeCache(file, script.createCachedData(), bundle);
      } catch {
        // A read-only or full disk: the next run compiles again, as without a cache.
      }
    },
  };
}
