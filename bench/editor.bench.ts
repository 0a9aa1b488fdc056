/**
 * Working-draft editor responsiveness, measured in the real app (browser mode, Chromium): typing
 * in a 500-paragraph working draft with ~60 changed paragraphs, markup (the live redline) shown,
 * and the same typing with the clean text shown as the peer. Keystroke to paint: from the key
 * event's timestamp to the end of the frame that shows it (a requestAnimationFrame, then a
 * message posted after it, which runs once the frame is painted). Splits and joins (Enter,
 * Backspace) are measured apart, since they renumber and re-pair paragraphs. Longest main-thread
 * task while typing: PerformanceObserver 'longtask' (tasks under 50 ms are not reported). DOM
 * writes per key: the editor's mutations (a MutationObserver's records) after each key, a count
 * that does not depend on the machine's load: a split or join that rewrites every later
 * paragraph shows here first. Layout passes per key (Chromium's LayoutCount, DevTools protocol),
 * also independent of the load: one is the frame's own, more are layouts script forced (a
 * selection set back with Selection.collapse after the editor redrew the caret's text node).
 * Selection.collapse calls per key, counted apart (each also makes Chromium sync the whole
 * editable's text for the input method), and the page's layout reads (boxes, computed style)
 * between a key and its frame: after the key changed the page each one forces style and layout
 * inside the key's task (ProseMirror's scroll to the caret made 23 per key).
 *
 * Peer: the browser's own floor, the same keys typed into a plain contenteditable holding the
 * same 500 paragraphs' text (no ProseMirror, no React). Chromium syncs the whole editable's text
 * for the input method on every selection change made while handling a key, so even that plain
 * element is far slower with 500 paragraphs than with 20 (both are printed). The "Fast typing"
 * switch (off by default: skipped paragraphs leave the accessibility tree) keeps
 * paragraphs off screen out of that work with `content-visibility: auto` (drafting.css): the editor
 * with it on, and the plain 500-paragraph element with that one rule, are printed too.
 * Run after `npm run build`: npx tsx bench/editor.bench.ts
 */
import type { CDPSession, Page } from '@playwright/test';
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

/**
 * Chromium's count of layout passes so far, and the page's main-thread CPU time in ms (DevTools
 * protocol `Performance` metrics: LayoutCount, ThreadTime). CPU time, unlike the time between a
 * key and its frame, hardly grows when other processes take the cores.
 */
async function counters(cdp: CDPSession): Promise<{ layouts: number; cpu: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { layouts: get('LayoutCount'), cpu: get('ThreadTime') * 1000 };
}

/** Types `keys` (one key per entry) with a pause between them; returns latencies and long tasks. */
async function typeAndMeasure(page: Page, keys: string[], delayMs: number): Promise<{ latencies: number[]; longest: number; longTasks: number; writes: number[]; layouts: number[]; cpu: number[]; cpuPerKey: number; collapses: number[]; reads: number[] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __t0: number; __writes: number };
    w.__lat = [];
    w.__t0 = performance.now();
    w.__writes = 0;
  });
  const writes: number[] = [];
  const layouts: number[] = [];
  const cpu: number[] = [];
  const collapses: number[] = [];
  const reads: number[] = [];
  await page.evaluate(() => {
    const w = window as unknown as { __collapses: number; __reads: number };
    w.__collapses = 0;
    w.__reads = 0;
  });
  const start = await counters(cdp);
  for (const key of keys) {
    const before = await counters(cdp);
    await page.keyboard.press(key);
    await page.waitForTimeout(delayMs);
    const after = await counters(cdp);
    layouts.push(after.layouts - before.layouts);
    cpu.push(after.cpu - before.cpu);
    writes.push(await page.evaluate(() => {
      const w = window as unknown as { __writes: number; __observer?: MutationObserver };
      const n = w.__writes + (w.__observer?.takeRecords().length ?? 0);
      w.__writes = 0;
      return n;
    }));
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __collapses: number; __reads: number };
      const r = { collapses: w.__collapses, reads: w.__reads };
      w.__collapses = 0;
      w.__reads = 0;
      return r;
    });
    collapses.push(seen.collapses);
    reads.push(seen.reads);
  }
  await page.waitForTimeout(300);
  // Work deferred past a key's pause (numbers written when idle) is in the run's total.
  const cpuPerKey = ((await counters(cdp)).cpu - start.cpu) / keys.length;
  const r = await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __t0: number; __longtasks: { start: number; duration: number }[] };
    const tasks = w.__longtasks.filter((t) => t.start >= w.__t0);
    return { latencies: w.__lat, longest: Math.max(0, ...tasks.map((t) => t.duration)), longTasks: tasks.length };
  });
  await cdp.detach();
  return { ...r, writes, layouts, cpu, cpuPerKey, collapses, reads };
}

