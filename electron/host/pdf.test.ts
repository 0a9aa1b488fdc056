import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareById, sampleDrafts } from '../../shared/export/__fixtures__/drafts';
import { htmlRedline } from '../../shared/export/html-redline';
import { findChromium, htmlToPdf, NoChromiumError } from './pdf';

const chromium = findChromium();
const pdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
if (!chromium) console.warn('Skipping the PDF redline tests: no Chromium found (set DRAFTWATCH_CHROMIUM).');
if (!pdftotext) console.warn('Skipping the PDF redline tests: pdftotext (poppler-utils) is not installed.');

describe('findChromium', () => {
  it('finds nothing when no candidate exists and no path is given', () => {
    const saved = process.env.DRAFTWATCH_CHROMIUM;
    delete process.env.DRAFTWATCH_CHROMIUM;
    try {
      expect(findChromium({ candidates: ['/nonexistent/chromium'] })).toBeNull();
    } finally {
      if (saved !== undefined) process.env.DRAFTWATCH_CHROMIUM = saved;
    }
  });

  it('says so in one sentence when there is no Chromium', async () => {
    const saved = process.env.DRAFTWATCH_CHROMIUM;
    delete process.env.DRAFTWATCH_CHROMIUM;
    try {
      const err = await htmlToPdf('<p>x</p>', { candidates: [] }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(NoChromiumError);
      expect((err as Error).message).toMatch(/^No Chromium[^.]*: [^.]*DRAFTWATCH_CHROMIUM[^.]*\.$/);
    } finally {
      if (saved !== undefined) process.env.DRAFTWATCH_CHROMIUM = saved;
    }
  });
});

describe.skipIf(!chromium || !pdftotext)('htmlToPdf of a redline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dw-pdf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const { zero, rev } = sampleDrafts();
  const comparison = compareById(zero, rev, { splits: [['p9', ['p9a', 'p9b']]] });
  const html = htmlRedline(zero, rev, comparison, { appVersion: '0.1.0-test', generatedAt: new Date('2024-03-02T10:00:00Z') });

  const textOf = (pdf: Uint8Array, name: string): string => {
    const file = join(dir, name);
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  };

  for (const commandLine of [false, true]) {
    it(`holds both drafts' changed words, the cover and page numbers (${commandLine ? 'command line' : 'playwright'})`, async () => {
      const pdf = await htmlToPdf(html, { runningHeader: 'Redline: Zero draft → Rev.2', commandLine });
      expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
      const text = textOf(pdf, `${commandLine}.pdf`);
      // Deleted words of the zero draft and inserted words of Rev.2.
      for (const word of ['five', 'six', '30 April', '15 May', 'States recalled that the group', 'ransomware against hospitals']) {
        expect(text).toContain(word);
      }
      expect(text).toContain('Zero draft, 2024-01-15, zero.docx');
      expect(text).toContain('Rev.2, 2024-03-01, rev2.docx');
      expect(text).toMatch(/Page 1 of \d/);
      expect(text).toContain('Moved from ¶4 (Zero draft)');
    });
  }
});
