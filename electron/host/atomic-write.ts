/**
 * Atomic file writes: a temporary file in the same folder, fsync, rename over the target, fsync
 * the folder. A crash, a kill or a full disk mid-save leaves the previous file intact, never a
 * half-written one. Temporary files carry the writer's process id, so the temporary file a killed
 * process left behind is recognised and removed later (`sweepTemporaryFiles`).
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

const SUFFIX = '.dwtmp';

/** Temporary name for a write of `file` by this process: `.<name>.<pid>-<random>.dwtmp`, hidden. */
function temporaryName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${crypto.randomBytes(6).toString('hex')}${SUFFIX}`);
}

/** Temporary files this process is writing now: never swept. */
const inFlight = new Set<string>();

/** Flush a folder's entries (the rename) to disk; not possible on every system, so best effort. */
async function syncFolder(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open a folder for syncing; its rename is durable enough.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Write `data` to `file` atomically, creating the folder if needed. */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true });
  const tmp = temporaryName(file);
  inFlight.add(tmp);
  try {
    const handle = await fs.open(tmp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Keep the mode of the file being replaced (a project shared read-only stays so).
    const mode = await fs.stat(file).then((s) => s.mode & 0o777, () => null);
    if (mode !== null) await fs.chmod(tmp, mode).catch(() => undefined);
    await fs.rename(tmp, file);
    await syncFolder(dir);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  } finally {
    inFlight.delete(tmp);
  }
}

/** True when a process with this id is running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove the temporary files that writes of `file` left when their process was killed (a
 * process still running keeps its own). Returns how many were removed.
 */
export async function sweepTemporaryFiles(file: string): Promise<number> {
  const prefix = `.${path.basename(file)}.`;
  let names: string[];
  try {
    names = await fs.readdir(path.dirname(file));
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(SUFFIX)) continue;
    const pid = Number(/^(\d+)-[0-9a-f]+$/.exec(name.slice(prefix.length, -SUFFIX.length))?.[1]);
    const full = path.join(path.dirname(file), name);
    if (!Number.isInteger(pid) || inFlight.has(full) || (pid !== process.pid && alive(pid))) continue;
    await fs.rm(full, { force: true });
    removed++;
  }
  return removed;
}

/**
 * Keep the current `file` as `backup`, atomically: a hard link renamed into place (no copy, and
 * the backup is never half-written); a copy through a temporary file where links are impossible.
 * Does nothing when `file` does not exist.
 */
export async function keepAsBackup(file: string, backup: string): Promise<void> {
  const tmp = temporaryName(backup);
  inFlight.add(tmp);
  try {
    try {
      await fs.link(file, tmp);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return;
      await fs.copyFile(file, tmp);
    }
    await fs.rename(tmp, backup);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  } finally {
    inFlight.delete(tmp);
  }
}
