/**
 * Where the Compare view's first comparison spends its time in the browser, cold: opens the
 * bench's generated pair (DW_SIZE paragraphs, default 400) in browser mode, clicks Compare 300 ms
 * after the project shows (as compare-view.bench.ts does), and records a Chromium trace with V8's
 * sampling profiler on every thread (the engine worker's included). Prints, for the engine worker
 * and the main thread, the time from the click to the first row spent by source file and by
 * function (through the build's source maps), and the worker's script evaluation and compile
 * events. Then each main-thread task of DW_TASK ms or more (default 30) from the click on: its layouts,
 * style recalculations, garbage collections and message or frame handlers, and the functions it
 * spent its time in. With DW_SCROLL=1 the redline is also scrolled from top to bottom a screen per
 * frame, as compare-view.bench.ts does, and the tasks while scrolling are listed the same way.
 * DW_WAIT sets the wait before the click (ms; 300 by default; `ready` waits for the comparison made
 * ahead). Writes the trace to $PROF_DIR/compare-cold.json (default /tmp/prof).
 * Run after `npm run build`: npx tsx bench/compare-cold-trace.ts
 */
import { longTaskPage, startServer } from './app-browser';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import type * as SourceMapsModule from 'source-map-js';
import { generatePair } from '../shared/testing/generator';
import { createProject, serializeProject } from '../shared/model/project';

type SourceMaps = typeof SourceMapsModule;
const { SourceMapConsumer } = createRequire(import.meta.url)('source-map-js') as SourceMaps;
const n = Number(process.env.DW_SIZE ?? 400);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-bench-cold-'));
const profDir = process.env.PROF_DIR ?? '/tmp/prof';
fs.mkdirSync(profDir, { recursive: true });
const { base, target } = generatePair(7, n);
const file = path.join(tmp, 'pair.draftwatch');
fs.writeFileSync(file, serializeProject({ ...createProject('Cold'), drafts: [base, target] }));
const server = await startServer(file, tmp);
const { page, close } = await longTaskPage();
await page.addInitScript(() => {
  const w = window as unknown as { __ready?: boolean; Worker: typeof Worker };
  const Base = w.Worker;
  w.Worker = class extends Base {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      if (options?.name === 'draftwatch-engine') this.addEventListener('message', (e: MessageEvent) => ((e.data as { type?: string }).type === 'prepare' ? (w.__ready = true) : undefined));
    }
  };
});
type CallFrame = { url?: string; functionName?: string; lineNumber?: number; columnNumber?: number };
type ProfileData = { startTime?: number; cpuProfile?: { nodes?: Array<{ id: number; callFrame: CallFrame }>; samples?: number[] }; timeDeltas?: number[] };
type Ev = { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; cat: string; id?: string; args?: { name?: string; data?: ProfileData & { type?: string } } };
const events: Ev[] = [];
const cdp = await page.context().newCDPSession(page);
cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as Ev[])));
const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,disabled-by-default-v8.cpu_profiler,disabled-by-default-v8.compile', transferMode: 'ReportEvents' });
const clicked = { t0: 0, first: 0, scrolled: 0, end: 0 };
try {
  await page.goto(server.url);
  await page.getByRole('list', { name: 'Drafts in order' }).waitFor();
  if (process.env.DW_WAIT === 'ready') {
    // The worker answers the comparison asked ahead: its reply is the one message with `ready`.
    await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready, undefined, { timeout: 60_000 });
  } else await page.waitForTimeout(Number(process.env.DW_WAIT ?? 300));
  const r = await page.evaluate(async (scroll) => {
    const t0 = performance.now();
    const origin = performance.timeOrigin;
    (document.querySelector('#tab-compare') as HTMLButtonElement).click();
    const first = await new Promise<number>((resolve) => {
      const check = () => (document.querySelector('.cmp-row') ? resolve(performance.now()) : requestAnimationFrame(check));
      check();
    });
    await new Promise((res) => setTimeout(res, 300));
    const scrolled = performance.now();
    if (scroll) {
      const body = document.querySelector('.cmp-body') as HTMLElement;
      await new Promise<void>((resolve) => {
        const stepDown = () => {
          body.scrollTop += body.clientHeight;
          if (body.scrollTop + body.clientHeight >= body.scrollHeight - 1) resolve();
          else requestAnimationFrame(stepDown);
        };
        stepDown();
      });
      await new Promise((res) => setTimeout(res, 200));
    }
    return { t0: origin + t0, first: origin + first, scrolled: origin + scrolled, end: origin + performance.now(), engine: document.querySelector('.cmp-body .timing')?.textContent ?? '' };
  }, process.env.DW_SCROLL === '1');
  Object.assign(clicked, r);
  console.log(`${n} paragraphs: first row ${(r.first - r.t0).toFixed(0)} ms after the click; ${r.engine}`);
} finally {
  await cdp.send('Tracing.end');
  await complete;
  await close();
  server.stop();
}
fs.writeFileSync(path.join(profDir, 'compare-cold.json'), JSON.stringify(events));

