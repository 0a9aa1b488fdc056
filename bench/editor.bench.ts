/**
 * Working-draft editor responsiveness, measured in the real app (browser mode, Chromium): typing
 * in a 500-paragraph working draft with ~60 changed paragraphs, markup (the live redline) shown,
 * and the same typing with the clean text shown as the peer. Keystroke to paint: from the key
 * event's timestamp to the end of the frame that shows it (a requestAnimationFrame, then a
 * message posted after it, which runs once the frame is painted). Splits and joins (Enter,
 * Backspace) are measured apart, since they renumber and re-pair paragraphs. Longest main-thread
 * task while typing: PerformanceObserver 'longtask' (tasks under 50 ms are not reported).
 * Run after `npm run build`: npx tsx bench/editor.bench.ts
 */
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDraft } from '../shared/testing/generator';
import { createProject, serializeProject } from '../shared/model/project';
import { newWorkingDraft } from '../shared/draft/working';
import type { Block } from '../shared/model/draft';
import { longTaskPage, startServer } from './app-browser';

const PARAGRAPHS = 500;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-bench-editor-'));

/** A project with a 500-paragraph draft and a working draft of it with every eighth paragraph rewritten. */
function projectFile(): string {
  const base = generateDraft(21, PARAGRAPHS, 'base', 'Rev.2');
  const working = newWorkingDraft(base, { id: 'wd-bench', label: 'Rev.2 (working)' });
  let n = 0;
  const blocks = working.blocks.map((b): Block => {
    if (b.kind !== 'paragraph' || n++ % 8 !== 3) return b;
    const words = b.text.split(' ');
    words.splice(3, 2, 'as appropriate, and');
    return { ...b, text: `${words.join(' ')} Delegations proposed further language.`, runs: undefined };
  });
  const file = path.join(tmp, 'editor-bench.draftwatch');
  fs.writeFileSync(file, serializeProject({ ...createProject('Editor bench'), drafts: [base, { ...working, blocks }] }));
  return file;
}

interface Figures {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

const stats = (xs: number[]): Figures => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  return { p50: q(0.5), p95: q(0.95), max: s[s.length - 1] ?? 0, n: s.length };
};

/** Types `keys` (one key per entry) with a pause between them; returns latencies and long tasks. */
async function typeAndMeasure(page: Page, keys: string[], delayMs: number): Promise<{ latencies: number[]; longest: number; longTasks: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __t0: number };
    w.__lat = [];
    w.__t0 = performance.now();
  });
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.waitForTimeout(delayMs);
  }
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __t0: number; __longtasks: { start: number; duration: number }[] };
    const tasks = w.__longtasks.filter((t) => t.start >= w.__t0);
    return { latencies: w.__lat, longest: Math.max(0, ...tasks.map((t) => t.duration)), longTasks: tasks.length };
  });
}

async function measure(markup: boolean): Promise<{ typing: Figures; structure: Figures; longest: number; longTasks: number }> {
  const server = await startServer(projectFile(), tmp);
  const { page, close } = await longTaskPage();
  try {
    await page.addInitScript(() => {
      const w = window as unknown as { __lat: number[] };
      w.__lat = [];
      // Keystroke to paint: the key event's time to after the frame that shows its effect.
      const channel = new MessageChannel();
      let pending: number[] = [];
      channel.port1.onmessage = () => {
        const now = performance.now();
        for (const t of pending) w.__lat.push(now - t);
        pending = [];
      };
      window.addEventListener(
        'keydown',
        (e) => {
          if (!(e.target as HTMLElement).isContentEditable) return;
          pending.push(e.timeStamp);
          requestAnimationFrame(() => channel.port2.postMessage(null));
        },
        true,
      );
    });
    await page.goto(server.url);
    await page.getByRole('list', { name: 'Working drafts' }).getByRole('button', { name: /^Rev\.2 \(working\)/ }).click();
    const editor = page.getByRole('textbox', { name: 'Text of Rev.2 (working)' });
    await editor.waitFor();
    if (!markup) await page.getByRole('radio', { name: 'Clean' }).click();
    // The middle of the draft, in a paragraph the working draft changed.
    const target = editor.locator('.dw-para').nth(Math.floor(PARAGRAPHS / 2) + 3).locator('.dw-text');
    await target.scrollIntoViewIfNeeded();
    await target.click();
    await page.keyboard.press('End');
    await page.waitForTimeout(500);
    const sentence = ' and States stressed the need for capacity-building as appropriate'.split('');
    const typed = await typeAndMeasure(page, [...sentence, ...sentence], 40);
    // Splits and joins: Enter then Backspace, renumbering every paragraph after.
    const structural = await typeAndMeasure(page, Array.from({ length: 10 }, (_, i) => (i % 2 ? 'Backspace' : 'Enter')), 120);
    return {
      typing: stats(typed.latencies),
      structure: stats(structural.latencies),
      longest: Math.max(typed.longest, structural.longest),
      longTasks: typed.longTasks + structural.longTasks,
    };
  } finally {
    await close();
    server.stop();
  }
}

if (!fs.existsSync('out/node/web.mjs')) {
  console.log('editor: not built (run npm run build first)');
  process.exit(0);
}
const f = (x: Figures) => `p50 ${x.p50.toFixed(1)} ms, p95 ${x.p95.toFixed(1)} ms, max ${x.max.toFixed(1)} ms (${x.n} keys)`;
console.log(`Working-draft editor, ${PARAGRAPHS} paragraphs, ~${Math.ceil(PARAGRAPHS / 8)} changed (browser mode, Chromium, 1280×800):`);
for (const markup of [true, false]) {
  const r = await measure(markup);
  console.log(`  ${markup ? 'markup shown (live redline)' : 'clean text (peer)           '}: typing ${f(r.typing)}`);
  console.log(`  ${' '.repeat(28)}  Enter/Backspace ${f(r.structure)}`);
  console.log(`  ${' '.repeat(28)}  longest main-thread task ${r.longest ? `${r.longest.toFixed(0)} ms` : '< 50 ms (none reported)'} (${r.longTasks} tasks ≥ 50 ms)`);
}
fs.rmSync(tmp, { recursive: true, force: true });