/** Chromium's rendering phases, main-thread CPU per key (ms), from a trace of typing `keys`. */
interface Phases {
  layout: number;
  prePaint: number;
  paint: number;
  intersections: number;
}

/**
 * Types `keys` under a DevTools trace and sums, per key, the thread time (CPU, so the machine's
 * load hardly changes it) of Chromium's rendering phases: style and layout, pre-paint (with its
 * compositing inputs), paint, and the intersection observers (content-visibility's among them).
 * A phase that walks the whole window on each key (the changes panel's ~1,300 elements were
 * walked again in pre-paint and paint before it was contained) shows here.
 */
async function tracePhases(page: Page, keys: string[], delayMs: number): Promise<Phases> {
  const cdp = await page.context().newCDPSession(page);
  type TraceEvent = { name: string; ph: string; tdur?: number; pid: number; tid: number };
  const events: TraceEvent[] = [];
  // The protocol's typing says string values; trace events carry numbers too.
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'blink,devtools.timeline', transferMode: 'ReportEvents' });
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.waitForTimeout(delayMs);
  }
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  // The page's main thread: the one running its layouts.
  const count = new Map<string, number>();
  for (const e of events) if (e.name === 'Layout') count.set(`${e.pid}:${e.tid}`, (count.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const main = [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
  const sum = (...names: string[]) => events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main && names.includes(e.name)).reduce((a, e) => a + (e.tdur ?? 0), 0) / 1000 / keys.length;
  return {
    layout: sum('UpdateLayoutTree', 'Layout'),
    prePaint: sum('Blink.CompositingInputs.UpdateTime', 'Blink.PrePaint.UpdateTime'),
    paint: sum('Blink.Paint.UpdateTime'),
    intersections: sum('IntersectionObserverController::computeIntersections'),
  };
}

/** Counts DOM mutations inside `selector` from now on (read and reset by `typeAndMeasure`). */
async function countWrites(page: Page, selector: string): Promise<void> {
  await page.evaluate((selector) => {
    const w = window as unknown as { __writes: number; __observer?: MutationObserver };
    w.__writes = 0;
    w.__observer = new MutationObserver((records) => (w.__writes += records.length));
    w.__observer.observe(document.querySelector(selector)!, { subtree: true, childList: true, attributes: true, characterData: true });
  }, selector);
}

/** Keystroke-to-paint hooks (see the header), installed before the page's own scripts. */
function latencyHooks(): void {
  const w = window as unknown as { __lat: number[]; __collapses: number; __reads: number; __inKey: boolean };
  w.__lat = [];
  // Selection.collapse calls (each resets the caret the browser placed, and makes it sync the
  // selection and lay the page out again), and the page's reads of layout (boxes, computed
  // style) between a key and its frame: after the key's DOM change each read forces style and
  // layout inside the key's task. Counts, so the machine's load does not change them.
  w.__collapses = 0;
  w.__reads = 0;
  w.__inKey = false;
  const collapse = Selection.prototype.collapse;
  Selection.prototype.collapse = function (this: Selection, ...args: Parameters<Selection['collapse']>) {
    w.__collapses++;
    return collapse.apply(this, args);
  };
  const count = <T extends object>(proto: T, name: keyof T) => {
    const original = proto[name] as unknown as (...a: unknown[]) => unknown;
    (proto as Record<keyof T, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      if (w.__inKey) w.__reads++;
      return original.apply(this, args);
    };
  };
  count(Element.prototype, 'getBoundingClientRect');
  count(Element.prototype, 'getClientRects');
  count(Range.prototype, 'getBoundingClientRect');
  count(Range.prototype, 'getClientRects');
  count(window, 'getComputedStyle');
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
      w.__inKey = true;
      requestAnimationFrame(() => {
        w.__inKey = false;
        channel.port2.postMessage(null);
      });
    },
    true,
  );
}