// Thread names, and the clock: trace timestamps are µs on a monotonic clock; the page's
// performance.timeOrigin-based times are converted through the click's 'EventDispatch' of type click.
const names = new Map<string, string>();
for (const e of events) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
const click = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
if (!click) throw new Error('no click in the trace');
const c0 = click.ts;
const c1 = c0 + (clicked.first - clicked.t0) * 1000;
const workerThread = [...names].find(([, v]) => /DedicatedWorker/.test(v))?.[0];
// The page's main thread is the one in the worker's renderer process.
const mainThread = [...names].find(([k, v]) => v === 'CrRendererMain' && k.split(':')[0] === workerThread?.split(':')[0])?.[0];

// Sampled profiles per thread, from Profile/ProfileChunk events.
const maps = new Map<string, InstanceType<typeof SourceMapConsumer>>();
function where(cf: CallFrame): [string, string] {
  if (!cf.url || !cf.url.includes('/assets/')) return [`${cf.functionName || '(anon)'} [native]`, cf.functionName?.startsWith('(') ? cf.functionName : '[native]'];
  const f = path.join('out/renderer/assets', path.basename(cf.url));
  if (!maps.has(f)) maps.set(f, new SourceMapConsumer(JSON.parse(fs.readFileSync(f + '.map', 'utf8'))));
  const q = maps.get(f)!.originalPositionFor({ line: (cf.lineNumber ?? 0) + 1, column: cf.columnNumber ?? 0 });
  const src = (q.source || '?').replace(/.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
  return [`${q.name || cf.functionName || '(anon)'} ${src}:${q.line}`, src];
}
/** A thread's CPU samples (trace time in µs, the sample's function and file, ms it stands for), idle left out. */
function samplesOf(thread: string | undefined): Array<{ ts: number; fn: string; src: string; ms: number }> | null {
  if (!thread) return null;
  const [pid, tid] = thread.split(':').map(Number);
  const prof = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!prof) return null;
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.id === prof.id && e.pid === pid);
  const nodes = new Map<number, { callFrame: CallFrame }>();
  let ts = prof.args?.data?.startTime ?? 0;
  const out: Array<{ ts: number; fn: string; src: string; ms: number }> = [];
  for (const ch of chunks) {
    const d = ch.args?.data?.cpuProfile ?? {};
    for (const node of d.nodes ?? []) nodes.set(node.id, node);
    const samples: number[] = d.samples ?? [];
    const deltas: number[] = ch.args?.data?.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const dt = deltas[i] ?? 0;
      ts += dt;
      const node = nodes.get(samples[i]!);
      if (!node || node.callFrame.functionName === '(idle)') continue;
      const [fn, src] = where(node.callFrame);
      out.push({ ts, fn, src, ms: dt / 1000 });
    }
  }
  return out;
}
const top = (m: Map<string, number>, k: number, indent = '    ') => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([s, v]) => `${indent}${v.toFixed(1).padStart(6)} ${s}`).join('\n');
function report(thread: string | undefined, label: string): void {
  const samples = samplesOf(thread);
  if (!samples) return console.log(`${label}: ${thread ? 'no profile' : 'thread not found'}`);
  const byFile = new Map<string, number>();
  const byFn = new Map<string, number>();
  let total = 0;
  for (const { ts, fn, src, ms } of samples) {
    if (ts < c0 || ts > c1) continue;
    byFile.set(src, (byFile.get(src) ?? 0) + ms);
    byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
    total += ms;
  }
  console.log(`${label}: ${total.toFixed(0)} ms sampled busy between the click and the first row\n  by file:\n${top(byFile, 14)}\n  by function:\n${top(byFn, Number(process.env.DW_TOP ?? 25))}`);
}
report(workerThread, 'engine worker');
report(mainThread, 'main thread');
// The worker's own life: when its script was evaluated, relative to the click.
const [wpid, wtid] = (workerThread ?? '0:0').split(':').map(Number);
for (const e of events.filter((x) => x.pid === wpid && x.tid === wtid && x.ph === 'X' && (x.dur ?? 0) > 3000 && /Evaluate|Compile|v8.compile|RunMicrotasks|FunctionCall|EventDispatch|ParseOnBackground/.test(x.name)).slice(0, 40)) {
  console.log(`  worker ${e.name} at ${((e.ts - c0) / 1000).toFixed(0)} ms from the click, ${((e.dur ?? 0) / 1000).toFixed(1)} ms`);
}
// Layouts on the main thread between the click and the first row; one inside a script's task
// (a FunctionCall, an event handler, microtasks) was forced by a read or a scroll in that script.
const [mpid, mtid] = (mainThread ?? '0:0').split(':').map(Number);
const main = events.filter((x) => x.pid === mpid && x.tid === mtid && x.ph === 'X' && x.ts >= c0 && x.ts <= c1);
const scripts = main.filter((x) => /^(FunctionCall|EventDispatch|RunMicrotasks|TimerFire|FireAnimationFrame|v8.callFunction)$/.test(x.name));
for (const l of main.filter((x) => x.name === 'Layout')) {
  const forced = scripts.some((s) => s.ts <= l.ts && l.ts + (l.dur ?? 0) <= s.ts + (s.dur ?? 0));
  console.log(`  main thread Layout at ${((l.ts - c0) / 1000).toFixed(0)} ms from the click, ${((l.dur ?? 0) / 1000).toFixed(1)} ms${forced ? ', forced by a script' : ''}`);
}

