/**
 * HTML → PDF with a Chromium found on the machine, for the command line and browser mode (the
 * Electron app prints the same HTML with `webContents.printToPDF`). Prefers playwright-core, whose
 * `page.pdf()` draws a running header and "Page n of N" on every page; falls back to Chromium's
 * own `--print-to-pdf`, where the page margin boxes of the export's CSS do that job.
 *
 * The HTML is untrusted (it comes from the renderer): Chromium keeps its sandbox unless it cannot
 * have one (run as root, or a kernel without user namespaces), JavaScript is off, and no request
 * leaves the page (print-policy.ts).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserType } from 'playwright-core';
import { lockDownHtml, printRequestAllowed } from './print-policy';

/** Where Chromium usually lives, in the order tried (after `DRAFTWATCH_CHROMIUM`). */
export const CHROMIUM_CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export interface PdfOptions {
  /** Printed at the top of every page (the redline's title). */
  runningHeader?: string;
  landscape?: boolean;
  /** A Chromium to use; otherwise `DRAFTWATCH_CHROMIUM`, then `candidates`. */
  executablePath?: string;
  /** Paths tried when neither of the above is given (tests pass their own). */
  candidates?: readonly string[];
  /** Use Chromium's command line even when playwright-core is available. */
  commandLine?: boolean;
  timeoutMs?: number;
}

/** Chromium switches for printing: no network chatter, no first-run work. */
const QUIET = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-extensions', '--disable-sync'];

/**
 * Chromium refuses its sandbox to root; elsewhere it keeps it. Returns the sandbox switch to
 * try first ([] keeps the sandbox) and whether to retry without it if Chromium cannot start.
 */
export function sandboxPlan(uid: number | undefined = process.getuid?.()): { first: string[]; retryWithout: boolean } {
  return uid === 0 ? { first: ['--no-sandbox'], retryWithout: false } : { first: [], retryWithout: true };
}

/** Runs `start` with the sandbox, and once more without it when Chromium could not start with it. */
async function withSandbox<T>(start: (args: string[]) => Promise<T>): Promise<T> {
  const plan = sandboxPlan();
  try {
    return await start(plan.first);
  } catch (e) {
    if (!plan.retryWithout || !/sandbox|namespace|setuid/i.test(String(e))) throw e;
    return start(['--no-sandbox']);
  }
}

/** Thrown when no Chromium can be found; the message says what to do. */
export class NoChromiumError extends Error {
  override name = 'NoChromiumError';
}

/** The first Chromium found: explicit path, `DRAFTWATCH_CHROMIUM`, then the candidates; or null. */
export function findChromium(options: Pick<PdfOptions, 'executablePath' | 'candidates'> = {}): string | null {
  if (options.executablePath) return existsSync(options.executablePath) ? options.executablePath : null;
  const fromEnv = process.env.DRAFTWATCH_CHROMIUM;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return (options.candidates ?? CHROMIUM_CANDIDATES).find((p) => existsSync(p)) ?? null;
}

function escapeTemplate(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Chromium's header and footer templates for every printed page: the running header on top,
 * "Page n of N" below. Shared with the Electron app's printToPDF.
 */
export function pageTemplates(runningHeader: string): { headerTemplate: string; footerTemplate: string } {
  const style = 'font-family: Arial, sans-serif; font-size: 8pt; color: #555; width: 100%; margin: 0 16mm; text-align: center;';
  return {
    headerTemplate: `<div style="${style}">${escapeTemplate(runningHeader)}</div>`,
    footerTemplate: `<div style="${style}">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
  };
}

// Page margin boxes from the export CSS would repeat what the header/footer templates draw.
const NO_MARGIN_BOXES = '@page { @top-center { content: none } @bottom-center { content: none } }';

async function viaPlaywright(executablePath: string, html: string, o: PdfOptions): Promise<Uint8Array | null> {
  let chromium: BrowserType;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return null;
  }
  const browser: Browser = await withSandbox((sandbox) =>
    chromium.launch({ executablePath, chromiumSandbox: sandbox.length === 0, args: [...sandbox, ...QUIET], timeout: o.timeoutMs ?? 60_000 }),
  );
  try {
    const page = await browser.newPage({ javaScriptEnabled: false, offline: true, serviceWorkers: 'block' });
    // Exports are self-contained: refuse every request but the page's own data: URLs.
    await page.route(() => true, (route) => (printRequestAllowed(route.request().url(), 'about:blank') ? route.continue() : route.abort()));
    // Scripts are off, so the override goes into the markup rather than through addStyleTag.
    const locked = lockDownHtml(html);
    const withOverride = locked.includes('</head>') ? locked.replace('</head>', `<style>${NO_MARGIN_BOXES}</style></head>`) : locked;
    await page.setContent(withOverride, { waitUntil: 'load', timeout: o.timeoutMs ?? 60_000 });
    const pdf = await page.pdf({
      format: 'A4',
      landscape: o.landscape ?? false,
      printBackground: true,
      displayHeaderFooter: true,
      ...pageTemplates(o.runningHeader ?? ''),
      margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}

async function viaCommandLine(executablePath: string, html: string, o: PdfOptions): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(tmpdir(), 'draftwatch-pdf-'));
  try {
    const input = path.join(dir, 'redline.html');
    const output = path.join(dir, 'redline.pdf');
    await writeFile(input, lockDownHtml(html), 'utf8');
    const args = (sandbox: string[]) => [
      '--headless',
      ...sandbox,
      ...QUIET,
      // Nothing beyond the page is fetched, and no script runs: the policy lockDownHtml puts
      // first in the page forbids both (switching scripts off here stops --print-to-pdf itself).
      '--disable-remote-fonts',
      '--proxy-server=127.0.0.1:9',
      '--proxy-bypass-list=<-loopback>',
      `--user-data-dir=${path.join(dir, 'profile')}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${output}`,
      pathToFileURL(input).href,
    ];
    await withSandbox(
      (sandbox) =>
        new Promise<void>((resolve, reject) => {
          execFile(executablePath, args(sandbox), { timeout: o.timeoutMs ?? 60_000 }, (err, _out, stderr) => (err ? reject(new Error(`${err.message} ${stderr}`)) : resolve()));
        }),
    );
    return new Uint8Array(await readFile(output));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Print self-contained HTML (an export) to PDF bytes with a headless Chromium. */
export async function htmlToPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const executablePath = findChromium(options);
  if (!executablePath) {
    throw new NoChromiumError(
      'No Chromium or Chrome was found to print the PDF: install one, or set DRAFTWATCH_CHROMIUM to its path.',
    );
  }
  if (!options.commandLine) {
    const pdf = await viaPlaywright(executablePath, html, options);
    if (pdf) return pdf;
  }
  return viaCommandLine(executablePath, html, options);
}