const SENTENCE = ' and States stressed the need for capacity-building as appropriate'.split('');
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

interface Measured {
  typing: Figures;
  structure: Figures;
  longest: number;
  longTasks: number;
  /** Median DOM mutations per typed key, and per Enter or Backspace. */
  typingWrites: number;
  structureWrites: number;
  /** Layout passes per key (mean): 1 is the frame's own; more are layouts forced by script. */
  typingLayouts: number;
  structureLayouts: number;
  /** Selection.collapse calls per key (mean). */
  typingCollapses: number;
  structureCollapses: number;
  /** Layout reads (boxes, computed style) by the page between a key and its frame, per key (mean). */
  typingReads: number;
  structureReads: number;
  /** Median main-thread CPU time per key (ms), everything the key caused within its pause. */
  typingCpu: number;
  structureCpu: number;
  /** The run's main-thread CPU time over its keys (ms per key), with what was deferred past each pause. */
  typingCpuAll: number;
  structureCpuAll: number;
  /** Chromium's rendering phases per typed key (CPU, traced apart after the measured keys). */
  phases: Phases;
}

/** `lazy`: with "Fast typing" on (paragraphs off screen skipped: content-visibility). */
async function measure(markup: boolean, lazy = false): Promise<Measured> {
  const server = await startServer(projectFile(), tmp);
  const { page, close } = await longTaskPage();
  try {
    await page.addInitScript(latencyHooks);
    if (lazy) await page.addInitScript(() => localStorage.setItem('draftwatch.editor.lazyParagraphs', '1'));
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
    await countWrites(page, '.dw-editor');
    const typed = await typeAndMeasure(page, [...SENTENCE, ...SENTENCE], 40);
    // Splits and joins: Enter then Backspace, renumbering every paragraph after.
    const structural = await typeAndMeasure(page, Array.from({ length: 10 }, (_, i) => (i % 2 ? 'Backspace' : 'Enter')), 120);
    // Traced apart, so tracing costs the measured keys nothing.
    const phases = await tracePhases(page, SENTENCE, 40);
    return {
      phases,
      typing: stats(typed.latencies),
      structure: stats(structural.latencies),
      longest: Math.max(typed.longest, structural.longest),
      longTasks: typed.longTasks + structural.longTasks,
      typingWrites: median(typed.writes),
      structureWrites: median(structural.writes),
      typingLayouts: mean(typed.layouts),
      structureLayouts: mean(structural.layouts),
      typingCollapses: mean(typed.collapses),
      structureCollapses: mean(structural.collapses),
      typingReads: mean(typed.reads),
      structureReads: mean(structural.reads),
      typingCpu: median(typed.cpu),
      structureCpu: median(structural.cpu),
      typingCpuAll: typed.cpuPerKey,
      structureCpuAll: structural.cpuPerKey,
    };
  } finally {
    await close();
    server.stop();
  }
}

/**
 * The peer: the same keys in a plain contenteditable holding the first `count` paragraphs' text;
 * with `visibility`, each paragraph has `content-visibility: auto`, as in the editor.
 */
async function measurePlain(count: number, visibility = false): Promise<{ typing: Figures; structure: Figures }> {
  const texts = generateDraft(21, PARAGRAPHS, 'base', 'Rev.2').blocks.map((b) => b.text).slice(0, count);
  const { page, close } = await longTaskPage();
  try {
    await page.addInitScript(latencyHooks);
    // A navigation (not setContent), so the long-task observers of `longTaskPage` are installed.
    await page.goto(`data:text/html,${encodeURIComponent(`<meta charset="utf-8">${visibility ? '<style>[contenteditable] > div { content-visibility: auto; contain-intrinsic-block-size: auto 9lh; }</style>' : ''}<div contenteditable="true" spellcheck="true" style="max-width: 46rem; font: 16px/1.6 serif"></div>`)}`);
    await page.evaluate((texts) => {
      const host = document.querySelector('[contenteditable]')!;
      for (const t of texts) {
        const div = document.createElement('div');
        const p = document.createElement('p');
        p.textContent = t;
        div.append(p);
        host.append(div);
      }
    }, texts);
    const target = page.locator('[contenteditable] p').nth(Math.floor(count / 2));
    await target.scrollIntoViewIfNeeded();
    await target.click();
    await page.keyboard.press('End');
    await page.waitForTimeout(500);
    const typed = await typeAndMeasure(page, [...SENTENCE, ...SENTENCE], 40);
    const structural = await typeAndMeasure(page, Array.from({ length: 10 }, (_, i) => (i % 2 ? 'Backspace' : 'Enter')), 120);
    return { typing: stats(typed.latencies), structure: stats(structural.latencies) };
  } finally {
    await close();
  }
}

