import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareById, sampleDrafts } from '../../shared/export/__fixtures__/drafts';
import { htmlRedline } from '../../shared/export/html-redline';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findChromium, htmlToPdf, NoChromiumError, sandboxPlan } from './pdf';
import { lockDownHtml, printRequestAllowed, PRINT_CSP } from './print-policy';
import { commandMissing, needing } from '../testing/tools';

const chromium = findChromium();
const missing = !chromium ? 'no Chromium found (install one or set DRAFTWATCH_CHROMIUM)' : commandMissing('pdftotext', ['-v'], 'pdftotext (poppler-utils)');

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

describe.skipIf(missing)(needing('htmlToPdf of a redline', missing), () => {
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

describe('printing untrusted HTML', () => {
  it('puts the print policy first in the page and drops self-refreshes', () => {
    const locked = lockDownHtml('<html><head><meta http-equiv="refresh" content="0;url=file:///etc/passwd"><title>t</title></head><body>x</body></html>');
    expect(locked).toMatch(/^<meta http-equiv="Content-Security-Policy" content="default-src 'none'; [^"]*"><html><head><title>/);
    expect(locked).not.toMatch(/refresh/i);
    expect(lockDownHtml('<p>bare</p>')).toBe(`<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}"><p>bare</p>`);
    // First in the page: after a doctype (standards mode kept), before anything that could hide or outrun it.
    expect(lockDownHtml('<!DOCTYPE html><!-- <head> --><script>x()</script><head></head>')).toMatch(/^<!DOCTYPE html><meta http-equiv="Content-Security-Policy"[^>]*><!-- <head> --><script>/);
    expect(PRINT_CSP).not.toMatch(/script-src|connect-src|unsafe-eval/);
    expect(printRequestAllowed('dwprint://print/abc.html', 'dwprint://print/abc.html')).toBe(true);
    expect(printRequestAllowed('data:image/png;base64,AA', 'dwprint://print/abc.html')).toBe(true);
    for (const url of ['file:///etc/passwd', 'http://127.0.0.1:1/x', 'https://example.com/', 'dwprint://print/other.html']) {
      expect(printRequestAllowed(url, 'dwprint://print/abc.html')).toBe(false);
    }
  });

  it('keeps Chromium’s sandbox except for root, where Chromium refuses it', () => {
    expect(sandboxPlan(1000)).toEqual({ first: [], retryWithout: true });
    expect(sandboxPlan(0)).toEqual({ first: ['--no-sandbox'], retryWithout: false });
  });
});

describe.skipIf(missing)(needing('htmlToPdf of hostile HTML', missing), () => {
  const dir = mkdtempSync(join(tmpdir(), 'dw-pdf-hostile-'));
  let server: Server;
  const hits: string[] = [];
  afterAll(() => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const commandLine of [false, true]) {
    it(`runs no script and makes no request, to the network or to files (${commandLine ? 'command line' : 'playwright'})`, async () => {
      server ??= await new Promise<Server>((resolve) => {
        const s = createServer((req, res) => {
          hits.push(req.url ?? '');
          res.end('LEAKED');
        });
        s.listen(0, '127.0.0.1', () => resolve(s));
      });
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const html = `<!doctype html><html><head><title>Export</title>
        <meta http-equiv="refresh" content="0;url=file:///etc/passwd">
        <link rel="stylesheet" href="${origin}/style.css">
        <style>@import url("${origin}/import.css"); body { background: url("${origin}/bg.png") }</style></head>
        <body><p>Export body text</p>
        <script>document.body.innerHTML = '<p>SCRIPT RAN</p>'; fetch('${origin}/fetch');</script>
        <img src="${origin}/img.png"><iframe src="${origin}/frame"></iframe><iframe src="file:///etc/passwd"></iframe>
        <object data="file:///etc/passwd"></object></body></html>`;
      // The same, with the policy's usual place taken by a comment, and a script before the head.
      const hidden = `<!doctype html><!-- <head> --><html><script>document.write('<p>SCRIPT RAN</p>')</script><head><title>Export</title></head>
        <body><p>Export body text</p><iframe src="file:///etc/passwd" width="600" height="300"></iframe><img src="${origin}/img2.png"></body></html>`;
      for (const [i, page] of [html, hidden].entries()) {
        const pdf = await htmlToPdf(page, { runningHeader: 'Hostile', commandLine });
        const file = join(dir, `${commandLine}-${i}.pdf`);
        writeFileSync(file, pdf);
        const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
        expect(text).toContain('Export body text');
        expect(text).not.toContain('SCRIPT RAN');
        expect(text).not.toContain('root:');
        expect(text).not.toContain('LEAKED');
        expect(hits).toEqual([]);
      }
    });
  }
});
