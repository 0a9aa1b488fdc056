/**
 * Benchmark inputs as real files, kept between runs in the system's temporary folder: generated
 * drafts written as text, and turned into DOCX by LibreOffice (a real word processor), and the
 * peers' availability. Made once; a second `npm run bench` reuses them.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Draft } from '../../shared/model/draft';
import { draftText } from '../../shared/testing/draft-text';

/** A folder for inputs named `name` (bump the name when the generator changes). */
export function benchDir(name: string): string {
  const dir = path.join(os.tmpdir(), `draftwatch-bench-${name}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** /usr/bin/python3 (LibreOffice's UNO bridge is for the system Python), when it can import uno. */
export function unoPython(): string | null {
  for (const py of ['/usr/bin/python3', 'python3']) {
    if (spawnSync(py, ['-c', 'import uno'], { stdio: 'ignore' }).status === 0) return py;
  }
  return null;
}

export const hasSoffice = (): boolean => spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

/** Writes the drafts as text (`name.txt`) into `dir`, unless there already. */
export function writeTexts(dir: string, drafts: ReadonlyArray<{ name: string; draft: Draft; symbol?: string }>): string[] {
  return drafts.map(({ name, draft, symbol }) => {
    const file = path.join(dir, `${name}.txt`);
    if (!fs.existsSync(file)) fs.writeFileSync(file, draftText(draft, symbol ?? draft.symbol));
    return file;
  });
}

/** The text files as DOCX made by LibreOffice (one soffice run for all), unless made before. */
export function toDocx(dir: string, texts: readonly string[]): string[] | null {
  const docx = texts.map((t) => t.replace(/\.txt$/, '.docx'));
  if (docx.every((f) => fs.existsSync(f))) return docx;
  if (!hasSoffice()) return null;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-bench-lo-'));
  try {
    spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--infilter=Text (encoded):UTF8,LF,,', '--convert-to', 'docx', '--outdir', dir, ...texts], {
      stdio: 'ignore',
      timeout: 300_000,
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return docx.every((f) => fs.existsSync(f)) ? docx : null;
}

/** Wall time of a whole process, in ms; its output goes to /dev/null. */
export function processMs(cmd: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const t = performance.now();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr?.toString().slice(0, 300)}`);
  return ms;
}

export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(1) : ms.toFixed(0));
