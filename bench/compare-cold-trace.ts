/**
 * Where the Compare view's first comparison spends its time in the browser, cold: opens the
 * bench's generated pair (DW_SIZE paragraphs, default 400) in browser mode, clicks Compare 300 ms
 * after the project shows (as compare-view.bench.ts does), and records a Chromium trace with V8's
 * sampling profiler on every thread (the engine worker's included). Prints, for the engine worker
 * and the main thread, the time from the click to the first row spent by source file and by
 * function (through the build's source maps), and the worker's script evaluation and compile
 * events. Writes the trace to $PROF_DIR/compare-cold.json (default /tmp/prof).
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
type CallFrame = { url?: string; functionName?: string; lineNumber?: number; columnNumber?: number };
type ProfileData = { startTime?: number; cpuProfile?: { nodes?: Array<{ id: number; callFrame: CallFrame }>; samples?: number[] }; timeDeltas?: number[] };
type Ev = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; cat: string; id?: string; args?: { name?: string; data?: ProfileData & { type?: string } } };
const events: Ev[] = [];
const cdp = await page.context().newCDPSession(page);
cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as Ev[])));
const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,disabled-by-default-v8.cpu_profiler,disabled-by-default-v8.compile', transferMode: 'ReportEvents' });
const clicked = { t0: 0, first: 0 };
try {
  await page.goto(server.url);
  await page.getByRole('list', { name: 'Drafts in order' }).waitFor();
  await page.waitForTimeout(Number(process.env.DW_WAIT ?? 300));
  const r = await page.evaluate(async () => {
    const t0 = performance.now();
    const origin = performance.timeOrigin;
    (document.querySelector('#tab-compare') as HTMLButtonElement).click();
    const first = await new Promise<number>((resolve) => {
      const check = () => (document.querySelector('.cmp-row') ? resolve(performance.now()) : requestAnimationFrame(check));
      check();
    });
    await new Promise((res) => setTimeout(res, 300));
    return { t0: origin + t0, first: origin + first, engine: document.querySelector('.cmp-body .timing')?.textContent ?? '' };
  });
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
function report(thread: string | undefined, label: string): void {
  if (!thread) return console.log(`${label}: thread not found`);
  const [pid, tid] = thread.split(':').map(Number);
  const prof = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!prof) return console.log(`${label}: no profile`);
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.id === prof.id && e.pid === pid);
  const nodes = new Map<number, { callFrame: CallFrame }>();
  let ts = prof.args?.data?.startTime ?? 0;
  const byFile = new Map<string, number>();
  const byFn = new Map<string, number>();
  let total = 0;
  for (const ch of chunks) {
    const d = ch.args?.data?.cpuProfile ?? {};
    for (const node of d.nodes ?? []) nodes.set(node.id, node);
    const samples: number[] = d.samples ?? [];
    const deltas: number[] = ch.args?.data?.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const dt = deltas[i] ?? 0;
      ts += dt;
      if (ts < c0 || ts > c1) continue;
      const node = nodes.get(samples[i]!);
      if (!node || node.callFrame.functionName === '(idle)') continue;
      const [fn, src] = where(node.callFrame);
      byFile.set(src, (byFile.get(src) ?? 0) + dt / 1000);
      byFn.set(fn, (byFn.get(fn) ?? 0) + dt / 1000);
      total += dt / 1000;
    }
  }
  const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([s, v]) => `    ${v.toFixed(1).padStart(6)} ${s}`).join('\n');
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
