/**
 * Atomic file writes: temp file in the same folder, fsync, rename. A crash or a full disk
 * mid-save leaves the previous file intact, never a half-written one.
 */
import writeFileAtomic from 'write-file-atomic';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Write `data` to `file` atomically, creating the folder if needed. */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength), {
    fsync: true,
  });
}
