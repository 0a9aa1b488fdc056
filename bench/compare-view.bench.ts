/**
 * Compare view responsiveness, measured in the real app (browser mode, Chromium): time from
 * choosing the drafts to the first screen of redline (targets: ≤ 300 ms at 400 paragraphs,
 * ≤ 600 ms at 4,000), time until the view has settled (aria-busy false; the redline is windowed,
 * so "settled" means the rows on screen, not every row, are in the document, and how many are is
 * printed), and the longest main-thread task while the comparison opens and then while it is
 * scrolled from top to bottom, a screen per animation frame (PerformanceObserver 'longtask'; the
 * browser reports no task under 50 ms, the target). Also the longest animation frame
 * ('long-animation-frame': the task plus the style, layout and paint of that frame, which
 * 'longtask' leaves out), the fuller measure of what a reader sees as a stall. The engine's own time
 * in its worker (the view's "Compared … in N ms") is printed beside the first redline: on a loaded
 * machine it is most of the wait, and it is the engine's figure, not the view's.
 * Run after `npm run build`: npx tsx bench/compare-view.bench.ts
 */
import { longTaskPage, startServer } from './app-browser';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generatePair } from '../shared/testing/generator';
import { createProject, serializeProject } from '../shared/model/project';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-bench-view-'));

async function measure(paragraphs: number) {
  const { base, target } = generatePair(7, paragraphs);
  const file = path.join(tmp, `pair-${paragraphs}.draftwatch`);
  fs.writeFileSync(file, serializeProject({ ...createProject(`Bench ${paragraphs}`), drafts: [base, target] }));
  const server = await startServer(file, tmp);
  const { page, close } = await longTaskPage();
  try {
    await page.goto(server.url);
    await page.getByRole('list', { name: 'Drafts in order' }).waitFor();
    await page.waitForTimeout(300);
    const result = await page.evaluate(async () => {
      const w = window as unknown as { __longtasks: { start: number; duration: number }[]; __longframes: { start: number; duration: number }[] };
      const t0 = performance.now();
      (document.querySelector('#tab-compare') as HTMLButtonElement).click();
      const firstRow = await new Promise<number>((resolve) => {
        const check = () => (document.querySelector('.cmp-row') ? resolve(performance.now() - t0) : requestAnimationFrame(check));
        check();
      });
      const allRows = await new Promise<number>((resolve) => {
        const check = () => {
          const body = document.querySelector('.cmp-body');
          if (body && body.getAttribute('aria-busy') === 'false' && document.querySelector('.cmp-row')) resolve(performance.now() - t0);
          else setTimeout(check, 10);
        };
        check();
      });
      await new Promise((r) => setTimeout(r, 200));
      const tasks = w.__longtasks.filter((t) => t.start >= t0);
      const frames = w.__longframes.filter((t) => t.start >= t0);
      const rowsInDocument = document.querySelectorAll('.cmp-row').length;
      const engineMs = Number(/(\d+) ms/.exec(document.querySelector('.cmp-body .timing')?.textContent ?? '')?.[1] ?? NaN);
      // Scroll the redline from top to bottom, a screen per frame, as a reader flicking through.
      const body = document.querySelector('.cmp-body') as HTMLElement;
      const s0 = performance.now();
      await new Promise<void>((resolve) => {
        const stepDown = () => {
          body.scrollTop += body.clientHeight;
          if (body.scrollTop + body.clientHeight >= body.scrollHeight - 1) resolve();
          else requestAnimationFrame(stepDown);
        };
        stepDown();
      });
      await new Promise((r) => setTimeout(r, 200));
      const scrollTasks = w.__longtasks.filter((t) => t.start >= s0);
      const scrollFrames = w.__longframes.filter((t) => t.start >= s0);
      return {
        firstRow,
        allRows,
        rows: rowsInDocument,
        engineMs,
        longestFrame: Math.max(0, ...frames.filter((f) => f.start < s0).map((f) => f.duration)),
        scrollLongestFrame: Math.max(0, ...scrollFrames.map((f) => f.duration)),
        scrollFrames: scrollFrames.length,
        longest: Math.max(0, ...tasks.map((t) => t.duration)),
        longTasks: tasks.length,
        scrollLongest: Math.max(0, ...scrollTasks.map((t) => t.duration)),
        scrollTasks: scrollTasks.length,
      };
    });
    return result;
  } finally {
    await close();
    server.stop();
  }
}

if (!fs.existsSync('out/node/web.mjs')) {
  console.log('compare view: not built (run npm run build first)');
  process.exit(0);
}
console.log('Compare view (browser mode, Chromium, 1280×800):');
for (const n of [400, 4000]) {
  const r = await measure(n);
  const target = n === 400 ? 300 : 600;
  const task = (ms: number, count: number): string => (ms ? `${ms.toFixed(0)} ms (${count} tasks ≥ 50 ms)` : '< 50 ms (none reported)');
  console.log(
    `  ${String(n).padStart(5)} paragraphs: first redline ${r.firstRow.toFixed(0)} ms [target ≤ ${target} ms: ${r.firstRow <= target ? 'met' : 'MISSED'}] (engine ${r.engineMs} ms of it, in its worker), settled ${r.allRows.toFixed(0)} ms (${r.rows} rows in the document); ` +
      `longest main-thread task opening ${task(r.longest, r.longTasks)}, scrolling ${task(r.scrollLongest, r.scrollTasks)} [target < 50 ms: ${r.longest === 0 && r.scrollLongest === 0 ? 'met' : 'MISSED'}]; ` +
      `longest animation frame opening ${r.longestFrame ? `${r.longestFrame.toFixed(0)} ms` : '< 50 ms'}, scrolling ${r.scrollLongestFrame ? `${r.scrollLongestFrame.toFixed(0)} ms (${r.scrollFrames} frames ≥ 50 ms)` : '< 50 ms'}`,
  );
}
