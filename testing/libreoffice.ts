/**
 * Whether the tests that ask LibreOffice itself (headless, through its Python bridge) can run
 * here, and why not; and LibreOffice as the Word-compatible client of the tests: a DOCX redline
 * opened headless over UNO (shared/export/__fixtures__/lo_redlines.py), its revisions read and
 * Accept All / Reject All run. LibreOffice 7.4 headless aborts when a document with comments gets
 * a view, so Accept All and Reject All run on a copy with the comment anchors stripped; the
 * revisions and comments are read from the file as written.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** The Python with the UNO bridge: Debian's, where python3-uno installs it. */
export const PYTHON = '/usr/bin/python3';
const SCRIPT = new URL('../shared/export/__fixtures__/lo_redlines.py', import.meta.url).pathname;

/** Null when LibreOffice and its Python bridge are both here; else what is missing, in words. */
export function libreOfficeMissing(): string | null {
  if (spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status !== 0) return 'soffice is not installed';
  if (!existsSync(PYTHON) || spawnSync(PYTHON, ['-c', 'import uno'], { stdio: 'ignore' }).status !== 0) {
    return 'the Python-UNO bridge (Debian package python3-uno) is not installed';
  }
  return null;
}

export interface LoParagraph {
  style: string;
  text: string;
}

export interface LoReport {
  redlines: { type: string; author: string; date: string }[];
  comments: { author: string; text: string }[];
  accepted: LoParagraph[];
  rejected: LoParagraph[];
  remainingAfterAccept: number;
  remainingAfterReject: number;
}

/** The same document without comment anchors (see the module comment for why). */
export function withoutComments(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const xml = strFromU8(files['word/document.xml']!);
  files['word/document.xml'] = strToU8(xml.replace(/<w:commentRange(Start|End) [^>]*\/>/g, '').replace(/<w:r><w:commentReference [^>]*\/><\/w:r>/g, ''));
  return zipSync(files);
}

/** What LibreOffice sees in each document, in order (one soffice run for all). */
export function libreOfficeReports(documents: readonly Uint8Array[]): LoReport[] {
  const dir = mkdtempSync(join(tmpdir(), 'dw-lo-'));
  try {
    const args: string[] = [];
    documents.forEach((bytes, i) => {
      writeFileSync(join(dir, `${i}.docx`), bytes);
      writeFileSync(join(dir, `${i}-bare.docx`), withoutComments(bytes));
      args.push(join(dir, `${i}.docx`), join(dir, `${i}-bare.docx`));
    });
    execFileSync(PYTHON, [SCRIPT, join(dir, 'report.json'), ...args], { timeout: 240_000, stdio: 'ignore' });
    return JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as LoReport[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