// The main thread's long tasks from the click to the end (the scroll included with DW_SCROLL=1):
// what the browser did in each (layouts, style, garbage collection, the handler that ran) and the
// functions sampled in it.
const longest = Number(process.env.DW_TASK ?? 30);
// The longest task's CPU time in each phase, which depends little on the machine's load (wall time does).
const phaseCpu: Record<'opening' | 'scrolling', { cpu: number; total: number; wall: number }> = { opening: { cpu: 0, total: 0, wall: 0 }, scrolling: { cpu: 0, total: 0, wall: 0 } };
const mainSamples = samplesOf(mainThread) ?? [];
const sc = c0 + (clicked.scrolled - clicked.t0) * 1000;
const end = c0 + (clicked.end - clicked.t0) * 1000;
const mainAll = events.filter((x) => x.pid === mpid && x.tid === mtid && x.ph === 'X');
for (const t of mainAll.filter((x) => x.name === 'RunTask' && x.ts >= c0 && x.ts <= end)) {
  const phase = phaseCpu[t.ts >= sc ? 'scrolling' : 'opening'];
  phase.cpu = Math.max(phase.cpu, (t.tdur ?? 0) / 1000);
  phase.total += (t.tdur ?? 0) / 1000;
  phase.wall = Math.max(phase.wall, (t.dur ?? 0) / 1000);
}
for (const t of mainAll.filter((x) => x.name === 'RunTask' && x.ts >= c0 && x.ts <= end && (x.dur ?? 0) >= longest * 1000)) {
  const t1 = t.ts + (t.dur ?? 0);
  const inside = mainAll.filter((x) => x !== t && x.ts >= t.ts && x.ts + (x.dur ?? 0) <= t1 && (x.dur ?? 0) >= 1000 && /^(Layout|UpdateLayoutTree|MinorGC|MajorGC|HandlePostMessage|FireAnimationFrame|TimerFire|EventDispatch|Paint|ParseHTML|RunMicrotasks|FunctionCall)$/.test(x.name));
  const byFn = new Map<string, number>();
  for (const s of mainSamples) if (s.ts >= t.ts && s.ts <= t1) byFn.set(s.fn, (byFn.get(s.fn) ?? 0) + s.ms);
  // The thread's CPU time beside the wall time: on a loaded machine the difference is time the thread waited for a core.
  console.log(`main-thread task at ${((t.ts - c0) / 1000).toFixed(0)} ms from the click (${t.ts >= sc ? 'scrolling' : 'opening'}), ${((t.dur ?? 0) / 1000).toFixed(1)} ms (${((t.tdur ?? 0) / 1000).toFixed(1)} ms of CPU)`);
  for (const x of inside) console.log(`    ${((x.ts - t.ts) / 1000).toFixed(1).padStart(6)} +${((x.dur ?? 0) / 1000).toFixed(1)} ms (${((x.tdur ?? 0) / 1000).toFixed(1)} CPU) ${x.name}${x.args?.data?.type ? ` (${x.args.data.type})` : ''}`);
  console.log(top(byFn, Number(process.env.DW_TASK_TOP ?? 12), '      '));
}
for (const [phase, { cpu, total, wall }] of Object.entries(phaseCpu)) {
  if (phase === 'scrolling' && process.env.DW_SCROLL !== '1') continue;
  console.log(`main thread ${phase}: longest task ${wall.toFixed(1)} ms, longest task's CPU time ${cpu.toFixed(1)} ms, CPU in tasks ${total.toFixed(0)} ms`);
}
