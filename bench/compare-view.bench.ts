/**
 * Compare view responsiveness, measured in the real app (browser mode, Chromium): time from
 * choosing the drafts to the first screen of redline, time until every row is rendered, and the
 * longest main-thread task meanwhile (PerformanceObserver 'longtask'; tasks under 50 ms are not
 * reported by the browser). Run after `npm run build`: npx tsx bench/compare-view.bench.ts
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
      const w = window as unknown as { __longtasks: { start: number; duration: number }[] };
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
      return { firstRow, allRows, rows: document.querySelectorAll('.cmp-row').length, longest: Math.max(0, ...tasks.map((t) => t.duration)), longTasks: tasks.length };
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
  console.log(
    `  ${String(n).padStart(5)} paragraphs: first redline ${r.firstRow.toFixed(0)} ms, all ${r.rows} rows ${r.allRows.toFixed(0)} ms, ` +
      `longest main-thread task ${r.longest ? `${r.longest.toFixed(0)} ms` : '< 50 ms (none reported)'} (${r.longTasks} tasks ≥ 50 ms)`,
  );
}
