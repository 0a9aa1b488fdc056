/**
 * A folder of three generated drafts as real files: the zero draft as DOCX and Rev.1 as PDF,
 * both made by LibreOffice from text, and Rev.2 as plain text; plus a terms file. Shared by the
 * report's unit test and its end-to-end test (which looks at the site in Chromium).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { draftText } from '../../../shared/testing/draft-text';
import { generateTrack } from '../../../shared/track/testing';

/** Why LibreOffice cannot make the fixture's DOCX and PDF here, or null when it can. */
export function libreOfficeMissing(): string | null {
  return spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0 ? null : 'soffice (LibreOffice) is not installed';
}

function soffice(dir: string, format: string, file: string): Promise<void> {
  const profile = fs.mkdtempSync(path.join(dir, `.profile-${format}-`));
  return new Promise((resolve, reject) => {
    const child = spawn(
      'soffice',
      ['--headless', `-env:UserInstallation=file://${profile}`, '--infilter=Text (encoded):UTF8,LF,,', '--convert-to', format, '--outdir', dir, file],
      { stdio: 'ignore' },
    );
    child.on('error', reject);
    child.on('exit', (code) => {
      fs.rmSync(profile, { recursive: true, force: true });
      fs.rmSync(file, { force: true });
      if (code === 0) resolve();
      else reject(new Error(`soffice --convert-to ${format} exited with ${code}`));
    });
  });
}

export interface SiteFixture {
  /** The drafts' folder. */
  dir: string;
  /** The drafts in negotiation order. */
  files: string[];
  termsFile: string;
}

/** Writes the three drafts into `dir` (created) and the terms file beside it. */
export async function makeSiteFixture(dir: string, seed = 11, paragraphs = 40): Promise<SiteFixture> {
  fs.mkdirSync(dir, { recursive: true });
  const g = generateTrack(seed, { drafts: 3, paragraphs });
  const symbols = ['A/AC.1/2026/CRP.1', 'A/AC.1/2026/CRP.1/Rev.1', 'A/AC.1/2026/CRP.1/Rev.2'];
  const names = ['1-zero-draft', '2-rev1', '3-rev2'];
  g.drafts.forEach((d, i) => fs.writeFileSync(path.join(dir, `${names[i]}.txt`), draftText(d, symbols[i]!)));
  await Promise.all([soffice(dir, 'docx', path.join(dir, `${names[0]}.txt`)), soffice(dir, 'pdf', path.join(dir, `${names[1]}.txt`))]);
  const termsFile = path.join(path.dirname(dir), `${path.basename(dir)}-terms.txt`);
  fs.writeFileSync(termsFile, ['# watched terms', ...g.terms.map((t) => [t.phrase, ...t.alternatives].join(' | '))].join('\n') + '\n');
  return { dir, files: [`${names[0]}.docx`, `${names[1]}.pdf`, `${names[2]}.txt`].map((f) => path.join(dir, f)), termsFile };
}
