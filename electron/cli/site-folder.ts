/**
 * The folder a site is written to. Draftwatch writes only into an empty folder or one it made
 * before (it leaves a marker listing its files); anything else needs --force, so a mistyped -o
 * never scatters pages among someone's documents. On a rewrite, pages the new site no longer has
 * (a draft removed) are deleted, and nothing else.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { SITE_MARKER, type SiteFile } from '../../shared/report';
import type { CliIo } from './io';

/** The folder cannot take the site; the message says why and what to do. */
export class SiteFolderError extends Error {
  override name = 'ReportError';
}

/** What the folder holds now: the files a previous Draftwatch site listed, or null for none. */
export async function checkSiteFolder(dir: string, force: boolean): Promise<string[] | null> {
  let entries: string[];
  try {
    const stat = await fs.stat(dir);
    if (!stat.isDirectory()) throw new SiteFolderError(`${dir} is a file, not a folder; give a folder for the site.`);
    entries = await fs.readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    if (e instanceof SiteFolderError) throw e;
    throw new SiteFolderError(`${dir} could not be read (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
  }
  if (entries.includes(SITE_MARKER)) {
    try {
      const marker = JSON.parse(await fs.readFile(path.join(dir, SITE_MARKER), 'utf8')) as { generator?: unknown; files?: unknown };
      if (marker.generator === 'Draftwatch' && Array.isArray(marker.files)) return marker.files.filter((f): f is string => typeof f === 'string');
    } catch {
      // A damaged marker is treated as no marker.
    }
  }
  if (entries.length === 0) return null;
  if (!force) {
    throw new SiteFolderError(`${dir} is not empty and was not made by Draftwatch; choose an empty or new folder, or give --force to write into it anyway.`);
  }
  return null;
}

/** A path from a site's file list that stays inside the site folder (a marker can be edited by hand). */
function inside(dir: string, rel: string): string | null {
  const full = path.resolve(dir, rel);
  return full.startsWith(path.resolve(dir) + path.sep) ? full : null;
}

/** Writes the site's files (the marker last) and removes pages of the previous site it no longer has. */
export async function writeSite(io: CliIo, dir: string, files: readonly SiteFile[], previous: readonly string[] | null): Promise<void> {
  const marker = files.find((f) => f.path === SITE_MARKER);
  const rest = files.filter((f) => f !== marker);
  const BATCH = 8;
  for (let i = 0; i < rest.length; i += BATCH) {
    await Promise.all(rest.slice(i, i + BATCH).map((f) => io.writeFile(path.join(dir, f.path), f.data)));
  }
  const now = new Set(files.map((f) => f.path));
  for (const old of previous ?? []) {
    const full = inside(dir, old);
    if (full && !now.has(old)) await fs.rm(full, { force: true });
  }
  if (marker) await io.writeFile(path.join(dir, marker.path), marker.data);
}
