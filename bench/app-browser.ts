/**
 * What the browser-mode benchmarks share: a server on a project file, and a Chromium page that
 * records every main-thread task over 50 ms (PerformanceObserver 'longtask') in `window.__longtasks`,
 * and every animation frame over 50 ms ('long-animation-frame': the tasks plus the style, layout
 * and paint the browser did for that frame, which 'longtask' leaves out) in `window.__longframes`.
 */
import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import path from 'node:path';

/** Starts `out/node/web.mjs` on `project`, with its user data under `tmp`. */
export async function startServer(project: string, tmp: string): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, ['out/node/web.mjs', '--json', '--project', project], {
    env: { ...process.env, DRAFTWATCH_USER_DATA: path.join(tmp, 'user'), DRAFTWATCH_DOCUMENTS: tmp },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve) => child.stdout!.once('data', (d: Buffer) => resolve(d.toString())));
  return { url: (JSON.parse(line) as { url: string }).url, stop: () => child.kill() };
}

/** A 1280×800 Chromium page recording long tasks; `close` ends the browser. */
export async function longTaskPage(): Promise<{ page: Page; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: process.env.DRAFTWATCH_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // tsx compiles with keepNames, which wraps functions in __name(); give the page a no-op one.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.addInitScript(() => {
    const w = window as unknown as { __longtasks: { start: number; duration: number }[]; __longframes: { start: number; duration: number }[] };
    w.__longtasks = [];
    w.__longframes = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longframes.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'long-animation-frame', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  return { page, close: () => browser.close() };
}