if (!fs.existsSync('out/node/web.mjs')) {
  console.log('editor: not built (run npm run build first)');
  process.exit(0);
}
const f = (x: Figures) => `p50 ${x.p50.toFixed(1)} ms, p95 ${x.p95.toFixed(1)} ms, max ${x.max.toFixed(1)} ms (${x.n} keys)`;
console.log(`Working-draft editor, ${PARAGRAPHS} paragraphs, ~${Math.ceil(PARAGRAPHS / 8)} changed (browser mode, Chromium, 1280×800; load average ${os.loadavg()[0]!.toFixed(1)}):`);
const printEditor = (label: string, r: Measured) => {
  console.log(`  ${label.padEnd(28)}: typing ${f(r.typing)}`);
  console.log(`  ${' '.repeat(28)}  Enter/Backspace ${f(r.structure)}`);
  console.log(`  ${' '.repeat(28)}  longest main-thread task ${r.longest ? `${r.longest.toFixed(0)} ms` : '< 50 ms (none reported)'} (${r.longTasks} tasks ≥ 50 ms)`);
  console.log(`  ${' '.repeat(28)}  DOM writes per key (median): typing ${r.typingWrites}, Enter/Backspace ${r.structureWrites}`);
  console.log(`  ${' '.repeat(28)}  layout passes per key (mean): typing ${r.typingLayouts.toFixed(2)}, Enter/Backspace ${r.structureLayouts.toFixed(2)}`);
  console.log(`  ${' '.repeat(28)}  Selection.collapse per key (mean): typing ${r.typingCollapses.toFixed(2)}, Enter/Backspace ${r.structureCollapses.toFixed(2)}`);
  console.log(`  ${' '.repeat(28)}  layout reads before the key's frame (mean): typing ${r.typingReads.toFixed(1)}, Enter/Backspace ${r.structureReads.toFixed(1)}`);
  console.log(`  ${' '.repeat(28)}  main-thread CPU per key (median): typing ${r.typingCpu.toFixed(1)} ms, Enter/Backspace ${r.structureCpu.toFixed(1)} ms`);
  console.log(`  ${' '.repeat(28)}  with deferred work (run total / keys): typing ${r.typingCpuAll.toFixed(1)} ms, Enter/Backspace ${r.structureCpuAll.toFixed(1)} ms`);
  const p = r.phases;
  console.log(`  ${' '.repeat(28)}  Chromium phases per typed key (CPU, traced): style+layout ${p.layout.toFixed(2)} ms, pre-paint ${p.prePaint.toFixed(2)} ms, paint ${p.paint.toFixed(2)} ms, intersections ${p.intersections.toFixed(2)} ms`);
};
const printPlain = (label: string, r: { typing: Figures; structure: Figures }) => {
  console.log(`  ${label.padEnd(28)}: typing ${f(r.typing)}`);
  console.log(`  ${' '.repeat(28)}  Enter/Backspace ${f(r.structure)}`);
};
// EDITOR_BENCH=markup (comma-separated: markup, clean, fast, plain) runs only those variants.
const only = process.env.EDITOR_BENCH?.split(',');
const runs = (name: string) => !only || only.includes(name);
if (runs('markup')) printEditor('markup shown (live redline)', await measure(true));
if (runs('clean')) printEditor('clean text (peer)', await measure(false));
if (runs('fast')) printEditor('markup, "Fast typing" on', await measure(true, true));
if (runs('plain')) {
  for (const count of [PARAGRAPHS, 20]) printPlain(`plain contenteditable, ${count} ¶`, await measurePlain(count));
  printPlain(`plain, ${PARAGRAPHS} ¶, cv: auto`, await measurePlain(PARAGRAPHS, true));
}
console.log(`  (load average at the end ${os.loadavg()[0]!.toFixed(1)}; "Fast typing" lays out only the paragraphs near the screen)`);
fs.rmSync(tmp, { recursive: true, force: true });
